"""Experience section lines -> dated roles.

A role starts at a line holding a date range ("01/2015 to 03/2018", "Jan 2015 - Present",
"2012 - 2016", "March 2019 – Current") or a lone month/year. Its title is the line just
before the dates when the section's first dates come after some text (title, then dates),
otherwise the rest of the dates line, or the line after it.

Text taken from laid-out pages often breaks a line at every field: a start date, "to" and
an end date on lines of their own, or "City", "," and "State". ``join_fragments`` puts such
pieces back on one line before roles are looked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from careernav.models import DatedRole

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_POINT = rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|'\d\d)|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}|{_YEAR})"
_NOW = r"(?:present|current(?:ly)?|now|today|date|ongoing)"
_SEPARATOR = r"\s*(?:-|–|—|to|until|through|thru|till)\s*"
RANGE = re.compile(rf"\b(?P<start>{_POINT})(?:{_SEPARATOR}(?P<end>{_POINT}|{_NOW}\b))", re.I)
SINGLE = re.compile(
    rf"\b(?P<start>(?:{_MONTH}\s*,?\s*{_YEAR}|(?:0?[1-9]|1[0-2])\s*/\s*{_YEAR}))\b", re.I
)
_NOW_WORD = re.compile(rf"^{_NOW}$", re.I)
# Pieces of a date range broken over lines: a line ending with a date (and maybe the
# separator), a line holding the separator alone, a line holding the end date alone (maybe
# after the separator).
_ENDS_WITH_POINT = re.compile(rf"(?:^|\s|[,(|]){_POINT}(?:{_SEPARATOR})?$", re.I)
_LONE_SEPARATOR = re.compile(rf"^{_SEPARATOR}$", re.I)
_LONE_END = re.compile(rf"^(?:{_SEPARATOR})?(?:{_POINT}|{_NOW})$", re.I)
_MONTH_YEAR = rf"(?:{_MONTH}\s*,?\s*{_YEAR}|(?:0?[1-9]|1[0-2])\s*/\s*{_YEAR})"
_ENDS_WITH_MONTH_YEAR = re.compile(rf"(?:^|\s|[,(|]){_MONTH_YEAR}$", re.I)
_LONE_MONTH_YEAR_OR_NOW = re.compile(rf"^(?:{_MONTH_YEAR}|{_NOW})$", re.I)
_MAX_FRAGMENT_WORDS = 4  # words in the end date or "City" pieces that are joined
# Lines next to a role's dates that are not its title: a separator, or a place ("City,
# State" as anonymised resumes have it, or a town and a US state code).
_STATES = "|".join(
    (
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY",
    )
)  # fmt: skip
_FILLER = re.compile(
    rf"^(?:[-/|,:;–—•·]+|[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){{0,2}}\s*,\s*"
    rf"(?:State|{_STATES}))$"
)
_MAX_FILLERS = 2
_CONNECTOR = re.compile(rf"(?:{_SEPARATOR})?(?:{_NOW})?", re.I)
_EDGE_PUNCTUATION = " ,;:|-()[]"
_MAX_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date | None
    end: date | None
    current: bool
    span: tuple[int, int]  # where it was found in the line


def parse_point(text: str) -> date | None:
    """'Jan 2015', 'January, 2015', "Jan '15", '01/2015', '2015' -> the first of that month."""
    text = text.strip().lower()
    numeric = re.fullmatch(rf"(\d{{1,2}})\s*[/.-]\s*({_YEAR})", text)
    if numeric:
        return date(int(numeric.group(2)), int(numeric.group(1)), 1)
    if re.fullmatch(_YEAR, text):
        return date(int(text), 1, 1)
    named = re.fullmatch(rf"({_MONTH})\s*,?\s*({_YEAR}|'\d\d)", text)
    if named:
        year_text = named.group(2)
        year = int(year_text[1:]) + 2000 if year_text.startswith("'") else int(year_text)
        if year_text.startswith("'") and year > date.today().year:
            year -= 100
        return date(year, _MONTHS[named.group(1)[:3]], 1)
    return None


def find_date_range(line: str) -> DateRange | None:
    """The first date range in a line, or a lone month/year as the start of one."""
    match = RANGE.search(line)
    if match:
        end_text = match.group("end")
        current = bool(_NOW_WORD.match(end_text))
        start = parse_point(match.group("start"))
        end = None if current else parse_point(end_text)
        if start is not None and end is not None and end < start:
            return None
        return DateRange(start, end, current, match.span())
    single = SINGLE.search(line)
    if single:
        return DateRange(parse_point(single.group("start")), None, False, single.span())
    return None


def join_fragments(lines: list[str] | tuple[str, ...]) -> list[str]:
    """Lines with pieces that belong on one line put back together.

    A lone "," joins the short lines around it ("City", ",", "State" -> "City, State"). A
    date range broken over lines becomes one line: "11/2010", "to", "01/2015" ->
    "11/2010 to 01/2015"; "Finance Manager 11/2010", "-", "Present"; "Jan 2015 to",
    "Mar 2018"; and a line ending with a month/year followed by a lone month/year that is
    not earlier, or "Present" ("Jan 2005", "Mar 2006" -> "Jan 2005 - Mar 2006").
    """
    joined: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if line == "," and joined and _fragment(after) and _joinable_before_comma(joined[-1]):
            joined[-1] = f"{joined[-1]}, {after}"
            i += 2
        else:
            joined.append(line)
            i += 1
    ranges: list[str] = []
    i = 0
    while i < len(joined):
        found = _split_range(joined, i)
        if found is None:
            ranges.append(joined[i])
            i += 1
        else:
            ranges.append(found[0])
            i += found[1]
    return ranges


def _fragment(line: str) -> bool:
    return 0 < len(line.split()) <= _MAX_FRAGMENT_WORDS and line != ","


def _joinable_before_comma(line: str) -> bool:
    return 0 < len(line.split()) <= _MAX_TITLE_WORDS and not line.endswith((".", ":", ";", ","))


def _split_range(lines: list[str], i: int) -> tuple[str, int] | None:
    """The date range that starts on line ``i`` and ends on a later line, and how many
    lines it takes; None when there is none."""
    first = lines[i]
    if not _ENDS_WITH_POINT.search(first) or _complete(find_date_range(first)):
        return None
    second = lines[i + 1] if i + 1 < len(lines) else ""
    third = lines[i + 2] if i + 2 < len(lines) else ""
    candidates: list[tuple[str, int]] = []
    if _LONE_SEPARATOR.match(second) and _LONE_END.match(third):
        candidates.append((f"{first} {second} {third}", 3))
    if _LONE_END.match(second):
        candidates.append((f"{first} {second}", 2))
        if _ENDS_WITH_MONTH_YEAR.search(first) and _LONE_MONTH_YEAR_OR_NOW.match(second):
            candidates.append((f"{first} - {second}", 2))
    for text, count in candidates:
        found = find_date_range(text)
        if _complete(found) and found is not None and found.span[1] == len(text):
            return text, count
    return None


def _complete(found: DateRange | None) -> bool:
    return (
        found is not None and found.start is not None and (found.end is not None or found.current)
    )


def _role_dates(line: str) -> DateRange | None:
    """Dates that head a role: at the start or end of the line, or on a short line."""
    found = find_date_range(line)
    if found is None:
        return None
    before = line[: found.span[0]].strip(_EDGE_PUNCTUATION)
    after = line[found.span[1] :].strip(_EDGE_PUNCTUATION)
    if not before or not after or len(line.split()) <= _MAX_TITLE_WORDS:
        return found
    return None


def dated_roles(lines: list[str] | tuple[str, ...]) -> tuple[DatedRole, ...]:
    """Roles in the order they appear; each keeps the lines from its title to the next."""
    anchors = [(i, dates) for i, line in enumerate(lines) if (dates := _role_dates(line))]
    if not anchors:
        return ()
    title_before = anchors[0][0] > 0
    starts: list[int] = []
    titles: list[str] = []
    previous_anchor = -1
    for n, (i, dates) in enumerate(anchors):
        rest = _without_dates(lines[i], dates)
        before = _title_line(lines, i, -1, previous_anchor) if title_before else None
        if before is not None:
            starts.append(before)
            titles.append(lines[before].strip(_EDGE_PUNCTUATION))
        elif rest:
            starts.append(i)
            titles.append(rest)
        else:
            next_anchor = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
            after = _title_line(lines, i, 1, next_anchor)
            starts.append(i)
            titles.append(lines[after].strip(_EDGE_PUNCTUATION) if after is not None else "")
        previous_anchor = i
    roles: list[DatedRole] = []
    for n, ((_, dates), start, title) in enumerate(zip(anchors, starts, titles, strict=True)):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        roles.append(
            DatedRole(title, dates.start, dates.end, dates.current, tuple(lines[start:end]))
        )
    return tuple(roles)


def _title_line(lines: list[str] | tuple[str, ...], i: int, step: int, limit: int) -> int | None:
    """The title-like line nearest to line ``i`` in direction ``step``, before ``limit``.

    Up to ``_MAX_FILLERS`` lines holding only a separator ("/", "|") or a place ("City,
    State", "Austin, TX") are passed over.
    """
    k = i + step
    for _ in range(_MAX_FILLERS + 1):
        if (k - limit) * step >= 0:
            return None
        if not _FILLER.match(lines[k]):
            return k if _title_like(lines[k]) else None
        k += step
    return None


def _without_dates(line: str, dates: DateRange) -> str:
    rest = f"{line[: dates.span[0]]} {line[dates.span[1] :]}"
    return " ".join(rest.split()).strip(_EDGE_PUNCTUATION)


def _title_like(line: str) -> bool:
    words = line.split()
    if _CONNECTOR.fullmatch(line.strip()):
        return False  # "to" or "- Present" left over from dates split across lines
    return 0 < len(words) <= _MAX_TITLE_WORDS and not line.rstrip().endswith(".")
