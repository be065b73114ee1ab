"""Skill mentions in a document: dictionary matches kept after negation and context checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from careernav.extract.context import ambiguous_mention_holds, other_sense_shown
from careernav.extract.duties import duty_patterns
from careernav.extract.filters import (
    in_degree_field,
    in_institution_name,
    mask_urls,
    names_degree_field,
    names_department,
    names_town,
)
from careernav.extract.fuzzy import fuzzy_index, list_items
from careernav.extract.matcher import Match, SkillMatcher
from careernav.extract.negation import is_negated
from careernav.extract.phrases import coordination_hits, sentence_words, verb_object_patterns
from careernav.extract.senses import (
    acronym_spells_other,
    may_name_something_else,
    names_something_else,
)
from careernav.models import DatedRole, Document, Section
from careernav.taxonomy.model import Taxonomy

# Every break starts with a space: the leading look-ahead lets other positions fail at once.
_SENTENCE_END = re.compile(r"(?=\s)(?:(?<=[.!?;])\s+(?=[A-Z(])|(?<!\s)\s+[•●▪■◦]\s+|\s{3,})")
# Sentences glued where bullets were joined: "budgets.Identified partners".
_GLUED = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]{2})")
_MAY_BE_GLUED = re.compile(r"[a-z][.!?][A-Z]")
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
    # The previous line's last sentence when this sentence continues it ("Six years" /
    # "of experience with CRM"): a wrapped line, read only for stated years.
    lead: str = ""

    @property
    def evidence(self) -> str:
        if len(self.sentence) <= _MAX_EVIDENCE:
            return self.sentence
        half = _MAX_EVIDENCE // 2
        left = max(0, self.start - half)
        snippet = self.sentence[left : left + _MAX_EVIDENCE]
        return ("…" if left else "") + snippet.strip() + "…"


_MAY_SPLIT = re.compile(r"[.!?;•●▪■◦]|\s{3}")


def split_sentences(line: str) -> list[str]:
    if not _MAY_SPLIT.search(line):  # most lines are one sentence
        stripped = line.strip()
        return [stripped] if stripped else []
    parts = _SENTENCE_END.split(line)
    if _MAY_BE_GLUED.search(line):
        parts = [piece for part in parts if part for piece in _GLUED.split(part)]
    return [part.strip() for part in parts if part and part.strip()]


def _role_for_line(section: Section, line: str) -> DatedRole | None:
    for role in section.roles:
        if line in role.lines:
            return role
    return None


def _is_title_line(line: str, role: DatedRole) -> bool:
    title = role.title.strip()
    return bool(title) and line.strip().startswith(title) and len(line.split()) <= 14


def _looks_like_list(sentence: str) -> bool:
    return len(_LIST_SEPARATORS.findall(sentence)) >= 2 and len(sentence.split()) <= 40


def find_mentions(
    document: Document, matcher: SkillMatcher, *, join_wrapped: bool = True
) -> list[Mention]:
    """Every supported, non-negated skill mention, in reading order. With ``join_wrapped``,
    a sentence a line break cut in two is also read whole (a resume's layout wraps lines; a
    posting's lines are its paragraphs)."""
    mentions: list[Mention] = []
    for section in document.sections:
        previous: list[str] = []
        for line in section.lines:
            role = _role_for_line(section, line) if section.roles else None
            sentences = split_sentences(line)
            lead, previous = _wrapped_lead(previous, sentences), sentences
            if role is not None and _is_title_line(line, role):
                continue  # "Business Analyst, Gulf Coast Polymers": a title and an employer
            if section.kind == "education" and names_degree_field(line):
                continue
            in_skills = section.kind == "skills"
            for index, sentence in enumerate(sentences):
                spans = sentence_spans(sentence, in_skills, matcher)
                before = lead if index == 0 else ""
                mentions.extend(Mention(skill_id, sentence, start, end, section, role, before)
                                for skill_id, start, end in spans)  # fmt: skip
            if lead and join_wrapped:
                joined = _join_wrapped(lead, sentences[0])
                mentions.extend(Mention(skill_id, joined, start, end, section, role)
                                for skill_id, start, end in _across_lines(
                                    lead, sentences[0], joined, in_skills, matcher))  # fmt: skip
    return mentions


def _join_wrapped(lead: str, sentence: str) -> str:
    """A sentence a line break cut in two, whole again ("knowledge-" + "sharing")."""
    return lead + sentence if lead.endswith("-") and lead[-2:-1].isalpha() else f"{lead} {sentence}"


def _across_lines(
    lead: str, sentence: str, joined: str, in_skills: bool, matcher: SkillMatcher
) -> list[tuple[str, int, int]]:
    """Skills only the whole sentence names: "... scheduled newspaper, radio, and outdoor" /
    "advertising." is media buying, which neither line names alone."""
    alone = {
        span[0] for part in (lead, sentence) for span in sentence_spans(part, in_skills, matcher)
    }
    return [span for span in sentence_spans(joined, in_skills, matcher) if span[0] not in alone]


def _wrapped_lead(previous: list[str], sentences: list[str]) -> str:
    """The previous line's last sentence when this line starts in lower case, so continues
    it; else nothing."""
    if not previous or not sentences or not sentences[0][:1].islower():
        return ""
    return previous[-1]


@lru_cache(maxsize=16384)
def sentence_spans(
    sentence: str, in_skills_section: bool, matcher: SkillMatcher
) -> tuple[tuple[str, int, int], ...]:
    """(skill id, start, end) of each skill a sentence names. Depends on the text alone, so
    boilerplate repeated across a corpus of postings is read once."""
    taxonomy = matcher.taxonomy
    phrases = verb_object_patterns(taxonomy)
    text = mask_urls(sentence)
    matches = matcher.find(text)
    plain = sum(1 for m in matches if not m.surface.needs_context)
    in_list = in_skills_section or _looks_like_list(text)
    found: dict[str, tuple[str, int, int]] = {}
    words = sentence_words(text)
    context = _Context(in_list, plain, in_skills_section, may_name_something_else(words))
    kept = [m for m in matches if _keep(text, m, taxonomy, context)]
    for match in _without_suites_listing_parts(text, _without_generic_heads(text, kept), taxonomy):
        found.setdefault(match.skill_id, (match.skill_id, match.start, match.end))
    duties = duty_patterns(taxonomy).find(text, words)
    for hit in (*phrases.find(text, words), *coordination_hits(text, matcher), *duties):
        if hit.skill_id not in found and _keep_phrase(text, hit.start):
            found[hit.skill_id] = (hit.skill_id, hit.start, hit.end)
    if in_list:
        _add_near_misses(text, matches, taxonomy, found)
    return tuple(sorted(found.values(), key=lambda item: item[1]))


_PARTS_FOLLOW = re.compile(r"\s*[(:\-–]\s*")
# "version control systems (Git, Bitbucket)": a kind of tool with examples, not a suite.
_KIND_NOUN = re.compile(
    r"(?:systems?|tools?|platforms?|technolog(?:y|ies)|frameworks?|languages?)$"
)


def _without_suites_listing_parts(
    text: str, matches: list[Match], taxonomy: Taxonomy
) -> list[Match]:
    """Drop a suite named with its parts: "MS Office (Word, Excel)" is Word and Excel, one
    entry per distinct skill as the annotation guide asks, not Microsoft Office too."""
    if len(matches) < 2:
        return matches
    kept: list[Match] = []
    for index, match in enumerate(matches):
        following = matches[index + 1] if index + 1 < len(matches) else None
        skill = taxonomy.get(match.skill_id)
        opens = _PARTS_FOLLOW.match(text, match.end)
        if (
            following is not None and skill is not None and opens is not None
            and opens.end() == following.start and following.skill_id in skill.related
            and not _KIND_NOUN.search(text, match.start, match.end)
        ):  # fmt: skip
            continue
        kept.append(match)
    return kept


# "Visual Basic programming", "ICD-10 coding": the generic word is how the skill before it is
# used, not general programming as a second skill.
_GENERIC_HEADS = frozenset({"programming", "coding", "scripting"})


def _without_generic_heads(text: str, matches: list[Match]) -> list[Match]:
    """Drop "programming" or "coding" written right after another skill's name."""
    kept: list[Match] = []
    for match in matches:
        previous = kept[-1] if kept else None
        if (
            previous is not None and match.surface.key in _GENERIC_HEADS
            and not text[previous.end : match.start].strip()
        ):  # fmt: skip
            continue
        kept.append(match)
    return kept


def _add_near_misses(
    text: str, matches: list[Match], taxonomy: Taxonomy, found: dict[str, tuple[str, int, int]]
) -> None:
    """List items no name matched exactly, matched to a close spelling of one."""
    index = fuzzy_index(taxonomy)
    for start, end in list_items(text):
        if any(m.start < end and start < m.end for m in matches):
            continue
        skill_id = index.lookup(text[start:end])
        if skill_id is not None and skill_id not in found:
            found[skill_id] = (skill_id, start, end)


def _keep_phrase(text: str, start: int) -> bool:
    return not is_negated(text, start) and not in_degree_field(text, start)


class _Context(NamedTuple):
    """What is known of a sentence before its matches are judged."""

    in_list: bool
    plain: int  # matches that need no context
    in_skills: bool  # in a skills section
    other_sense: bool  # holds a word after which a name may mean something else


def _keep(text: str, match: Match, taxonomy: Taxonomy, context: _Context) -> bool:
    skill = taxonomy.get(match.skill_id)
    if skill is None or is_negated(text, match.start) or in_degree_field(text, match.start):
        return False
    if names_department(text, match.end, skill.category, ambiguous=match.surface.needs_context):
        return False
    if context.other_sense and names_something_else(
        text, match.start, match.end, match.surface.key, skill.name, skill.category
    ):
        return False
    written = text[match.start : match.end]
    if in_institution_name(text, match.start, match.end):
        return False  # "National Academy of Sports Medicine" names an institution
    if written[:1].isupper() and names_town(text, match.end):
        return False  # "Rancho Cordova, CA" is a town, not Apache Cordova
    if acronym_spells_other(text, match.start, match.end, skill):
        return False  # "Entrepreneurship Development Institute (EDI)" is not EDI
    if skill.other_sense and other_sense_shown(text, skill):
        return False  # "the ATM, vault and drawer" is a cash machine, not ATM networking
    if _inside_compound(text, match):
        return False  # "state-of-the-art" is not art, "re-manufacturing" not manufacturing
    if _case_marked(match.surface.text) and written.islower() and not context.in_skills:
        return False  # "safe" is not SAFe, "ace" is not ACE outside a skills section
    if not match.surface.needs_context:
        return True
    return ambiguous_mention_holds(
        text, match, skill, in_skill_list=context.in_list, other_skills=context.plain
    )


def _inside_compound(text: str, match: Match) -> bool:
    """A one-word name glued by a hyphen to the word before it."""
    key = match.surface.key
    return match.start > 0 and text[match.start - 1] == "-" and " " not in key and "-" not in key


@lru_cache(maxsize=16384)
def _case_marked(surface: str) -> bool:
    """Acronyms and product casings (SAFe, ERP, iOS) whose lower case is an ordinary word."""
    letters = [c for c in surface if c.isalpha()]
    if not letters or " " in surface:
        return False
    upper = sum(c.isupper() for c in letters)
    title_case = surface[0].isupper() and upper == 1
    return upper > 0 and not title_case and len(letters) <= 6
