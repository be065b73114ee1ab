"""Skill mentions in a document: dictionary matches kept after negation and context checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.extract.context import ambiguous_mention_holds
from careernav.extract.matcher import Match, SkillMatcher
from careernav.extract.negation import is_negated
from careernav.models import DatedRole, Document, Section

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(])|\s+[•●▪■◦]\s+|\s{3,}")
_LIST_SEPARATORS = re.compile(r"[,|/•;]")
_MAX_EVIDENCE = 200


@dataclass(frozen=True)
class Mention:
    """One place a skill is named: the sentence, where it sits, and the span inside it."""

    skill_id: str
    sentence: str
    start: int
    end: int
    section: Section
    role: DatedRole | None

    @property
    def evidence(self) -> str:
        if len(self.sentence) <= _MAX_EVIDENCE:
            return self.sentence
        half = _MAX_EVIDENCE // 2
        left = max(0, self.start - half)
        snippet = self.sentence[left : left + _MAX_EVIDENCE]
        return ("…" if left else "") + snippet.strip() + "…"


def split_sentences(line: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(line) if part and part.strip()]


def _role_for_line(section: Section, line: str) -> DatedRole | None:
    for role in section.roles:
        if line in role.lines:
            return role
    return None


def _looks_like_list(sentence: str) -> bool:
    return len(_LIST_SEPARATORS.findall(sentence)) >= 2 and len(sentence.split()) <= 40


def find_mentions(document: Document, matcher: SkillMatcher) -> list[Mention]:
    """Every supported, non-negated skill mention, in reading order."""
    taxonomy = matcher.taxonomy
    mentions: list[Mention] = []
    for section in document.sections:
        for line in section.lines:
            role = _role_for_line(section, line) if section.roles else None
            for sentence in split_sentences(line):
                matches = matcher.find(sentence)
                if not matches:
                    continue
                plain = sum(1 for m in matches if not m.surface.needs_context)
                in_list = section.kind == "skills" or _looks_like_list(sentence)
                for match in matches:
                    if not _keep(sentence, match, taxonomy, in_list, plain):
                        continue
                    mentions.append(
                        Mention(match.skill_id, sentence, match.start, match.end, section, role)
                    )
    return mentions


def _keep(sentence: str, match: Match, taxonomy, in_list: bool, plain: int) -> bool:  # noqa: ANN001
    if is_negated(sentence, match.start):
        return False
    if not match.surface.needs_context:
        return True
    skill = taxonomy.get(match.skill_id)
    return skill is not None and ambiguous_mention_holds(
        sentence, match, skill, in_skill_list=in_list, other_skills=plain
    )
