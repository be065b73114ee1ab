"""OSSU curricula (computer science: MIT; data science: CC BY-SA 4.0): free university courses.

Columns: course, url, duration, effort, prerequisites (optional: curriculum, section,
subsection). Relative URLs point at course pages inside the curriculum's GitHub repository.
Level: title cues, else the curriculum stage (Intro -> Basic, Core -> Intermediate,
Advanced -> Expert). Hours: weeks x hours a week, else the course estimate.
"""

from __future__ import annotations

import re
from pathlib import Path

from careernav.knowledge.effort import estimated_hours, hours_from
from careernav.knowledge.identifiers import resource_id
from careernav.knowledge.importers.base import (
    NO_SKILL,
    ImportBatch,
    ImportResult,
    ImportSummary,
    OnItem,
    read_rows,
)
from careernav.knowledge.levels import is_estimated, resolve_level
from careernav.knowledge.mapping import ResourceText, SkillMapper
from careernav.knowledge.providers import is_audit_platform, provider_for
from careernav.models import Level

NAME = "ossu"
SOURCE = "OSSU (Open Source Society University) curricula, https://github.com/ossu"
LICENCE = "MIT (computer-science), CC BY-SA 4.0 (data-science)"
COLUMNS = ("course", "url", "duration", "effort", "prerequisites")
GITHUB = "https://github.com/{curriculum}/blob/master/{path}"

STAGE_LEVELS: dict[str, Level] = {
    "intro cs": Level.BASIC,
    "core cs": Level.INTERMEDIATE,
    "advanced cs": Level.EXPERT,
    "final project": Level.INTERMEDIATE,
}
_URL_END = re.compile(r"[)\s\]]")


def course_url(raw: str, curriculum: str) -> str:
    """An absolute URL: the first link of a cell; relative paths inside the OSSU repository."""
    url = _URL_END.split(raw.strip(), maxsplit=1)[0]
    if url.startswith(("http://", "https://")):
        return url
    return GITHUB.format(curriculum=curriculum or "ossu/computer-science", path=url.lstrip("/"))


def read_ossu(path: Path, mapper: SkillMapper, on_item: OnItem | None = None) -> ImportResult:
    batch = ImportBatch(ImportSummary(source=NAME, path=path), on_item)
    for row in read_rows(path, COLUMNS):
        batch.row_read()
        url = course_url(row["url"], row.get("curriculum", ""))
        fmt = "video" if provider_for(url) == "YouTube" else "course"
        stage = STAGE_LEVELS.get(row.get("section", "").lower(), Level.INTERMEDIATE)
        level = resolve_level(None, row["course"], stage)
        labels = tuple(label for label in (row.get("subsection", ""),) if label)
        skills = mapper.taught(ResourceText(row["course"], row.get("notes", ""), labels), level)
        if not skills:
            batch.summary.skip(NO_SKILL)
            continue
        batch.add(
            id=resource_id("ossu", row["course"], url),
            title=row["course"],
            url=url,
            provider=provider_for(url),
            format=fmt,
            level=level,
            level_estimated=is_estimated(None, row["course"])
            and row.get("section", "").lower() not in STAGE_LEVELS,
            hours=hours_from(row["duration"], row["effort"]) or estimated_hours(fmt),
            free=True,
            access="audit" if is_audit_platform(url) else "free",
            skills=skills,
            topics=[t for t in (row.get("curriculum", ""), row.get("subsection", "")) if t],
            source=SOURCE,
            licence=LICENCE,
        )
    return batch.result()
