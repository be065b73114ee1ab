"""Guarded patterns find exactly what their plain patterns find, only faster."""

from __future__ import annotations

import csv
import itertools
import re
import sys
from pathlib import Path

import pytest

from careernav.extract.cues import PREFERRED_CUE, YEARS
from careernav.extract.filters import _HIRING_NOTICE
from careernav.extract.guards import GuardedPattern, guarded

GUARDED = {"years": YEARS, "preferred": PREFERRED_CUE, "hiring notice": _HIRING_NOTICE}


def _posting_lines(shared_data: Path, limit: int = 300) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with (shared_data / "jobs/linkedin_india_2024.csv").open(encoding="utf-8") as handle:
        rows = itertools.islice(csv.DictReader(handle), limit)
        texts = [row["description"] for row in rows]
    return [line for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", GUARDED)
def test_guard_never_hides_a_match_in_real_postings(name: str, shared_data: Path) -> None:
    pattern = GUARDED[name]
    lines = _posting_lines(shared_data)
    plain = [[m.span() for m in pattern.pattern.finditer(line)] for line in lines]
    fast = [[m.span() for m in pattern.finditer(line)] for line in lines]
    assert fast == plain
    assert sum(map(bool, plain)) > 10  # the corpus exercises the pattern


def test_guard_skips_text_without_anchor_and_matches_case_insensitively() -> None:
    pattern = guarded(r"\bnice to have\b", anchors=("nice",))
    assert pattern.search("Tableau would help") is None
    match = pattern.search("Tableau is NICE TO HAVE")
    assert match is not None and match.group(0) == "NICE TO HAVE"
    assert list(pattern.finditer("no anchor here")) == []


def test_upper_case_anchor_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        guarded(r"\bSQL\b", anchors=("SQL",))


def test_guarded_pattern_keeps_the_compiled_pattern() -> None:
    pattern = guarded(r"\bplus\b", anchors=("plus",))
    assert isinstance(pattern, GuardedPattern)
    assert pattern.pattern.flags & re.IGNORECASE
