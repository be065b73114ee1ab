"""Mentions that are not the person's or the role's skills: degrees, employers, notices, names."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.filters import (
    describes_company,
    hiring_notice,
    in_degree_field,
    names_degree_field,
)
from careernav.extract.matcher import matcher_for
from careernav.taxonomy import load_taxonomy


def found(text: str, kind: str = "resume") -> set[str]:
    document = document_from_text(text, kind=kind)
    return {s.id for s in extract_skills(document, kind, semantic=False)}


def ids_in(text: str) -> list[str]:
    return [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


@pytest.mark.parametrize(
    "sentence",
    ["Master of Science : Mechanical Engineering , 12/2019",
     "MS degree preferred in applied statistics, computer science or engineering."],
)  # fmt: skip
def test_degree_fields_are_not_skills(sentence: str) -> None:
    assert in_degree_field(sentence, sentence.rindex("ngineering") - 1)


@pytest.mark.parametrize(
    ("line", "field"),
    [("Computer Science", True), ("Liberal Arts", True),
     ("State University City , State Bachelor of Science Mathematics Computer Science", True),
     ("Coursework in International Finance, Statistics and Microeconomics", False),
     ("Human Factors Security Aviation Safety Occupational Safety and Health Air Traffic", False)],
)  # fmt: skip
def test_education_lines_that_only_name_a_field(line: str, field: bool) -> None:
    assert names_degree_field(line) is field


@pytest.mark.parametrize(
    ("sentence", "company"),
    [("Kroll is the premier global valuation and corporate finance advisor with expertise "
      "in complex valuation.", True),
     ("It also provides guidance on market entry and payroll administration.", True),
     ("Leveraging over 30 years of success, our expertise in IT staffing and consulting.", True),
     ("Python is a must for this role.", False),
     ("Experience with SQL is required.", False)],
)  # fmt: skip
def test_sentences_about_the_employer(sentence: str, company: bool) -> None:
    assert describes_company(sentence) is company


def test_hiring_notices_and_page_code() -> None:
    assert hiring_notice("Approved recruiting agencies must submit resumes to HR first.")
    assert hiring_notice("var ac = document.createElement('script');")
    assert not hiring_notice("Recruit and train new analysts.")


def test_short_names_glued_to_other_words() -> None:
    assert "r" not in ids_in("Worked with R&D, QA and manufacturing")
    assert "business-intelligence" not in ids_in("Bi-lingual in English and Spanish")


def test_product_names_take_no_plural() -> None:
    assert "canva" not in ids_in("an open canvas to paint")
    assert "canva" in ids_in("Designed posts in Canva")
    assert "negotiation" in ids_in("Led negotiations with suppliers")


def test_lower_case_acronym_words_outside_a_skills_list() -> None:
    assert "scaled-agile" not in found("Summary\nMaintained a safe work environment, daily.")


def test_an_ambiguous_tool_name_before_a_job_title() -> None:
    assert "microsoft-project" not in found("Skills\nProject Manager, Budgeting, Scheduling")
