"""Sentences cut or glued by a document's layout, and names that read as something else."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.filters import names_town
from careernav.extract.mentions import split_sentences


def found(text: str) -> set[str]:
    document = document_from_text(f"EXPERIENCE\nAnalyst, Acme Corp, 2015 to 2018\n{text}")
    return {s.id for s in extract_skills(document, "resume", semantic=False)}


def found_in_posting(heading: str, text: str) -> set[str]:
    document = document_from_text(f"{heading}\n{text}", kind="job")
    return {s.id for s in extract_skills(document, "job", semantic=False)}


def test_sentences_glued_where_bullets_were_joined_are_split() -> None:
    line = "Managed budgets for the GTM strategy.Identified partners. Node.js and Vue.Js apps"
    assert split_sentences(line) == [
        "Managed budgets for the GTM strategy.",
        "Identified partners.",
        "Node.js and Vue.Js apps",
    ]


def test_a_glued_sentence_no_longer_hides_a_name() -> None:
    assert "go-to-market" in found("Managed budgets supporting global GTM strategy.Identified")


def test_a_sentence_wrapped_over_two_lines_is_read_whole() -> None:
    text = "Negotiated, purchased, and scheduled newspaper, radio, and outdoor\nadvertising."
    assert "media-planning" in found(text)
    assert "vendor-management" in found("Coordinated vendor\nmanagement for three sites.")
    assert "problem-solving" in found("Known for problem-\nsolving under pressure.")


def test_a_line_that_starts_a_new_sentence_is_not_joined() -> None:
    assert "sales-strategy" not in found("Grew key accounts in sales\nStrategy offsite planned.")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [("Business Management Rancho Cordova, Ca, USA", True),
     ("Analyst, Spring, TX 77379", True),
     ("Tools: Cordova, Ionic, Python", False),
     ("Excel, MS Word, Outlook", False)],
)  # fmt: skip
def test_a_name_before_a_us_state_is_a_town(sentence: str, town: bool) -> None:
    end = sentence.index(",", sentence.index(" "))
    assert names_town(sentence, end) is town


def test_a_town_is_not_a_framework() -> None:
    assert "cross-platform-mobile-development" not in found("Sales, Rancho Cordova, CA, USA")


def test_ms_names_a_microsoft_product() -> None:
    assert "windows-server" in found("Administered MS Windows Server 2000/2003.")


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Automated reports with Visual Basic programming.", "visual-basic"),
     ("Medical records, ICD-9 and ICD-10 coding.", "icd-10")],
)  # fmt: skip
def test_programming_or_coding_after_a_skill_is_that_skill(sentence: str, skill: str) -> None:
    skills = found(sentence)
    assert skill in skills
    assert "programming-fundamentals" not in skills


def test_arts_is_not_art() -> None:
    assert "fine-arts" not in found("Skills: accounts payable, arts, budgeting, building codes")
    assert "fine-arts" in found("Skills: studio art, printmaking")


def test_drafting_communications_is_writing_not_technical_drawing() -> None:
    skills = found("Drafting both corporate and executive communications for the board.")
    assert "technical-drawing" not in skills


def test_a_modifier_that_names_the_same_skill_still_takes_the_head() -> None:
    assert "verbal-communication" in found("Excellent verbal and written communication skills.")


def test_a_head_noun_is_not_given_to_a_modifier_that_is_a_skill_itself() -> None:
    skills = found("Marketing professional experienced in sales, marketing and account management.")
    assert "account-management" in skills
    assert "sales-management" not in skills


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Reconciled each carrier's charges to the billing output.", "account-reconciliation"),
     ("Estimated electric projects with values up to $2,000,000.", "construction-estimating"),
     ("Establish the financial budget for the campaign.", "budgeting"),
     ("Hire, train and evaluate group fitness instructors.", "performance-management"),
     ("Work with independent contractors and vendors on compliance.", "vendor-management"),
     ("Able to create positive organizational change.", "change-management"),
     ("Enforce safety standards relating to accidents.", "occupational-safety"),
     ("Prepared executives for press interviews.", "media-relations"),
     ("Best practices in employment and human resource law.", "labor-law"),
     ("Typed up subcontracts and proposals.", "typing"),
     ("Logged and tracked software defects.", "bug-tracking"),
     ("Create graphics for the newsletter and social media.", "graphic-design"),
     ("Manage creative agencies, PR firms and freelancers.", "vendor-management")],
)  # fmt: skip
def test_duties_and_names_of_everyday_work(sentence: str, skill: str) -> None:
    assert skill in found(sentence)


def test_cash_registers_are_cash_handling_not_cash_flow() -> None:
    skills = found("Stocked merchandise, managing cash registers and closing the store.")
    assert "cash-flow-management" not in skills
    assert "cash-handling" in skills


def test_writing_statements_is_no_reconciliation() -> None:
    assert "account-reconciliation" not in found("Writing of press releases and statements.")


def test_a_postings_lines_are_paragraphs_not_wrapped_sentences() -> None:
    text = "Negotiated, purchased, and scheduled newspaper, radio, and outdoor\nadvertising."
    assert "media-planning" not in found_in_posting("RESPONSIBILITIES", text)


def test_graphics_drivers_are_no_graphic_design() -> None:
    assert "graphic-design" not in found("Developed graphics drivers for embedded Linux.")


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Equal employment opportunity practices", "eeo-compliance"),
     ("Prepare affirmative action plans and reports.", "eeo-compliance")],
)  # fmt: skip
def test_equal_opportunity_practice_asked_for_is_a_skill(sentence: str, skill: str) -> None:
    assert skill in found_in_posting("REQUIREMENTS", sentence)


def test_an_equal_opportunity_notice_is_not_a_skill() -> None:
    text = "We are an equal opportunity employer and value diversity at our company."
    assert "eeo-compliance" not in found_in_posting("ABOUT US", text)


def levels(text: str) -> dict[str, str]:
    document = document_from_text(f"EXPERIENCE\nAnalyst, Acme Corp, 2015 to 2016\n{text}")
    return {s.id: s.level.value for s in extract_skills(document, "resume", semantic=False)}


def test_a_level_word_on_the_line_a_sentence_wrapped_from_governs_it() -> None:
    found_levels = levels("Excellent communication and\nproject management skills")
    assert found_levels["project-management"] == "Expert"
    assert levels("Communication and\nproject management skills")["project-management"] != "Expert"


def test_adept_reads_as_proficient() -> None:
    assert levels("Adept multi-tasker")["multitasking"] == "Intermediate"
