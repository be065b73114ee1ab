"""Udemy courses (a public Kaggle-derived table; facts only): paid and free video courses.

Columns: course_id, course_title, url, is_paid, price, num_subscribers, num_reviews, level,
content_duration (hours of video), subject. A subject that names a skill ("Web Development",
"Graphic Design") is used only when the title names none. The table has no language column:
it is guessed from the title.
"""

from __future__ import annotations

from pathlib import Path

from careernav.knowledge.effort import estimated_hours
from careernav.knowledge.importers.base import (
    NO_SKILL,
    ImportBatch,
    ImportResult,
    ImportSummary,
    OnItem,
    read_rows,
)
from careernav.knowledge.importers.numbers import to_float, to_int
from careernav.knowledge.importers.senses import without_other_senses
from careernav.knowledge.language import guess_language
from careernav.knowledge.levels import is_estimated, resolve_level
from careernav.knowledge.mapping import ResourceText, SkillMapper
from careernav.knowledge.model import Popularity
from careernav.models import Level

NAME = "udemy"
SOURCE = "Udemy course facts from a public Kaggle-derived table (udemy_courses.csv)"
LICENCE = "no licence; facts only (title, URL, level, hours, price, subscribers, reviews)"
SKILL_SUBJECTS = frozenset({"Web Development", "Graphic Design"})
COLUMNS = (
    "course_id", "course_title", "url", "is_paid", "price", "num_subscribers",
    "num_reviews", "level", "content_duration", "subject",
)  # fmt: skip


def read_udemy(path: Path, mapper: SkillMapper, on_item: OnItem | None = None) -> ImportResult:
    batch = ImportBatch(ImportSummary(source=NAME, path=path), on_item)
    for row in read_rows(path, COLUMNS):
        batch.row_read()
        title = row["course_title"]
        level = resolve_level(row["level"], title, Level.BASIC)
        subjects = (row["subject"],) if row["subject"] in SKILL_SUBJECTS else ()
        text = ResourceText(title, subjects=subjects)
        skills = without_other_senses(title, mapper.taught(text, level, subjects_as_fallback=True))
        if not skills:
            batch.summary.skip(NO_SKILL)
            continue
        paid = row["is_paid"].lower() == "true"
        hours = to_float(row["content_duration"])
        batch.add(
            id=f"udemy:{row['course_id']}",
            title=title,
            url=row["url"],
            provider="Udemy",
            format="course",
            level=level,
            level_estimated=is_estimated(row["level"], title),
            language=guess_language(title),
            hours=round(hours, 2) if hours else estimated_hours("course"),
            free=not paid,
            price=to_float(row["price"]) if paid else None,
            access="paid" if paid else "free",
            skills=skills,
            topics=[row["subject"]],
            popularity=Popularity(
                learners=to_int(row["num_subscribers"]), ratings=to_int(row["num_reviews"])
            ),
            source=SOURCE,
            licence=LICENCE,
        )
    return batch.result()
