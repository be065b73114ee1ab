"""The level a resource brings a learner to: from the source's own level field or title cues.

Source fields: "Beginner"/"Introductory" -> Basic, "Intermediate" -> Intermediate,
"Advanced"/"Expert" -> Expert, "All Levels" -> Basic. Where a source gives no level (or
"All Levels"), cues in the title decide ("Introduction", "for beginners" -> Basic; "Part 2",
"Intermediate" -> Intermediate; "Advanced", "Mastering" -> Expert); "zero to hero" style
titles promise a full path and count as Intermediate.
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
    r"\b(?:beginners?|zero|novice|scratch|basics?)\b.{0,20}\bto\b.{0,12}"
    r"\b(?:pro|professional|expert|advanced|master|mastery|hero|ninja|guru)\b",
    re.IGNORECASE,
)
_EXPERT = re.compile(
    r"\badvanced\b|\bmaster(?:ing|class|y)?\b|\bexpert\b|\bin[- ]depth\b|\bdeep dive\b|"
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


def resolve_level(source_value: str | None, title: str, default: Level) -> Level:
    """Source level first, then title cues, then "All Levels" as Basic, then the default."""
    stated = level_from_source(source_value)
    if stated is not None:
        return stated
    cued = level_from_title(title)
    if cued is not None:
        return cued
    if source_value and source_value.strip().lower() in ALL_LEVELS:
        return Level.BASIC
    return default
