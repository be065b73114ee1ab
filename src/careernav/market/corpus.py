"""Job-posting corpora: CSV or JSONL files with a title, a company and a description."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path

from careernav.errors import DataSourceError

_TITLE = ("title", "job title", "job_title", "position")
_COMPANY = ("company", "company name", "companyname", "company_name", "employer")
_DESCRIPTION = ("description", "job description", "job_description", "text")
_DATE = ("publishedat", "date", "date_posted", "posted", "posted_at")


@dataclass(frozen=True)
class Posting:
    title: str
    company: str
    description: str
    posted: str | None
    source: str


def _column(header: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {h.strip().lower(): h for h in header if h}
    return next((lowered[n] for n in names if n in lowered), None)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as error:
                        raise DataSourceError(
                            f"{path.name} line {number} is not JSON: {error.msg}."
                        ) from None
        return
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def read_postings(path: Path) -> Iterator[Posting]:
    """Postings of one corpus file; columns are found by their usual names."""
    if not path.is_file():
        raise DataSourceError(f"No job-posting file at {path}.")
    rows = _rows(path)
    first = next(rows, None)
    if first is None:
        return
    header = list(first)
    title, description = _column(header, _TITLE), _column(header, _DESCRIPTION)
    if title is None or description is None:
        raise DataSourceError(
            f"{path.name} needs a title and a description column; it has {', '.join(header)}.",
            hint="Rename the columns to 'title' and 'description'.",
        )
    company, posted = _column(header, _COMPANY), _column(header, _DATE)
    for row in chain([first], rows):
        text = (row.get(description) or "").strip()
        if text:
            yield Posting(
                title=(row.get(title) or "").strip(),
                company=(row.get(company) or "").strip() if company else "",
                description=text,
                posted=iso_date(row.get(posted) or "") if posted else None,
                source=path.name,
            )


_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d")


def iso_date(value: str) -> str | None:
    """A posting date as YYYY-MM-DD when it is in a usual format, else None."""
    text = value.strip()[:10]
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None
