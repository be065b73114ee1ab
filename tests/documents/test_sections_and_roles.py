from __future__ import annotations

from datetime import date

import pytest

from careernav.documents import document_from_text
from careernav.documents.roles import dated_roles, find_date_range
from careernav.documents.sections import classify_heading

RESUME = """Jane Doe
jane@example.com | +1 555 123 4567
PROFESSIONAL SUMMARY
Analyst moving into data science, with six years of reporting work.
Technical Skills:
• Python • SQL
Excel
Work History
Senior Analyst
Jan 2015 - Present
Built dashboards in Tableau.
Analyst
06/2011 to 12/2014
Wrote SQL reports.
Education
BSc Economics, 2007 - 2011
Interests
Chess
"""

POSTING = """Data Scientist at Acme
We build tools for farmers.
What you will do
Train models on sensor data.
Requirements:
3+ years of Python
Nice to have
Experience with Spark
## Our culture
We value kindness.
Benefits
Health insurance
"""


def test_resume_sections() -> None:
    document = document_from_text(RESUME, "resume.txt")
    kinds = [(s.kind, s.heading) for s in document.sections]
    assert kinds == [
        ("contact", ""),
        ("summary", "PROFESSIONAL SUMMARY"),
        ("skills", "Technical Skills"),
        ("experience", "Work History"),
        ("education", "Education"),
        ("other", "Interests"),
    ]
    assert document.sections[0].lines == ("Jane Doe", "jane@example.com | +1 555 123 4567")
    assert document.sections[2].lines == ("Python", "SQL", "Excel")


def test_resume_roles_have_titles_dates_and_lines() -> None:
    experience = document_from_text(RESUME).sections[3]
    senior, analyst = experience.roles
    assert (senior.title, senior.start, senior.end, senior.current) == (
        "Senior Analyst", date(2015, 1, 1), None, True,
    )  # fmt: skip
    assert senior.lines == ("Senior Analyst", "Jan 2015 - Present", "Built dashboards in Tableau.")
    assert (analyst.title, analyst.start, analyst.end, analyst.current) == (
        "Analyst", date(2011, 6, 1), date(2014, 12, 1), False,
    )  # fmt: skip
    assert analyst.years == pytest.approx(3.5, abs=0.01)


def test_job_posting_sections() -> None:
    document = document_from_text(POSTING, "posting.txt", kind="job")
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("about", ""),
        ("responsibilities", "What you will do"),
        ("requirements", "Requirements"),
        ("preferred", "Nice to have"),
        ("preferred", "Our culture"),  # an unknown heading keeps the previous kind
        ("benefits", "Benefits"),
    ]
    assert document.sections[2].lines == ("3+ years of Python",)


def test_text_before_a_heading_is_a_summary_when_it_is_prose() -> None:
    document = document_from_text("Accountant with ten years in audit and tax work.\nSkills\nSQL")
    assert [s.kind for s in document.sections] == ["summary", "skills"]


def test_inline_heading_keeps_its_content() -> None:
    document = document_from_text("Jane\nSkills: Python, SQL\nEducation\nBA")
    skills = document.sections[1]
    assert (skills.kind, skills.heading, skills.lines) == ("skills", "Skills", ("Python, SQL",))


@pytest.mark.parametrize(
    ("line", "kind", "expected"),
    [
        ("EXPERIENCE", "resume", "experience"),
        ("Professional Experience", "resume", "experience"),
        ("Core Competencies", "resume", "skills"),
        ("Licenses & Certifications", "resume", "certifications"),
        ("# My Projects", "resume", "projects"),
        ("Minimum Qualifications:", "job", "requirements"),
        ("Preferred Qualifications", "job", "preferred"),
        ("Perks", "job", "benefits"),
        ("Qualifications", "resume", "skills"),
        ("Qualifications", "job", "requirements"),
    ],
)
def test_headings(line: str, kind: str, expected: str) -> None:
    heading = classify_heading(line, kind)  # type: ignore[arg-type]
    assert heading is not None and heading.kind == expected


@pytest.mark.parametrize(
    "line",
    ["Excellent Interpersonal Skills", "Led the education team for five years.", "Skilled"],
)
def test_ordinary_lines_are_not_headings(line: str) -> None:
    assert classify_heading(line, "resume") is None


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("01/2015 to 03/2018", date(2015, 1, 1), date(2018, 3, 1), False),
        ("Jan 2015 - Present", date(2015, 1, 1), None, True),
        ("2012 - 2016", date(2012, 1, 1), date(2016, 1, 1), False),
        ("March 2019 – Current", date(2019, 3, 1), None, True),
        ("06/2011 to Current", date(2011, 6, 1), None, True),
        ("2010 to 2013", date(2010, 1, 1), date(2013, 1, 1), False),
        ("Sept. 2018 — Aug. 2020", date(2018, 9, 1), date(2020, 8, 1), False),
        ("Analyst, Acme Corp (May 2014 to July 2014)", date(2014, 5, 1), date(2014, 7, 1), False),
    ],
)
def test_date_ranges(text: str, start: date, end: date | None, current: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.current) == (start, end, current)


def test_years_of_a_role() -> None:
    (role,) = dated_roles(["Analyst", "2012 - 2016", "Did things."])
    assert role.years == 4.0
    (open_role,) = dated_roles(["Manager", "March 2019 – Current"])
    assert open_role.current and open_role.years is not None and open_role.years > 5


def test_title_on_the_dates_line() -> None:
    roles = dated_roles(
        ["Data Engineer, Acme | 2018 - 2020", "Built pipelines.", "Analyst, Beta | 2015 - 2018"]
    )
    assert [r.title for r in roles] == ["Data Engineer, Acme", "Analyst, Beta"]
    assert roles[0].lines == ("Data Engineer, Acme | 2018 - 2020", "Built pipelines.")


def test_numbers_in_bullets_are_not_roles() -> None:
    assert find_date_range("Cut costs by 20% in 2015 across 3000 stores") is None
    assert dated_roles(["Grew revenue 2015 - 1990 units"]) == ()


def test_dates_split_across_lines_do_not_become_titles() -> None:
    (role,) = dated_roles(["May 2011", "to", "Built things."])
    assert (role.title, role.start) == ("", date(2011, 5, 1))
