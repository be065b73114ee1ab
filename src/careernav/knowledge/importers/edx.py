"""edX courses (a public Kaggle-derived table; facts only): university courses, free to audit.

Columns: title, course_url, n_enrolled, Level, course_effort ("4–6 hours per week"),
course_length ("6 Weeks"), subject, language, institution, price ("FREE-Add a Verified
Certificate for $49 USD"). Hours are weeks x hours a week. Subjects that name a discipline
(SKILL_SUBJECTS) are used only when the title names no skill; broad ones ("Communication"
holds language courses) are not used.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from careernav.knowledge.effort import estimated_hours, hours_from
from careernav.knowledge.identifiers import slugify
from careernav.knowledge.importers.base import (
    NO_SKILL,
    ImportBatch,
    ImportResult,
    ImportSummary,
    OnItem,
    read_rows,
)
from careernav.knowledge.importers.numbers import to_int
from careernav.knowledge.importers.senses import without_other_senses
from careernav.knowledge.levels import is_estimated, resolve_level
from careernav.knowledge.mapping import ResourceText, SkillMapper
from careernav.knowledge.model import Popularity
from careernav.models import Level

NAME = "edx"
SOURCE = "edX course facts from a public Kaggle-derived table (edx_courses.csv)"
LICENCE = "no licence; facts only (title, URL, level, effort, length, enrolments)"
COLUMNS = (
    "title", "course_url", "n_enrolled", "Level", "course_effort", "course_length",
    "subject", "language", "institution", "price",
)  # fmt: skip
SKILL_SUBJECTS = frozenset({
    "Computer Science", "Data Analysis & Statistics", "Math", "Economics & Finance",
    "Chemistry", "Physics", "Electronics",
})  # fmt: skip
LANGUAGES = {
    "english": "en", "español": "es", "français": "fr", "italiano": "it", "中文": "zh",
    "português": "pt", "日本語": "ja", "اللغة العربية": "ar", "deutsch": "de",
}  # fmt: skip


def course_slug(url: str, title: str) -> str:
    """The last path segment of the course URL, else the title as a slug."""
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return slugify(last or title)


def read_edx(path: Path, mapper: SkillMapper, on_item: OnItem | None = None) -> ImportResult:
    batch = ImportBatch(ImportSummary(source=NAME, path=path), on_item)
    for row in read_rows(path, COLUMNS):
        batch.row_read()
        level = resolve_level(row["Level"], row["title"], Level.BASIC)
        subjects = (row["subject"],) if row["subject"] in SKILL_SUBJECTS else ()
        text = ResourceText(row["title"], subjects=subjects)
        taught = mapper.taught(text, level, subjects_as_fallback=True)
        skills = without_other_senses(row["title"], taught)
        if not skills:
            batch.summary.skip(NO_SKILL)
            continue
        free = row["price"].upper().startswith("FREE")
        institution = row["institution"]
        batch.add(
            id=f"edx:{course_slug(row['course_url'], row['title'])}",
            title=row["title"],
            url=row["course_url"],
            provider=f"edX / {institution}" if institution else "edX",
            format="course",
            level=level,
            level_estimated=is_estimated(row["Level"], row["title"]),
            hours=hours_from(row["course_length"], row["course_effort"])
            or estimated_hours("course"),
            free=free,
            access="audit" if free else "paid",
            language=LANGUAGES.get(row["language"].lower(), row["language"].lower() or "en"),
            skills=skills,
            topics=[row["subject"]],
            popularity=Popularity(learners=to_int(row["n_enrolled"])),
            source=SOURCE,
            licence=LICENCE,
        )
    return batch.result()
