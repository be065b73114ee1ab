"""Negated mentions: "no experience with Tableau" does not claim Tableau."""

from __future__ import annotations

import re
from functools import lru_cache

_CUES = re.compile(
    r"\b(?:no|not|never|without|lack(?:s|ing)?|unfamiliar|none|nor)\b"
    r"|\bdo(?:es)?n[’']?t\b|\bhave(?:n[’']?t)? not\b|\bneither\b",
    re.IGNORECASE,
)
# A negation reaches forward to the end of its clause.
_CLAUSE_BREAK = re.compile(r"[.;:!?•\n]|\b(?:but|however|although|though|while|whereas)\b", re.I)
_MAX_DISTANCE = 60  # characters between the cue and the mention


@lru_cache(maxsize=8192)
def _has_cue(sentence: str) -> bool:
    return _CUES.search(sentence) is not None


def is_negated(text: str, start: int) -> bool:
    """Whether the mention at ``start`` sits in the scope of a negation cue before it."""
    if not _has_cue(text):
        return False
    window_start = max(0, start - _MAX_DISTANCE)
    window = text[window_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(_CUES.search(window))
