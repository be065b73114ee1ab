"""What every importer shares: reading a CSV with required columns, and the import summary."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from careernav.errors import DataSourceError
from careernav.knowledge.model import Resource

# Called once per source row read, for progress bars.
OnItem = Callable[[], None]

NO_SKILL = "no taxonomy skill in title or topic"


@dataclass
class ImportSummary:
    """Rows read from a source, resources imported, and rows skipped counted by reason."""

    source: str
    path: Path
    read: int = 0
    imported: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


@dataclass
class ImportResult:
    resources: list[Resource]
    summary: ImportSummary


@dataclass
class ImportBatch:
    """Collects one source's resources: validates each, drops duplicates, counts skips."""

    summary: ImportSummary
    on_item: OnItem | None = None
    resources: dict[str, Resource] = field(default_factory=dict)

    def row_read(self) -> None:
        self.summary.read += 1
        if self.on_item is not None:
            self.on_item()

    def add(self, **fields: object) -> None:
        """Validate and keep a resource; an invalid or repeated one is counted as skipped."""
        try:
            resource = Resource.model_validate(fields)
        except ValidationError as error:
            self.summary.skip(f"invalid {error.errors()[0]['loc'][0]}")
            return
        if resource.id in self.resources:
            self.summary.skip("duplicate")
            return
        self.resources[resource.id] = resource
        self.summary.imported += 1

    def result(self) -> ImportResult:
        return ImportResult(list(self.resources.values()), self.summary)


def count_rows(path: Path) -> int:
    """Data rows in a CSV file (records, not lines: quoted fields may span lines)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return max(0, sum(1 for _ in csv.reader(handle)) - 1)


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Rows of a UTF-8 CSV file, after checking it exists and has the required columns."""
    if not path.is_file():
        raise DataSourceError(f"File not found: {path}.", hint="Check the path and try again.")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [column for column in required if column not in header]
        if missing:
            raise DataSourceError(
                f"{path.name} has no column {', '.join(repr(c) for c in missing)}; "
                f"it has {', '.join(header) or 'no header'}.",
                hint="Is this the right file for this source?",
            )
        for row in reader:
            yield {key: (value or "").strip() for key, value in row.items() if key}
