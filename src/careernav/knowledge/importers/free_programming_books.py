"""free-programming-books (EbookFoundation, CC BY 4.0): books, courses, tutorials, podcasts.

Columns: resource_type, section, title, url, notes, is_youtube (optional: format_flags,
archived). The section's last part is a topic label ("Python", "HTML and CSS > Bootstrap");
notes hold authors and file formats (the authors join the provider: "YouTube (Gaurav Sen)").
Everything is free; hours are the documented estimates by format, and books without a level
cue count as Intermediate, other items as Basic (flagged as estimated).
"""

from __future__ import annotations

import re
from pathlib import Path

from careernav.knowledge.effort import estimated_hours
from careernav.knowledge.identifiers import resource_id
from careernav.knowledge.importers.base import (
    NO_SKILL,
    ImportBatch,
    ImportResult,
    ImportSummary,
    OnItem,
    read_rows,
)
from careernav.knowledge.importers.senses import without_other_senses
from careernav.knowledge.levels import is_estimated, resolve_level
from careernav.knowledge.mapping import ResourceText, SkillMapper
from careernav.knowledge.model import ResourceFormat
from careernav.knowledge.providers import provider_for
from careernav.models import Level

NAME = "free-programming-books"
SOURCE = (
    "free-programming-books (EbookFoundation), "
    "https://github.com/EbookFoundation/free-programming-books"
)
LICENCE = "CC BY 4.0"
COLUMNS = ("resource_type", "section", "title", "url", "notes", "is_youtube")

FORMATS: dict[str, ResourceFormat] = {
    "book": "book",
    "course": "course",
    "interactive_tutorial": "interactive",
    "playground": "interactive",
    "problem_set": "interactive",
    "cheatsheet": "article",
    "podcast_screencast": "podcast",
}
_PARENTHESES = re.compile(r"\([^)]*\)")
_ASIDES = re.compile(rf"{_PARENTHESES.pattern}|\*[^*]*\*")
_MAX_AUTHORS = 2


def authors_of(notes: str) -> str:
    """The authors a notes field names, without file formats and asides in brackets or
    asterisks: "Clifford A. Shaffer (PDF)" -> "Clifford A. Shaffer"; more than two names end
    in "et al."."""
    names = [" ".join(n.split()) for n in _ASIDES.sub(" ", notes).split(",")]
    names = [n for n in names if n]
    if len(names) > _MAX_AUTHORS:
        return f"{', '.join(names[:_MAX_AUTHORS])} et al."
    return ", ".join(names)


def provider_with_authors(url: str, notes: str) -> str:
    """The platform and who made the resource, so that three playlists all called "System
    Design" can be told apart: "YouTube (Gaurav Sen)"."""
    platform, authors = provider_for(url), authors_of(notes)
    return f"{platform} ({authors})" if authors and authors != platform else platform


def resource_format(resource_type: str, is_youtube: bool, flags: str) -> ResourceFormat | None:
    """YouTube links and screencasts are videos; other types by FORMATS; None when unknown."""
    lowered = flags.lower()
    if is_youtube or "screencast" in lowered or "youtube" in lowered:
        return "video"
    return FORMATS.get(resource_type)


def read_free_programming_books(
    path: Path, mapper: SkillMapper, on_item: OnItem | None = None
) -> ImportResult:
    batch = ImportBatch(ImportSummary(source=NAME, path=path), on_item)
    for row in read_rows(path, COLUMNS):
        batch.row_read()
        if row.get("archived") == "1":
            batch.summary.skip("archived link")
            continue
        fmt = resource_format(
            row["resource_type"], row["is_youtube"] == "1", row.get("format_flags", "")
        )
        if fmt is None:
            batch.summary.skip("unknown resource type")
            continue
        section = row["section"].replace("\\", "")
        topic = section.rsplit(" > ", 1)[-1]  # "HTML and CSS > Bootstrap" -> "Bootstrap"
        default = Level.INTERMEDIATE if fmt == "book" else Level.BASIC
        level = resolve_level(None, row["title"], default)
        text = ResourceText(row["title"], _PARENTHESES.sub(" ", row["notes"]), (topic,))
        skills = without_other_senses(
            row["title"], mapper.taught(text, level), labels=(topic,), computing=True
        )
        if not skills:
            batch.summary.skip(NO_SKILL)
            continue
        batch.add(
            id=resource_id("fpb", row["title"], row["url"]),
            title=row["title"],
            url=row["url"],
            provider=provider_with_authors(row["url"], row["notes"]),
            format=fmt,
            level=level,
            level_estimated=is_estimated(None, row["title"]),
            hours=estimated_hours(fmt),
            free=True,
            access="free",
            skills=skills,
            topics=[section],
            source=SOURCE,
            licence=LICENCE,
        )
    return batch.result()
