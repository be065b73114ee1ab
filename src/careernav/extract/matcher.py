"""Dictionary matching of skill names and aliases with an Aho-Corasick automaton.

Matches respect word boundaries (so "Java" is not found in "JavaScript"), accept simple
plurals ("APIs", "dashboards"), keep punctuation that is part of a name (C++, C#, .NET,
Node.js) and prefer the longest match where matches overlap.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import ahocorasick

from careernav.extract.surfaces import Surface, surfaces_for
from careernav.taxonomy.model import Taxonomy


class Match(NamedTuple):
    skill_id: str
    start: int
    end: int
    surface: Surface


_SHORT = 2
# A lower-case word and a hyphen right before a match ("full-", "pre-", "non-"); "MS-Excel"
# and "T-SQL" keep their match.
_LOWER_PREFIX = re.compile(r"(?<![\w-])[a-z]{2,}-$")
# A letter in a slash pair is an abbreviation ("R/C aircraft", "A/B", "I/O"), not a language.
_LETTER_PAIR = re.compile(r".*(?<![\w/])[a-z]/[a-z](?![\w/+#]).*", re.DOTALL)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class SkillMatcher:
    """Finds every taxonomy surface in a text. Compile once per taxonomy; thread-safe reads."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._automaton = ahocorasick.Automaton()
        # One- and two-letter names ("R", "C", "Go", "C#") would match inside most words, so
        # they are found by a word-bounded regex instead of the automaton; "R&D", "P&L" and
        # "Bi-lingual" are other words.
        self._short: dict[str, Surface] = {}
        # Last words of two-word names: a phrase whose last word is not one cannot be a name.
        self.second_words: set[str] = set()
        for skill in taxonomy:
            for surface in surfaces_for(skill):
                words = surface.key.split(" ")
                if len(words) == 2:
                    self.second_words.add(words[1])
                table = self._short if len(surface.key) <= _SHORT else None
                existing = (
                    table.get(surface.key) if table is not None
                    else self._automaton.get(surface.key, (None,))[0]
                )  # fmt: skip
                if existing is None or (existing.needs_context and not surface.needs_context):
                    if table is not None:
                        table[surface.key] = surface
                    else:  # with the key's length and whether it starts with a word character
                        entry = (surface, len(surface.key), _is_word_char(surface.key[0]))
                        self._automaton.add_word(surface.key, entry)
        self._automaton.make_automaton()
        keys = sorted(self._short, key=len, reverse=True)
        self._short_pattern = re.compile(
            r"(?<![\w.+#&-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w+#&]|-\w)"
        )

    def exact(self, phrase: str) -> Surface | None:
        """The surface a whole phrase is, exactly or as a simple plural, if any."""
        key = " ".join(phrase.lower().split())
        for candidate in (key, key[:-1] if key.endswith("s") else None):
            if candidate:
                surface = self._short.get(candidate) or self._automaton.get(candidate, (None,))[0]
                if surface is not None:
                    return surface
        return None

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in order, longest first where they compete."""
        lowered = text.lower()
        candidates: list[Match] = []
        for end_index, (surface, length, word_start) in self._automaton.iter(lowered):
            start = end_index - length + 1
            if word_start and start:
                before = lowered[start - 1]
                if before.isalnum() or before == "_":
                    continue  # inside a longer word: the common case, rejected without a call
                if before == "-" and _LOWER_PREFIX.search(text, max(0, start - 32), start):
                    continue  # "full-service design", "pre-sales": part of a hyphenated word
            end = _accept_end(lowered, start, end_index + 1, surface)
            if (
                end is not None
                and not _capital_plural(text, end_index + 1, end, surface)
                and (not surface.capitalised or _each_word_capitalised(text[start:end]))
            ):
                candidates.append(Match(surface.skill_id, start, end, surface))
        for found in self._short_pattern.finditer(lowered):
            if not _continues_name(lowered, found.end()) and not _LETTER_PAIR.fullmatch(
                lowered, max(0, found.start() - 3), found.end() + 3
            ):
                surface = self._short[found.group(0)]
                candidates.append(Match(surface.skill_id, found.start(), found.end(), surface))
        return _longest_non_overlapping(candidates)


def _accept_end(text: str, start: int, end: int, surface: Surface) -> int | None:
    """The match's end after an optional plural suffix, or None when a boundary fails."""
    key = surface.key
    if start > 0 and (key[0].isalnum() or key[0] in "._"):
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return None  # ".net" inside "asp.net" belongs to ASP.NET
    if end < len(text) and not (key[-1].isalnum() or key[-1] == "_"):
        following = text[end]
        return end if not (following in "+#" or following.isalnum() or following == "_") else None
    if end >= len(text) or not (text[end].isalnum() or text[end] == "_"):
        return end if not _continues_name(text, end) else None
    if surface.plural and key[-1].isalpha() and len(key) >= 3:
        for suffix in ("s", "es"):
            stop = end + len(suffix)
            if text.startswith(suffix, end) and (
                stop >= len(text) or not _is_word_char(text[stop])
            ):
                return stop
    return None


def _capital_plural(text: str, key_end: int, end: int, surface: Surface) -> bool:
    """An acronym's plural is written "CMMs"; "CMMS" is another acronym."""
    return end > key_end and text[key_end] == "S" and surface.text.isupper()


def _each_word_capitalised(written: str) -> bool:
    return all(word[:1].isupper() for word in written.split())


def _continues_name(text: str, end: int) -> bool:
    """True when punctuation glues the next characters to the name (C++ after C, .js after Node)."""
    if end < len(text) and text[end] in "+#":
        return True
    return (
        end + 1 < len(text)
        and text[end] == "."
        and text[end + 1].isalpha()
        and (end + 2 >= len(text) or _is_word_char(text[end + 2]))
    )


def _longest_non_overlapping(matches: list[Match]) -> list[Match]:
    in_order = sorted(matches, key=lambda m: m.start)
    if all(a.end <= b.start for a, b in pairwise(in_order)):
        return in_order  # the common case: nothing competes
    kept: list[Match] = []
    # more words first; between as many words, the leftmost: in "data architecture design"
    # the skill is the modifier "data architecture", not "architecture design"
    for match in sorted(matches, key=lambda m: (-_words(m), m.start, -(m.end - m.start))):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def _words(match: Match) -> int:
    return len(match.surface.key.split())


@lru_cache(maxsize=4)
def matcher_for(taxonomy: Taxonomy) -> SkillMatcher:
    return SkillMatcher(taxonomy)
