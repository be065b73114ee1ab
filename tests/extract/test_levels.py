"""Levels from evidence: years in dated roles, cue words, sections; required flags in postings."""

from __future__ import annotations

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.models import ExtractedSkill, Level

RESUME = """Jordan Lee
jordan@example.com

SUMMARY
Analyst with 8 years of experience in financial modeling.

SKILLS
Python, Tableau, familiar with Docker

EXPERIENCE
Senior Analyst, Acme Corp
01/2016 to 03/2023
- Built SQL reports for the finance team every month.
- Advanced Microsoft Excel models for budgeting.

Analyst, Beta LLC
06/2014 to 12/2015
- Wrote SQL queries for month-end close.

EDUCATION
B.S. Economics, 2014. Coursework in statistics.
"""

POSTING = """Data Analyst

Requirements
- 5+ years of experience with SQL
- Strong Python skills
- Familiarity with Tableau

Nice to have
- Experience with Snowflake as a data warehouse
- Docker is a plus
"""


def by_id(skills: list[ExtractedSkill]) -> dict[str, ExtractedSkill]:
    return {s.id: s for s in skills}


def resume_skills() -> dict[str, ExtractedSkill]:
    return by_id(
        extract_skills(document_from_text(RESUME, kind="resume"), "resume", semantic=False)
    )


def job_skills() -> dict[str, ExtractedSkill]:
    return by_id(extract_skills(document_from_text(POSTING, kind="job"), "job", semantic=False))


def test_years_across_dated_roles_make_sql_expert() -> None:
    sql = resume_skills()["sql"]
    assert sql.level is Level.EXPERT
    assert sql.years is not None and sql.years >= 8.5  # 2014-06 .. 2023-03
    assert any("SQL" in quote for quote in sql.evidence)


def test_listed_only_is_basic_and_familiar_is_basic() -> None:
    skills = resume_skills()
    assert skills["python"].level is Level.BASIC
    assert skills["docker"].level is Level.BASIC


def test_stated_years_and_advanced_cue_make_expert() -> None:
    skills = resume_skills()
    assert skills["financial-modeling"].level is Level.EXPERT
    assert skills["microsoft-excel"].level is Level.EXPERT


def test_posting_levels_and_required_flags() -> None:
    skills = job_skills()
    assert (skills["sql"].level, skills["sql"].required, skills["sql"].years) == (
        Level.EXPERT,
        True,
        5.0,
    )
    assert (skills["python"].level, skills["python"].required) == (Level.INTERMEDIATE, True)
    assert (skills["tableau"].level, skills["tableau"].required) == (Level.BASIC, True)
    assert (skills["snowflake"].level, skills["snowflake"].required) == (Level.INTERMEDIATE, False)
    assert (skills["docker"].level, skills["docker"].required) == (Level.BASIC, False)


def test_resume_skills_have_no_required_flag() -> None:
    assert all(s.required is None for s in resume_skills().values())
