"""Gold development sets: labelled skills per document, with the document read from shared data."""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from careernav.errors import DataSourceError
from careernav.models import Document, DocumentKind, Level


class GoldSkill(BaseModel):
    name: str
    aliases: list[str] = []
    type: Literal["hard", "soft"]
    level: Level
    required: bool | None = None
    evidence: str = ""


class GoldSource(BaseModel):
    file: str
    key: str


class GoldDocument(BaseModel):
    id: str
    kind: DocumentKind
    title: str | None = None
    source: GoldSource
    skills: list[GoldSkill]


def load_gold(folder: Path) -> list[GoldDocument]:
    files = sorted(folder.glob("*/*.json"))
    if not files:
        raise DataSourceError(
            f"No gold files under {folder}.", hint="Expected resumes/*.json and jobs/*.json."
        )
    return [GoldDocument.model_validate_json(f.read_text(encoding="utf-8")) for f in files]


_KEY_COLUMNS = ("ID", "id", "")
_TEXT_COLUMNS = ("Resume_str", "description", "Job Description")


@lru_cache(maxsize=8)
def _csv_index(path: Path) -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        key = next(c for c in _KEY_COLUMNS if c in header)
        text = next(c for c in _TEXT_COLUMNS if c in header)
        return {row[key]: row[text] for row in reader}


def read_gold_document(gold: GoldDocument, shared_data: Path) -> Document:
    """The document a gold file labels, read from the shared data folder (never copied)."""
    from careernav.documents import document_from_text, read_path

    path = shared_data / gold.source.file
    if not path.exists():
        raise DataSourceError(
            f"{gold.id}: source {path} is missing.", hint="Set CAREERNAV_SHARED_DATA."
        )
    if path.suffix.lower() == ".csv":
        text = _csv_index(path).get(gold.source.key)
        if text is None:
            raise DataSourceError(f"{gold.id}: key {gold.source.key} not in {path.name}.")
        return document_from_text(text, gold.id, kind=gold.kind)
    return read_path(path, kind=gold.kind)
