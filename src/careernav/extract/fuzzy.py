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


@dataclass(eq=False)
class FuzzyIndex:
    keys: list[str]
    skill_ids: list[str]

    def lookup(self, item: str) -> str | None:
        text = item.lower()
        found = process.extractOne(text, self.keys, scorer=fuzz.ratio, score_cutoff=CUTOFF)
        if found is None or _other_word(text, found[0]):
            return None
        return self.skill_ids[found[2]]


def _other_word(item: str, key: str) -> bool:
    """ "evaluation" is not "valuation" and "problem solver" is not "problem solve": one
    string inside the other is a different word unless the rest is a plural ending."""
    short, long = sorted((item, key), key=len)
    if short not in long:
        return False
    rest = long.replace(short, "", 1)
    return rest not in {"s", "es"}


@lru_cache(maxsize=4)
def fuzzy_index(taxonomy: Taxonomy) -> FuzzyIndex:
    keys: list[str] = []
    ids: list[str] = []
    for skill in taxonomy:
        for surface in surfaces_for(skill):
            if len(surface.key) >= _MIN_LENGTH and not surface.needs_context:
                keys.append(surface.key)
                ids.append(skill.id)
    return FuzzyIndex(keys, ids)


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
