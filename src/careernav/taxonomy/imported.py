"""What the ESCO and O*NET importers share: reading the source tables, storing the result.

An imported taxonomy lives in ``settings.imported_dir / NAME`` as ``NAME.json.gz`` (records
with the source's version and the import date) and, for ESCO, a ``.npy`` matrix of label
embeddings. A new import is written to a sibling folder and swapped in at the end, so a
failed import never leaves a half-written one behind.
"""

from __future__ import annotations

import csv
import gzip
import json
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from careernav.errors import DataSourceError

# Called with a short message as each import stage starts ("Reading skills_en.csv ...").
ProgressCallback = Callable[[str], None]

RECORDS_FILE_SUFFIX = ".json.gz"


def require_directory(directory: Path, source: str, expected_file: str) -> Path:
    """``directory`` if it exists, else a DataSourceError naming the folder and what it needs."""
    if not directory.is_dir():
        raise DataSourceError(
            f"{source} folder not found: {directory}",
            hint=f"Pass the folder of the {source} release that contains {expected_file}.",
        )
    return directory


def read_table(
    path: Path, required: Sequence[str], *, delimiter: str = ",", source: str
) -> list[dict[str, str]]:
    """Rows of a CSV or tab-separated file, after checking the columns CareerNav needs.

    A missing file or column raises DataSourceError naming both, so the user can tell a
    wrong folder from a changed release format.
    """
    if not path.is_file():
        raise DataSourceError(
            f"{source} file missing: {path.name} (looked in {path.parent})",
            hint=f"Pass the folder of the complete {source} release.",
        )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter, quoting=_quoting(delimiter))
        columns = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in required if name not in columns]
        if missing:
            raise DataSourceError(
                f"{source} file {path.name} has no column {', '.join(repr(m) for m in missing)}"
                f" (found: {', '.join(columns) or 'no header'})",
                hint=f"Use the official {source} export, unmodified.",
            )
        reader.fieldnames = columns
        return [{key: (value or "").strip() for key, value in row.items()} for row in reader]


def _quoting(delimiter: str) -> int:
    # O*NET's tab-separated text files use bare double quotes inside values.
    return csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL


def split_lines(value: str) -> list[str]:
    """A multi-line cell (ESCO alt labels) as distinct non-empty lines, order kept."""
    seen: dict[str, None] = {}
    for line in value.splitlines():
        line = " ".join(line.split())
        if line:
            seen.setdefault(line, None)
    return list(seen)


def records_path(folder: Path, name: str) -> Path:
    return folder / f"{name}{RECORDS_FILE_SUFFIX}"


def write_records(path: Path, payload: dict[str, Any]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))


def read_records(path: Path, *, format_version: int, source: str) -> dict[str, Any]:
    """An imported records file, checked against the format this version of CareerNav writes."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            payload = json.load(handle)
    except (OSError, EOFError, json.JSONDecodeError) as exc:
        raise DataSourceError(
            f"The imported {source} data at {path} is unreadable ({exc}).",
            hint=f"Run `careernav taxonomy import {source.lower().replace('*', '')} DIR` again.",
        ) from exc
    if payload.get("format") != format_version:
        raise DataSourceError(
            f"The imported {source} data at {path} was written by another CareerNav version.",
            hint=f"Run `careernav taxonomy import {source.lower().replace('*', '')} DIR` again.",
        )
    return payload


@contextmanager
def replacing_folder(target: Path) -> Iterator[Path]:
    """A fresh staging folder that replaces ``target`` when the block finishes without error."""
    staging = target.with_name(target.name + ".importing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = target.with_name(target.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    staging.rename(target)
    shutil.rmtree(previous, ignore_errors=True)


def report(progress: ProgressCallback | None, message: str) -> None:
    if progress is not None:
        progress(message)
