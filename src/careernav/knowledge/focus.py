"""How much of a resource's title is about one skill: its main subject, or one part of it.

"Think Python" is about Python; "Python GUIs with Tkinter" and "Python in Hydrology" use
Python for something else. The build keeps the focused resources per skill, and the ranker
scores focus as one component.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careernav.taxonomy.model import SkillRecord

# Words a title may hold besides the skill's name and still be about that skill alone.
LEARNING_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "to",
        "of",
        "and",
        "for",
        "with",
        "in",
        "on",
        "your",
        "you",
        "learn",
        "learning",
        "introduction",
        "intro",
        "guide",
        "tutorial",
        "tutorials",
        "course",
        "book",
        "handbook",
        "programming",
        "language",
        "basics",
        "beginners",
        "beginner",
        "complete",
        "fundamentals",
        "essentials",
        "practical",
        "hands",
        "think",
        "how",
        "first",
        "steps",
        "edition",
        "crash",
        "full",
        "primer",
        "notes",
        "professionals",
        # Level words say how far a title goes, not what else it is about.
        "advanced",
        "intermediate",
        "mastering",
        "mastery",
        "expert",
        "experts",
    )
)
_WORDS = re.compile(r"[a-z0-9+#]+")


def title_focus(title: str, skill: SkillRecord) -> float:
    """Share of a title's words that are the skill's name or aliases or learning words: 1 for
    "Think Python", lower for "Python in Hydrology" (the skill applied to something else), 0
    when no word names the skill ("An Introduction to Statistical Learning" is not about R,
    however many learning words it holds)."""
    words = _title_words(title)
    names = _name_words(skill.name, tuple(skill.aliases))
    if not any(w in names for w in words):
        return 0.0
    return sum(1 for w in words if w in names or w in LEARNING_WORDS) / len(words)


@lru_cache(maxsize=131072)
def _title_words(title: str) -> tuple[str, ...]:
    """A title's words, read once: the ranker scores the same titles on every request."""
    return tuple(_WORDS.findall(title.lower()))


@lru_cache(maxsize=8192)
def _name_words(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for n in (name, *aliases) for w in _WORDS.findall(n.lower()))
