from __future__ import annotations

from datetime import date

import pytest

from careernav.documents import document_from_text
from careernav.documents.roles import dated_roles, find_date_range, join_fragments
from careernav.documents.sections import classify_heading
from careernav.models import DatedRole

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


# Experience sections as text taken from laid-out resumes has them: every field on a line of
# its own, with the dates of one role broken over three lines.
DATES_FIRST = ["11/2010", "to", "01/2015", "Company Name", "City", ",", "State",
               "Understands automobiles by studying manuals and attending training."]  # fmt: skip
EMPLOYER_FIRST = ["Company Name", "August 2007", "to", "October 2014",
                  "Electrical Engineering Lab Technician", "City", ",", "State",
                  "Calibrated test equipment."]  # fmt: skip
TITLE_FIRST = ["Finance Manager", "11/2010", "to", "01/2015", "Company Name", "City", ",",
               "State", "Closed the books each month."]  # fmt: skip


def _experience_roles(lines: list[str]) -> tuple[DatedRole, ...]:
    text = "\n \n".join(["Jane Doe", "Experience", *lines])  # blank-ish lines between fields
    (experience,) = [s for s in document_from_text(text).sections if s.kind == "experience"]
    for role in experience.roles:
        assert set(role.lines) <= set(experience.lines)
    return experience.roles


@pytest.mark.parametrize(
    ("lines", "title", "start", "end", "years"),
    [
        (DATES_FIRST, "Company Name", date(2010, 11, 1), date(2015, 1, 1), 4.17),
        (EMPLOYER_FIRST, "Company Name", date(2007, 8, 1), date(2014, 10, 1), 7.17),
        (TITLE_FIRST, "Finance Manager", date(2010, 11, 1), date(2015, 1, 1), 4.17),
    ],
)
def test_dates_broken_over_three_lines_make_one_role(
    lines: list[str], title: str, start: date, end: date, years: float
) -> None:
    (role,) = _experience_roles(lines)
    assert (role.title, role.start, role.end, role.current) == (title, start, end, False)
    assert role.years == years


def test_broken_dates_and_place_are_joined_in_the_section_lines() -> None:
    document = document_from_text("\n".join(["Experience", *DATES_FIRST]))
    assert document.sections[0].lines[:3] == ("11/2010 to 01/2015", "Company Name", "City, State")
    (role,) = document.sections[0].roles
    assert role.lines == document.sections[0].lines


@pytest.mark.parametrize("separator", ["to", "-", "–", "until"])
@pytest.mark.parametrize("now", ["Current", "Present"])
def test_broken_dates_running_to_now(separator: str, now: str) -> None:
    (role,) = _experience_roles(["Sales Associate", "06/2018", separator, now, "Company Name"])
    assert (role.title, role.start, role.end, role.current) == (
        "Sales Associate", date(2018, 6, 1), None, True,
    )  # fmt: skip
    expected = round((date.today() - date(2018, 6, 1)).days / 365.25, 2)
    assert role.years == expected


@pytest.mark.parametrize("separator", ["-", "–", "until"])
def test_broken_dates_with_other_separators(separator: str) -> None:
    (role,) = _experience_roles(["Company Name", "August 2007", separator, "October 2014"])
    assert (role.start, role.end, role.current, role.years) == (
        date(2007, 8, 1), date(2014, 10, 1), False, 7.17,
    )  # fmt: skip


def test_several_roles_with_broken_dates() -> None:
    lines = [*TITLE_FIRST, "Staff Accountant", "06/2008", "to", "10/2010", "Company Name",
             "City", ",", "State", "Reconciled accounts."]  # fmt: skip
    manager, accountant = _experience_roles(lines)
    assert (manager.title, manager.start, manager.end) == (
        "Finance Manager", date(2010, 11, 1), date(2015, 1, 1),
    )  # fmt: skip
    assert (accountant.title, accountant.start, accountant.end, accountant.years) == (
        "Staff Accountant", date(2008, 6, 1), date(2010, 10, 1), 2.33,
    )  # fmt: skip
    assert manager.lines[-1] == "Closed the books each month."
    assert accountant.lines[0] == "Staff Accountant"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Jan 2015 to", "Mar 2018"], ["Jan 2015 to Mar 2018"]),
        (["Jan 2015", "to Mar 2018"], ["Jan 2015 to Mar 2018"]),
        (["Jan 2005", "Mar 2006"], ["Jan 2005 - Mar 2006"]),
        (["Analyst, 04/2012", "Current"], ["Analyst, 04/2012 - Current"]),
        (["Analyst, 04/2012", "-", "06/2014"], ["Analyst, 04/2012 - 06/2014"]),
        (["2010", "to", "2013"], ["2010 to 2013"]),
        (["Boston", ",", "MA"], ["Boston, MA"]),
    ],
)
def test_join_fragments(lines: list[str], joined: list[str]) -> None:
    assert join_fragments(lines) == joined


@pytest.mark.parametrize(
    "lines",
    [
        ["Mar 2018", "to", "Jan 2015"],  # an end before the start is no range
        ["2015", "2016"],  # two lone years may be two things
        ["May 2011", "to", "Built things."],
        ["Jan 2010 - Mar 2012", "-", "Present"],  # the first line already holds a range
        ["Cut costs by 20% in 2015.", ",", "Led a team of five people across three sites."],
    ],
)
def test_join_fragments_leaves_other_lines_alone(lines: list[str]) -> None:
    assert join_fragments(lines) == lines


def test_title_skips_a_place_and_a_separator() -> None:
    lines = ["Assistant Teacher", "Austin, TX", "/", "Jan 2010 to Jun 2011", "Taught."]
    (role,) = dated_roles(lines)
    assert (role.title, role.lines[0]) == ("Assistant Teacher", "Assistant Teacher")
