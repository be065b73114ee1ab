"""Coursera courses with learner-review statistics (a public Kaggle-derived table; facts only).

Columns: name, institution, course_url, course_id, n_reviews, mean_rating (aggregated from
about 1.45M learner reviews). The table has no level, length or language: level comes from
title cues (else Basic, flagged as estimated), hours are the course estimate and the language
is guessed from the title. Coursera courses are free to audit.
"""

from __future__ import annotations

from pathlib import Path

from careernav.knowledge.effort import estimated_hours
from careernav.knowledge.identifiers import slugify
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

NAME = "coursera"
SOURCE = (
    "Coursera course facts and review statistics from a public Kaggle-derived table "
    "(coursera_courses_with_rating_stats.csv)"
)
LICENCE = "no licence; facts only (title, URL, institution, review count, mean rating)"
COLUMNS = ("name", "institution", "course_url", "course_id", "n_reviews", "mean_rating")


def read_coursera(path: Path, mapper: SkillMapper, on_item: OnItem | None = None) -> ImportResult:
    batch = ImportBatch(ImportSummary(source=NAME, path=path), on_item)
    for row in read_rows(path, COLUMNS):
        batch.row_read()
        level = resolve_level(None, row["name"], Level.BASIC)
        skills = without_other_senses(row["name"], mapper.taught(ResourceText(row["name"]), level))
        if not skills:
            batch.summary.skip(NO_SKILL)
            continue
        rating = to_float(row["mean_rating"])
        institution = row["institution"]
        batch.add(
            id=f"coursera:{slugify(row['course_id'] or row['name'])}",
            title=row["name"],
            url=row["course_url"],
            provider=f"Coursera / {institution}" if institution else "Coursera",
            format="course",
            level=level,
            level_estimated=is_estimated(None, row["name"]),
            language=guess_language(row["name"], institution),
            hours=estimated_hours("course"),
            free=True,
            access="audit",
            skills=skills,
            popularity=Popularity(
                rating=round(rating, 3) if rating is not None else None,
                ratings=to_int(row["n_reviews"]),
            ),
            source=SOURCE,
            licence=LICENCE,
        )
    return batch.result()
