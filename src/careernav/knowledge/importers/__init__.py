"""Importers of public learning catalogues: one module per source, one entry point here."""

from __future__ import annotations

from pathlib import Path

from careernav.config import Settings, get_settings
from careernav.knowledge.importers.base import ImportResult, ImportSummary, OnItem
from careernav.knowledge.importers.registry import SOURCES, UnknownSourceError, source_named
from careernav.knowledge.mapping import SkillMapper
from careernav.knowledge.model import CatalogueAbout
from careernav.knowledge.store import CATALOGUE_VERSION, imported_resources_path, merge_local
from careernav.taxonomy import load_taxonomy

__all__ = [
    "SOURCES",
    "ImportResult",
    "ImportSummary",
    "UnknownSourceError",
    "import_catalogue",
    "read_source",
]


def read_source(source: str, path: Path, on_item: OnItem | None = None) -> ImportResult:
    """Read a source file into resources mapped to the shipped taxonomy (nothing is saved)."""
    importer = source_named(source)
    return importer.read(path, SkillMapper(load_taxonomy()), on_item)


def import_catalogue(
    source: str,
    path: Path,
    settings: Settings | None = None,
    on_item: OnItem | None = None,
) -> ImportSummary:
    """Import a source file into the local imported catalogue (replacing an earlier import of
    the same source), which ``load_catalogue`` merges with the shipped one."""
    settings = settings or get_settings()
    importer = source_named(source)
    result = read_source(importer.name, path, on_item)
    about = CatalogueAbout(
        name="CareerNav imported learning resources",
        version=CATALOGUE_VERSION,
        sources=[f"{importer.source}; {importer.licence}"],
        licence="as each resource's source and licence fields say",
    )
    merge_local(
        imported_resources_path(settings), result.resources, about, replace_source=importer.source
    )
    return result.summary
