"""Hours a resource takes: parsed from the source's duration and effort, else estimated.

Durations read: "6 weeks", "6 Weeks", "10-12 weeks", "6 months"; effort reads "4-6 hours per
week", "2–3 hours/week", "12 hours/week"; totals read "1.5 total hours", "45 mins", "3 hours".
Ranges count at their midpoint. Resources whose source gives no time get ESTIMATED_HOURS for
their kind.
"""

from __future__ import annotations

import re

# Hours assumed when a source gives no duration, by the kind of resource. Rough medians of
# what such resources take a learner working through them with exercises:
# a technical book ~30 h (about 300 pages at 10 pages an hour); a free online course or a
# MOOC without a stated length ~20 h (4-6 weeks at 3-5 h/week, the common MOOC shape); an
# interactive tutorial or problem set ~10 h; a video series or playlist ~6 h; a podcast or
# screencast series sampled for one topic ~3 h; a cheat sheet, guide or article ~1 h;
# a documentation section read end to end ~6 h.
ESTIMATED_HOURS: dict[str, float] = {
    "book": 30.0,
    "course": 20.0,
    "interactive": 10.0,
    "video": 6.0,
    "podcast": 3.0,
    "article": 1.0,
    "documentation": 6.0,
}
WEEKS_PER_MONTH = 4.33

_NUMBER = r"(\d+(?:\.\d+)?)"
_RANGE = re.compile(_NUMBER + r"(?:\s*[-–—to]+\s*" + _NUMBER + r")?")
_WEEKS = re.compile(_RANGE.pattern + r"\s*(weeks?|months?)", re.IGNORECASE)
_PER_WEEK = re.compile(
    _RANGE.pattern + r"\s*(?:hours?|hrs?)\s*(?:per|/|a|each)\s*week", re.IGNORECASE
)
_TOTAL = re.compile(_RANGE.pattern + r"\s*(?:total\s*)?(hours?|hrs?|mins?|minutes?)", re.IGNORECASE)


def _midpoint(low: str, high: str | None) -> float:
    return (float(low) + float(high)) / 2 if high else float(low)


def parse_weeks(text: str | None) -> float | None:
    """Weeks in a duration such as "6 Weeks", "10-12 weeks" or "6 months"."""
    found = _WEEKS.search(text or "")
    if not found:
        return None
    weeks = _midpoint(found.group(1), found.group(2))
    return weeks * WEEKS_PER_MONTH if found.group(3).lower().startswith("month") else weeks


def parse_hours_per_week(text: str | None) -> float | None:
    """Hours a week in an effort such as "4-6 hours per week" or "12 hours/week"."""
    found = _PER_WEEK.search(text or "")
    return _midpoint(found.group(1), found.group(2)) if found else None


def parse_total_hours(text: str | None) -> float | None:
    """Hours in a total such as "1.5 total hours", "3 hours" or "45 mins"."""
    if not text or _PER_WEEK.search(text):
        return None
    found = _TOTAL.search(text)
    if not found:
        return None
    value = _midpoint(found.group(1), found.group(2))
    return value / 60 if found.group(3).lower().startswith("min") else value


def hours_from(duration: str | None, effort: str | None) -> float | None:
    """Total hours from a duration and a weekly effort, or a stated total; None if unknown."""
    weeks, per_week = parse_weeks(duration), parse_hours_per_week(effort)
    if weeks and per_week:
        return round(weeks * per_week, 1)
    total = parse_total_hours(duration) or parse_total_hours(effort)
    return round(total, 2) if total else None


def estimated_hours(resource_format: str) -> float:
    """The documented estimate for a resource of this format with no stated time."""
    return ESTIMATED_HOURS[resource_format]
