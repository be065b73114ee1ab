"""Near-miss spellings in skills lists ("Kubernates", "Power Point", "Quick books")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from careernav.extract.surfaces import surfaces_for
from careernav.taxonomy.model import Taxonomy

_ITEM = re.compile(r"[^,;|•/()]+")
_MIN_LENGTH = 5
_MAX_WORDS = 4
CUTOFF = 94.0


_LENGTH_SLACK = 2  # a ratio of 94 allows only a couple of characters' difference in length


@dataclass(eq=False)
class FuzzyIndex:
    """For each first letter and length, the surface forms within a couple of characters of
    that length (misspellings rarely change the first letter)."""

    by_length: dict[tuple[str, int], tuple[list[str], list[str]]]

    @lru_cache(maxsize=8192)  # noqa: B019 - one index per taxonomy, kept for the process
    def lookup(self, item: str) -> str | None:
        text = item.lower()
        keys, ids = self.by_length.get((text[:1], len(text)), ([], []))
        found = process.extractOne(text, keys, scorer=fuzz.ratio, score_cutoff=CUTOFF)
        if found is None or _other_word(text, found[0]) or _other_words(text, found[0]):
            return None
        return ids[found[2]]


def _other_word(item: str, key: str) -> bool:
    """ "evaluation" is not "valuation" and "problem solver" is not "problem solve": one
    string inside the other is a different word unless the rest is a plural ending."""
    short, long = sorted((item, key), key=len)
    if short not in long:
        return False
    rest = long.replace(short, "", 1)
    return rest not in {"s", "es"}


def _other_words(item: str, key: str) -> bool:
    """A near spelling that splits or joins words keeps the letters: "Quick books" is
    QuickBooks, while a two-word item one letter off a one-word name is other words."""
    if item.count(" ") == key.count(" "):
        return False
    return item.replace(" ", "") != key.replace(" ", "")


@lru_cache(maxsize=4)
def fuzzy_index(taxonomy: Taxonomy) -> FuzzyIndex:
    exact: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for skill in taxonomy:
        for surface in surfaces_for(skill):
            if len(surface.key) >= _MIN_LENGTH and not (
                surface.needs_context or surface.capitalised
            ):
                exact.setdefault((surface.key[0], len(surface.key)), []).append(
                    (surface.key, skill.id)
                )
    windows: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
    longest = max((n for _, n in exact), default=0) + _LENGTH_SLACK
    for first in {letter for letter, _ in exact}:
        for length in range(_MIN_LENGTH - _LENGTH_SLACK, longest + 1):
            pairs = [p for n in range(length - _LENGTH_SLACK, length + _LENGTH_SLACK + 1)
                     for p in exact.get((first, n), [])]  # fmt: skip
            if pairs:
                windows[(first, length)] = ([k for k, _ in pairs], [i for _, i in pairs])
    return FuzzyIndex(windows)


def list_items(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a comma- or bullet-separated list."""
    spans = []
    for match in _ITEM.finditer(text):
        item = match.group(0)
        stripped = item.strip(" .:-")
        if len(stripped) >= _MIN_LENGTH and len(stripped.split()) <= _MAX_WORDS:
            start = match.start() + item.index(stripped)
            spans.append((start, start + len(stripped)))
    return spans
