"""Regular expressions behind a cheap test for the literal words every match contains.

Python's ``re`` tries a case-insensitive alternation such as ``\\b(?:preferred|a plus|...)``
at every position of a sentence. Most posting sentences contain none of its words, and a
few substring tests on the lower-cased sentence find that out several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GuardedPattern:
    """A compiled pattern and lower-case anchors: every match contains at least one anchor."""

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]

    def may_match(self, text: str) -> bool:
        lowered = text.lower()
        return any(anchor in lowered for anchor in self.anchors)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def guarded(pattern: str, anchors: tuple[str, ...], flags: int = re.IGNORECASE) -> GuardedPattern:
    if any(anchor != anchor.lower() for anchor in anchors):
        raise ValueError("anchors are matched against lower-cased text; give them in lower case")
    return GuardedPattern(re.compile(pattern, flags), anchors)
