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


@pytest.mark.parametrize(
    ("sentence", "units"),
    [("Work closely with Marketing and Sales teams", {"marketing"}),
     ("The role needs you to communicate clearly to various stakeholders of Product "
      "development, Engineering, Marketing, Sales & Leadership team.",
      {"product-development", "marketing", "sales"}),
     ("Work with sales and finance to make sure this product has a market.", {"sales"}),
     ("Work with marketing to help them understand the technical nuances.", {"marketing"})],
)  # fmt: skip
def test_departments_named_as_partners_are_not_skills(sentence: str, units: set[str]) -> None:
    assert not units & found(sentence, kind="job")


def test_a_field_that_qualifies_tools_is_not_asked_for() -> None:
    skills = found("Data science tools such as R, Python", kind="job")
    assert {"r", "python"} <= skills
    assert "data-science" not in skills
    assert "data-visualization" in found("Experience with data visualization tools", kind="job")


@pytest.mark.parametrize(
    ("sentence", "skill", "named"),
    [("He/she will be reporting to Bank reconciliation Team lead.", "reporting", False),
     ("Reporting to the Finance Director, you will own month-end.", "reporting", False),
     ("Ad hoc reporting to senior stakeholders using Excel.", "reporting", True),
     ("Developed work-flow charts to ensure production team compliance with client "
      "deadlines.", "regulatory-compliance", False),
     ("Ensure compliance with all regulations, policies, and procedures.",
      "regulatory-compliance", True)],
)  # fmt: skip
def test_words_of_a_name_in_their_everyday_sense(sentence: str, skill: str, named: bool) -> None:
    assert (skill in found(sentence, kind="job")) is named


@pytest.mark.parametrize(
    ("sentence", "company"),
    [("As HFI, we manufacture fire safety products and solutions, and provide consultancy, "
      "training, and full technical support, so that you always have peace of mind.", True),
     ("The hub provides resources for market development, technical services, software "
      "development and engineering design.", True),
     ("In future, the hub will also support assembly and manufacturing services.", True),
     ("The Data technology team is an agile and dynamic group.", True),
     ("You will provide technical support to our customers.", False)],
)  # fmt: skip
def test_the_employer_doing_its_business(sentence: str, company: bool) -> None:
    assert describes_company(sentence) is company
