"""Deciding whether an ambiguous surface ("R", "Go", "Spark", "Excel") names the skill."""

from __future__ import annotations

import re
from functools import lru_cache

from careernav.extract.matcher import Match
from careernav.taxonomy.model import SkillRecord

# Words that, right before a capitalised verb-like name, show it is used as a verb ("to Excel").
_VERB_BEFORE = {"to", "will", "can", "i", "we", "you", "they", "who", "should", "must"}
_VERB_AFTER = {"at", "in"}
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def _context_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w]){alternatives}(?![\w])", re.IGNORECASE)


# "hardware and software", "hardware/software": the pair names computers in general, not the
# skill of building or repairing them.
_GENERIC_PAIRS = {"hardware": "software"}
_PAIRED = re.compile(r"\s*(?:/|&|\band\b|\bor\b)\s*(\w+)")
_PAIRED_BEFORE = re.compile(r"(\w+)\s*(?:/|&|\band\b|\bor\b)\s*$")


def _generic_pair(text: str, match: Match) -> bool:
    partner = _GENERIC_PAIRS.get(match.surface.key)
    if partner is None:
        return False
    after = _PAIRED.match(text, match.end)
    before = _PAIRED_BEFORE.search(text, max(0, match.start - 20), match.start)
    return (after is not None and after.group(1).lower() == partner) or (
        before is not None and before.group(1).lower() == partner
    )


def _neighbour_words(text: str, match: Match) -> tuple[str, str]:
    before = _WORD.findall(text[max(0, match.start - 20) : match.start])
    after = _WORD.findall(text[match.end : match.end + 20])
    return (before[-1].lower() if before else "", after[0].lower() if after else "")


def other_sense_shown(text: str, skill: SkillRecord) -> bool:
    """Whether a sentence holds a word showing the skill's name means something else (its
    ``other_sense`` words) and none of its own context words."""
    other = _context_pattern(tuple(skill.other_sense))
    if other is None or other.search(text) is None:
        return False
    own = _context_pattern(tuple(skill.context))
    return own is None or own.search(text) is None


def ambiguous_mention_holds(
    text: str, match: Match, skill: SkillRecord, *, in_skill_list: bool, other_skills: int
) -> bool:
    """Keep an ambiguous mention only with the curated casing and some supporting context."""
    written = text[match.start : match.end]
    curated = match.surface.text
    if curated != curated.lower() and not (
        written.startswith(curated) or (len(curated) >= 4 and written.isupper())
    ):
        return False  # "r" or "go" in lower case is an ordinary letter or word
    before, after = _neighbour_words(text, match)
    if before in _VERB_BEFORE and written[:1].isupper() and not in_skill_list:
        return False
    if after in _VERB_AFTER and not in_skill_list:
        return False
    if _generic_pair(text, match):
        return False
    if in_skill_list or other_skills >= 2:
        return True
    pattern = _context_pattern(tuple(skill.context))
    # the name is not its own context ("arts" for Fine Arts in "the performing arts")
    if pattern is None:
        return False
    return bool(pattern.search(text, 0, match.start) or pattern.search(text, match.end))
