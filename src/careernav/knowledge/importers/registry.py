"""The importers by source name, and a clear error for a name that is not one of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from careernav.errors import DataSourceError
from careernav.knowledge.importers import coursera, edx, free_programming_books, ossu, udemy
from careernav.knowledge.importers.base import ImportResult, OnItem
from careernav.knowledge.mapping import SkillMapper

Reader = Callable[[Path, SkillMapper, OnItem | None], ImportResult]


class Source(NamedTuple):
    name: str
    read: Reader
    source: str  # the ``source`` line every resource of it carries
    licence: str


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source(free_programming_books.NAME, free_programming_books.read_free_programming_books,
               free_programming_books.SOURCE, free_programming_books.LICENCE),
        Source(ossu.NAME, ossu.read_ossu, ossu.SOURCE, ossu.LICENCE),
        Source(udemy.NAME, udemy.read_udemy, udemy.SOURCE, udemy.LICENCE),
        Source(edx.NAME, edx.read_edx, edx.SOURCE, edx.LICENCE),
        Source(coursera.NAME, coursera.read_coursera, coursera.SOURCE, coursera.LICENCE),
    )
}  # fmt: skip


class UnknownSourceError(DataSourceError, ValueError):
    code = "unknown_source"


def source_named(name: str) -> Source:
    """The importer for a source name; an unknown name lists the known ones."""
    found = SOURCES.get(name.strip().lower())
    if found is None:
        raise UnknownSourceError(
            f"Unknown resource source {name!r}.",
            hint=f"Use one of: {', '.join(SOURCES)}.",
        )
    return found
