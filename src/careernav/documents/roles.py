"""Experience section lines -> dated roles.

A role starts at a line holding a date range ("01/2015 to 03/2018", "Jan 2015 - Present",
"2012 - 2016", "March 2019 – Current") or a lone month/year. Its title is the line just
before the dates when the section's first dates come after some text (title, then dates),
otherwise the rest of the dates line, or the line after it.
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
    for i, dates in anchors:
        rest = _without_dates(lines[i], dates)
        if title_before and i - 1 > previous_anchor and _title_like(lines[i - 1]):
            starts.append(i - 1)
            titles.append(lines[i - 1].strip(_EDGE_PUNCTUATION))
        elif rest:
            starts.append(i)
            titles.append(rest)
        else:
            following = lines[i + 1] if i + 1 < len(lines) else ""
            starts.append(i)
            titles.append(following.strip(_EDGE_PUNCTUATION) if _title_like(following) else "")
        previous_anchor = i
    roles: list[DatedRole] = []
    for n, ((_, dates), start, title) in enumerate(zip(anchors, starts, titles, strict=True)):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        roles.append(
            DatedRole(title, dates.start, dates.end, dates.current, tuple(lines[start:end]))
        )
    return tuple(roles)


def _without_dates(line: str, dates: DateRange) -> str:
    rest = f"{line[: dates.span[0]]} {line[dates.span[1] :]}"
    return " ".join(rest.split()).strip(_EDGE_PUNCTUATION)


def _title_like(line: str) -> bool:
    words = line.split()
    if _CONNECTOR.fullmatch(line.strip()):
        return False  # "to" or "- Present" left over from dates split across lines
    return 0 < len(words) <= _MAX_TITLE_WORDS and not line.rstrip().endswith(".")
