"""Locating the shared reference data for benchmark scripts."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path


def shared_data() -> Path:
    path = Path(
        os.environ.get("CAREERNAV_SHARED_DATA", Path(__file__).parents[1] / "../shared/data")
    )
    if not path.is_dir():
        sys.exit(f"Shared data not found at {path}; set CAREERNAV_SHARED_DATA.")
    return path.resolve()


def read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]
