"""Lenient number parsing for source tables: empty or malformed cells become None."""

from __future__ import annotations


def to_float(text: str | None) -> float | None:
    try:
        return float((text or "").replace(",", ""))
    except ValueError:
        return None


def to_int(text: str | None) -> int | None:
    value = to_float(text)
    return int(value) if value is not None else None
