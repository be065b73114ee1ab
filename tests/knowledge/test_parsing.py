"""Hand-checked durations, levels and skill mapping of single titles."""

from __future__ import annotations

import pytest

from careernav.knowledge.effort import hours_from, parse_hours_per_week, parse_weeks
from careernav.knowledge.levels import level_from_title, resolve_level
from careernav.knowledge.mapping import ResourceText, SkillMapper
from careernav.models import Level
from careernav.taxonomy import load_taxonomy


@pytest.mark.parametrize(
    ("duration", "effort", "hours"),
    [
        ("6 Weeks", "4–6 hours per week", 30.0),
        ("10-12 weeks", "6-10 hours/week", 88.0),
        ("6 months", "5 hours/week", 129.9),
        ("1.5 total hours", None, 1.5),
        ("45 mins", None, 0.75),
        ("", "-", None),
    ],
)
def test_hours_from(duration: str, effort: str | None, hours: float | None) -> None:
    assert hours_from(duration, effort) == hours


def test_weeks_and_weekly_effort() -> None:
    assert parse_weeks("13 weeks") == 13
    assert parse_hours_per_week("2–3 hours per week") == 2.5
    assert parse_hours_per_week("6 weeks") is None


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Introduction to Financial Accounting", Level.BASIC),
        ("Python for Beginners", Level.BASIC),
        ("Advanced Valuation and Strategy", Level.EXPERT),
        ("Mastering Excel Pivot Tables", Level.EXPERT),
        ("Intermediate Accounting 1", Level.INTERMEDIATE),
        ("Java from Beginner to Expert", Level.INTERMEDIATE),
        ("Machine Learning", None),
        ("Master Typescript : Learn Typescript from scratch", None),  # marketing, no level
        ("Photoshop CC MasterClass", None),
    ],
)
def test_level_from_title(title: str, level: Level | None) -> None:
    assert level_from_title(title) == level


def test_source_level_wins_and_all_levels_is_basic() -> None:
    assert resolve_level("Intermediate", "Introduction to X", Level.BASIC) == Level.INTERMEDIATE
    assert resolve_level("Expert Level", "X Fundamentals in Practice", Level.BASIC) == Level.EXPERT
    assert resolve_level("All Levels", "Python", Level.INTERMEDIATE) == Level.BASIC
    assert resolve_level("All Levels", "Advanced Python", Level.BASIC) == Level.EXPERT
    assert resolve_level(None, "Python", Level.INTERMEDIATE) == Level.INTERMEDIATE


@pytest.fixture(scope="module")
def mapper() -> SkillMapper:
    return SkillMapper(load_taxonomy())


def test_title_subject_and_methods(mapper: SkillMapper) -> None:
    taught = mapper.taught(ResourceText("Dive into Deep Learning", subjects=("Machine Learning",)),
                           Level.INTERMEDIATE)  # fmt: skip
    methods = {t.skill_id: (t.method, t.score) for t in taught}
    assert methods["deep-learning"] == ("dictionary", 1.0)
    assert methods["machine-learning"] == ("source-subject", 0.6)


def test_subject_as_fallback_only(mapper: SkillMapper) -> None:
    text = ResourceText("Learn PHP From Scratch", subjects=("Web Development",))
    ids = [t.skill_id for t in mapper.taught(text, Level.BASIC, subjects_as_fallback=True)]
    assert ids == ["php"]


def test_ambiguous_name_needs_context(mapper: SkillMapper) -> None:
    assert "go" not in mapper.skill_ids("Go Big or Go Home")
    assert "go" in mapper.skill_ids("Go", label=True)
    assert "microsoft-excel" in mapper.skill_ids("Excel for Data Analysis and Reports")
    assert "microsoft-project" not in mapper.skill_ids("JavaScript Projects for Beginners")


def test_a_title_at_the_other_end_of_the_scale_overrides_the_source() -> None:
    assert resolve_level("Expert Level", "Python for Beginners", Level.BASIC) == Level.BASIC
    assert resolve_level("Introductory", "Advanced Topics in SQL", Level.BASIC) == Level.EXPERT
    assert resolve_level("Expert Level", "Practical PHP: Master the Basics", Level.BASIC) == (
        Level.BASIC
    )
    assert level_from_title("PHP for Beginners - Become a PHP Master") == Level.INTERMEDIATE
    # "Fundamentals" also heads advanced courses: the source's Expert stands
    assert resolve_level("Advanced", "Machine Learning Fundamentals", Level.BASIC) == Level.EXPERT
