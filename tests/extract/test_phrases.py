"""Skills named by a duty: verb and object, work products, and spelling variants of names."""

from __future__ import annotations

import pytest

from careernav.extract.duties import duty_patterns
from careernav.extract.matcher import matcher_for
from careernav.extract.phrases import verb_object_patterns
from careernav.extract.surfaces import takes_plural
from careernav.taxonomy import load_taxonomy


def duty_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in duty_patterns(load_taxonomy()).find(sentence)}


def phrase_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in verb_object_patterns(load_taxonomy()).find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Maintained three department budgets.", "budgeting"),
     ("Review client protocols and prepare proposals and quotations.", "proposal-writing"),
     ("Create and present compelling reports to stakeholders.", "reporting"),
     ("Development of departmental budgets.", "budgeting"),
     ("Budgeted and forecasted monthly operating expenses.", "forecasting")],
)  # fmt: skip
def test_work_products_of_duties(sentence: str, skill: str) -> None:
    assert skill in duty_ids(sentence)


def test_a_work_product_without_a_work_verb_is_no_duty() -> None:
    assert "reporting" not in duty_ids("The role reports to the finance director.")
    assert "budgeting" not in duty_ids("The budget for this project is large.")


def test_nouns_that_look_like_verbs_need_a_verbs_place() -> None:
    assert not phrase_ids("Co Own the financial plan of the business unit")
    assert not phrase_ids("You might create useful model features - including leveraging data")
    assert "production-planning" in phrase_ids("Plan and coordinate work with the Production team")
    assert "vendor-management" in phrase_ids("Managed vendor relationships for the region")


def test_a_capitalised_verb_inside_a_title_is_no_duty() -> None:
    hits = phrase_ids("Creating the calendar with the Managing Editor and Social Media team")
    assert "social-media-management" not in hits


@pytest.mark.parametrize(
    ("text", "skill"),
    [("Power Point decks", "microsoft-powerpoint"),
     ("Worker's Compensation claims", "workers-compensation"),
     ("home healthcare standards", "home-health-care"),
     ("Oracle Financial, PeopleSoft", "oracle-erp"),
     ("a natural problem solver and team player", "teamwork")],
)  # fmt: skip
def test_spelling_variants_of_names(text: str, skill: str) -> None:
    assert skill in [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


@pytest.mark.parametrize(
    ("surface", "plural"),
    [("API", True), ("dashboard", True), ("Negotiation", True), ("Canva", False),
     ("GloVe", False), ("Data Pipeline", True)],
)  # fmt: skip
def test_which_names_take_a_plural(surface: str, plural: bool) -> None:
    assert takes_plural(surface) is plural


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Inputted customer data into company system.", "data-entry"),
     ("Processed and input course master files for all courses.", "data-entry"),
     ("processed insurance billing and typed patient reports for the Speech Therapist.",
      "typing"),
     ("Receipted incoming cash, credit cards, and checks.", "cash-handling"),
     ("Handled inventory and controlled cash.", "cash-handling"),
     ("Exceeds sales goals by following up on leads and monitoring market trends.",
      "market-research"),
     ("Reduced and controlled expenses by adhering to budgets.", "cost-control"),
     ("Manage technical support staff, contractors, energy providers.", "vendor-management"),
     ("Events (speech writing, managing service providers, drafting).", "vendor-management"),
     ("Coordinate and deliver annual HR conference with corporate HR team.", "event-planning"),
     ("Hired and trained new cashiers.", "recruiting")],
)  # fmt: skip
def test_duties_that_name_a_skill_by_their_verb(sentence: str, skill: str) -> None:
    assert skill in duty_ids(sentence)


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Entered the data science field in 2015.", "data-entry"),
     ("4+ years experience in enterprise data management and Hadoop.", "data-entry"),
     ("Develop SQL queries to analyze the quality of key data elements.", "data-entry"),
     ("This role will lead the development of big data capabilities.", "data-entry"),
     ("Organizing the preparation of periodic financial reports.", "typing"),
     ("Managed cash flow for the company.", "cash-handling"),
     ("Was hired as a cashier in 2012.", "recruiting")],
)  # fmt: skip
def test_look_alike_duties_that_name_no_skill(sentence: str, skill: str) -> None:
    assert skill not in duty_ids(sentence)


def test_reviewing_a_work_product_names_its_skill() -> None:
    assert "code-review" in phrase_ids("Refine the architecture, developing, and reviewing code")
