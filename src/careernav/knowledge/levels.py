"""The level a resource brings a learner to: from the source's own level field or title cues.

Source fields: "Beginner"/"Introductory" -> Basic, "Intermediate" -> Intermediate,
"Advanced"/"Expert" -> Expert, "All Levels" -> Basic. Where a source gives no level (or
"All Levels"), cues in the title decide ("Introduction", "for beginners" -> Basic; "Part 2",
"Intermediate" -> Intermediate; "Advanced", "Mastering" -> Expert; "Master X" and
"Masterclass" are marketing, no cue); "zero to hero" style titles promise a full path and
count as Intermediate. A plain title cue at the other end of the scale from the source's
field ("for Beginners" against Expert) overrides the field.
"""

from __future__ import annotations

import re

from careernav.models import Level

_SOURCE_LEVELS: dict[str, Level] = {
    "beginner": Level.BASIC,
    "beginner level": Level.BASIC,
    "introductory": Level.BASIC,
    "basic": Level.BASIC,
    "intermediate": Level.INTERMEDIATE,
    "intermediate level": Level.INTERMEDIATE,
    "advanced": Level.EXPERT,
    "expert": Level.EXPERT,
    "expert level": Level.EXPERT,
}
ALL_LEVELS = {"all levels", "all", "mixed"}

_FULL_PATH = re.compile(
    r"\b(?:beginners?|zero|novice|scratch|basics?)\b.{0,20}\b(?:to|become)\b.{0,12}"
    r"\b(?:pro|professional|expert|advanced|master|mastery|hero|ninja|guru)\b",
    re.IGNORECASE,
)
# "Master the Basics": mastering the first steps is a beginners' promise.
_MASTER_BASICS = re.compile(
    r"\bmaster(?:ing)? the (?:basics|fundamentals|essentials)\b", re.IGNORECASE
)
# "Mastering X" is a practitioner's book; "Master X from scratch" and "X Masterclass" are
# course marketing, not a level, and say nothing here.
_EXPERT = re.compile(
    r"\badvanced\b|\bmastering\b|\bexpert\b|\bin[- ]depth\b|\bdeep dive\b|"
    r"\binternals\b|\bpart (?:3|iii|three)\b",
    re.IGNORECASE,
)
_INTERMEDIATE = re.compile(
    r"\bintermediate\b|\bpart (?:2|ii|two)\b|\b(?:ii|2)$|\bapplied\b|\bbeyond the basics\b|"
    r"\bnext level\b|\bin practice\b",
    re.IGNORECASE,
)
_BASIC = re.compile(
    r"\bintro(?:duction|ductory)?\b|\bbeginners?\b|\bfundamentals?\b|\bbasics?\b|"
    r"\bgetting started\b|\b101\b|\bessentials?\b|\bfirst steps\b|\bfor everybody\b|"
    r"\bfor everyone\b|\bcrash course\b|\bprimer\b|\bfoundations?\b|\bquick ?start\b|"
    r"\bfor dummies\b|\babsolute\b|\blearn to\b|\bwhat is\b|\bstarter\b",
    re.IGNORECASE,
)


def level_from_source(value: str | None) -> Level | None:
    """The level a source's own level field states; None for "All Levels", empty or unknown."""
    if not value:
        return None
    return _SOURCE_LEVELS.get(value.strip().lower())


def level_from_title(title: str) -> Level | None:
    """The level a title's wording suggests, or None when it suggests none."""
    if _FULL_PATH.search(title):
        return Level.INTERMEDIATE
    if _MASTER_BASICS.search(title):
        return Level.BASIC
    if _EXPERT.search(title):
        return Level.EXPERT
    if _INTERMEDIATE.search(title):
        return Level.INTERMEDIATE
    if _BASIC.search(title):
        return Level.BASIC
    return None


def is_estimated(source_value: str | None, title: str) -> bool:
    """True when neither the source's level field nor the title says the level."""
    return level_from_source(source_value) is None and level_from_title(title) is None


# Title words plain enough to overrule a source's level field at the other end of the scale
# ("Fundamentals" or "Essentials" also head advanced courses; "for Beginners" does not).
_PLAINLY_BASIC = re.compile(
    r"\bfor (?:complete |absolute |total )?beginners?\b|\bintro(?:duction|ductory)?\b|"
    r"\bbasics\b|\b101\b|\bfor dummies\b|\bgetting started\b|\bcrash course\b",
    re.IGNORECASE,
)
_PLAINLY_EXPERT = re.compile(r"\badvanced\b", re.IGNORECASE)


def resolve_level(source_value: str | None, title: str, default: Level) -> Level:
    """Source level first, then title cues, then "All Levels" as Basic, then the default; but
    a title that plainly says the opposite end of the source's field wins ("... for Beginners"
    listed as Expert, "Advanced Topics in SQL" listed as introductory): the source field is
    what a course page was filed under, the title what its author promises."""
    stated = level_from_source(source_value)
    cued = level_from_title(title)
    if stated is not None:
        if stated == Level.EXPERT and cued == Level.BASIC and _PLAINLY_BASIC.search(title):
            return cued
        if stated == Level.BASIC and cued == Level.EXPERT and _PLAINLY_EXPERT.search(title):
            return cued
        return stated
    if cued is not None:
        return cued
    if source_value and source_value.strip().lower() in ALL_LEVELS:
        return Level.BASIC
    return default
