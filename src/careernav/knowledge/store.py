"""Where catalogues live: the shipped file, plus imported and user files under the data folder.

``load_catalogue`` merges the three (user over imported over shipped, by id) once and caches
the result until one of the files changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from careernav.config import Settings, get_settings
from careernav.errors import DataSourceError
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.model import CatalogueAbout, CatalogueFile, Resource

SHIPPED_CATALOGUE = "resources.json"
IMPORTED_FILE = "resources.imported.json"
USER_FILE = "resources.user.json"
CATALOGUE_VERSION = "1.0.0"


def imported_resources_path(settings: Settings) -> Path:
    return settings.data_dir / IMPORTED_FILE


def user_resources_path(settings: Settings) -> Path:
    return settings.data_dir / USER_FILE


def parse_catalogue(raw: bytes, origin: str) -> CatalogueFile:
    try:
        return CatalogueFile.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as error:
        raise DataSourceError(
            f"The resource catalogue {origin} is not valid: {error}",
            hint="Rebuild or delete it; `careernav kb import` and `kb add` write valid files.",
        ) from None


def read_shipped() -> CatalogueFile:
    raw = resources.files("careernav.data").joinpath(SHIPPED_CATALOGUE).read_bytes()
    return parse_catalogue(raw, SHIPPED_CATALOGUE)


def read_local(path: Path) -> CatalogueFile | None:
    return parse_catalogue(path.read_bytes(), str(path)) if path.is_file() else None


def catalogue_json(data: CatalogueFile) -> str:
    """The file text: the header on one line, then one resource per line (readable diffs)."""
    lines = [
        "{",
        f'"about": {json.dumps(data.about.model_dump(), ensure_ascii=False)},',
        '"resources": [',
    ]
    rows = [
        json.dumps(r.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False,
                   separators=(",", ":"))
        for r in data.resources
    ]  # fmt: skip
    lines.append(",\n".join(rows))
    lines.extend(["]", "}"])
    return "\n".join(lines) + "\n"


def write_catalogue(data: CatalogueFile, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(catalogue_json(data), encoding="utf-8")


def merge_local(
    path: Path, new: Iterable[Resource], about: CatalogueAbout, *, replace_source: str | None
) -> CatalogueFile:
    """Add resources to a local file, replacing same ids (and, with ``replace_source``, every
    earlier resource from that source), and write it."""
    current = read_local(path)
    incoming = {r.id: r for r in new}
    kept = [
        r for r in (current.resources if current else [])
        if r.id not in incoming and (replace_source is None or r.source != replace_source)
    ]  # fmt: skip
    sources = sorted({*(current.about.sources if current else []), *about.sources})
    data = CatalogueFile(
        about=about.model_copy(update={"sources": sources}),
        resources=[*kept, *incoming.values()],
    )
    write_catalogue(data, path)
    return data


@lru_cache(maxsize=4)
def _load(data_dir: Path, stamps: tuple[float, float]) -> Catalogue:
    layers = [read_shipped().resources]
    for path in (data_dir / IMPORTED_FILE, data_dir / USER_FILE):
        local = read_local(path)
        if local is not None:
            layers.append(local.resources)
    return Catalogue.from_resources(*layers)


def _stamp(path: Path) -> float:
    return path.stat().st_mtime if path.is_file() else 0.0


def load_catalogue(settings: Settings | None = None) -> Catalogue:
    """The shipped catalogue merged with imported and user resources; cached per file state."""
    settings = settings or get_settings()
    stamps = (
        _stamp(imported_resources_path(settings)),
        _stamp(user_resources_path(settings)),
    )
    return _load(settings.data_dir, stamps)
