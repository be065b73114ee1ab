"""Resource text -> taught skills, with the dictionary matcher the extractor uses.

A title (and free-text notes) is matched with the taxonomy's names and aliases: method
"dictionary". A source's own topic label (a free-programming-books section, a MOOC subject)
is matched the same way but recorded as method "source-subject". Ambiguous names ("R", "Go",
"Excel") count in a title only with the curated casing and one of the skill's context words
elsewhere in the title ("Excel" in "Excel Formulas and Pivot Tables"); a topic label counts
as a list of skill names, where the name alone is enough.

A title names its subject and, often, who it is for and what it is for. A skill named as the
audience ("Go for Python Programmers", "Kotlin for Java Developers") is not taught at all; a
skill named as the purpose after "for" when the subject comes first ("Linear Algebra for
Machine Learning") or as the platform of the subject ("FastAPI - A Python Framework") is
recorded as secondary, with SECONDARY_SCORE.

An acronym (a name curated in capitals, "ELISA", "SAS") counts in notes only where it is
written in capitals ("Elisa" among a course's partners is a company, not the assay), and in a
title only in capitals when a plural ending follows ("Sass" is not SAS, "Shapes" not SHAP);
titles are loose about the case of a bare acronym ("Matlab", "Html and Css").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from careernav.extract.context import ambiguous_mention_holds
from careernav.extract.matcher import Match, SkillMatcher, matcher_for
from careernav.knowledge.model import MappingMethod, TaughtSkill
from careernav.models import Level
from careernav.taxonomy.model import SkillRecord, Taxonomy

TITLE_SCORE = 1.0
NOTES_SCORE = 0.7
SUBJECT_SCORE = 0.6
SECONDARY_SCORE = 0.5
# Ambiguous surfaces whose ordinary meaning dominates in course titles ("5 Projects").
TITLE_STOP_SURFACES = frozenset({"project", "projects"})
# Idioms where an ambiguous name is an ordinary word: the word before it ("from Scratch").
TITLE_IDIOMS: dict[str, str] = {"scratch": "from"}
# "for [experienced] Python programmers": the skill names the audience.
_AUDIENCE_BEFORE = re.compile(r"\bfor\s+(?:\w+\s+)?$", re.IGNORECASE)
_AUDIENCE_AFTER = re.compile(
    r"^\W{0,2}\s*(?:programmers?|developers?|devs|engineers?|users?|people|professionals?|"
    r"coders?|folks|experts?|practitioners?)\b",
    re.IGNORECASE,
)
# "A Python framework": the skill names the platform of what the title teaches.
_PLATFORM_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_PLATFORM_AFTER = re.compile(
    r"^\s*(?:web\s+)?(?:framework|library|package|module|toolkit|extension)s?\b", re.IGNORECASE
)
_FOR = re.compile(r"\bfor\b", re.IGNORECASE)
# A name curated in capitals, with an optional plural "s": "ELISA", "ELISAs", "IHC", "SQL".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+(?=s?$)")


def acronym_case_holds(text: str, match: Match, *, strict: bool) -> bool:
    """Whether an acronym's match is written as one: in capitals (always when ``strict``,
    otherwise where a plural ending follows it). True for a match of any other name."""
    acronym = _ACRONYM.match(match.surface.text)
    if acronym is None or text.startswith(acronym.group(0), match.start):
        return True
    return not strict and match.end - match.start == len(acronym.group(0))


@dataclass(frozen=True)
class ResourceText:
    """The parts of a source row that say what a resource teaches."""

    title: str
    notes: str = ""
    subjects: tuple[str, ...] = ()


class SkillMapper:
    """Maps resource titles, notes and topic labels to taxonomy skills."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._matcher: SkillMatcher = matcher_for(taxonomy)
        self._context: dict[str, re.Pattern[str] | None] = {}

    def skill_ids(self, text: str, *, label: bool = False, notes: bool = False) -> list[str]:
        """Skill ids named in a text, in order, each once; in ``notes`` (authors, publishers,
        partners) an acronym counts only in capitals."""
        matches = self._find(text, strict_acronyms=notes)
        found: list[str] = []
        for match in matches:
            if match.skill_id in found:
                continue
            if match.surface.needs_context and not self._ambiguous_holds(text, match, label):
                continue
            found.append(match.skill_id)
        return found

    def _find(self, text: str, *, strict_acronyms: bool = False) -> list[Match]:
        return [
            m
            for m in self._matcher.find(text)
            if acronym_case_holds(text, m, strict=strict_acronyms)
        ]

    def _ambiguous_holds(self, text: str, match: Match, label: bool) -> bool:
        skill = self.taxonomy.get(match.skill_id)
        if skill is None or not ambiguous_mention_holds(
            text, match, skill, in_skill_list=True, other_skills=0
        ):
            return False  # wrong casing: "r", "go"
        if label:
            return True
        written = text[match.start : match.end].lower()
        if written in TITLE_STOP_SURFACES:
            return False
        before = text[: match.start].split()
        if before and TITLE_IDIOMS.get(written) == before[-1].lower():
            return False
        pattern = self._context_pattern(skill)
        rest = f"{text[: match.start]} {text[match.end :]}"
        return bool(pattern and pattern.search(rest))

    def _context_pattern(self, skill: SkillRecord) -> re.Pattern[str] | None:
        if skill.id not in self._context:
            words = sorted(skill.context, key=len, reverse=True)
            self._context[skill.id] = (
                re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)
                if words
                else None
            )
        return self._context[skill.id]

    def title_skill_ids(self, title: str) -> tuple[list[str], list[str]]:
        """(subject skills, secondary skills) a title names; audiences are left out."""
        matches = [
            m
            for m in self._find(title)
            if not (m.surface.needs_context and not self._ambiguous_holds(title, m, False))
        ]
        purpose = _FOR.search(title)
        subject: list[str] = []
        secondary: list[str] = []
        for match in matches:
            before, after = title[: match.start], title[match.end :]
            if _AUDIENCE_BEFORE.search(before) and _AUDIENCE_AFTER.search(after):
                continue
            platform = _PLATFORM_BEFORE.search(before) and _PLATFORM_AFTER.search(after)
            after_for = purpose is not None and match.start > purpose.end()
            led = after_for and any(m.end <= purpose.start() for m in matches)  # type: ignore[union-attr]
            target = secondary if platform or led else subject
            if match.skill_id not in subject and match.skill_id not in target:
                target.append(match.skill_id)
        return subject, [s for s in secondary if s not in subject]

    def taught(
        self, text: ResourceText, level: Level, *, subjects_as_fallback: bool = False
    ) -> list[TaughtSkill]:
        """Skills from the title (subject, then secondary), then notes, then topic labels;
        labels only as a fallback when ``subjects_as_fallback`` (broad MOOC subjects say
        little about one course)."""
        subject, secondary = self.title_skill_ids(text.title)
        parts: list[tuple[MappingMethod, float, list[str]]] = [
            ("dictionary", TITLE_SCORE, subject),
            (
                "dictionary",
                NOTES_SCORE,
                self.skill_ids(text.notes, notes=True) if text.notes else [],
            ),
            ("dictionary", SECONDARY_SCORE, secondary),
        ]
        named = bool(subject or secondary or parts[1][2])
        if not (subjects_as_fallback and named):
            subject_ids = [s for label in text.subjects for s in self.skill_ids(label, label=True)]
            parts.append(("source-subject", SUBJECT_SCORE, subject_ids))
        return _unique(parts, level)


def _unique(
    parts: Iterable[tuple[MappingMethod, float, list[str]]], level: Level
) -> list[TaughtSkill]:
    taught: dict[str, TaughtSkill] = {}
    for method, score, skill_ids in parts:
        for skill_id in skill_ids:
            if skill_id not in taught:
                taught[skill_id] = TaughtSkill(
                    skill_id=skill_id, level=level, method=method, score=score
                )
    return list(taught.values())
