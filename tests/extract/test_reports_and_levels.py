"""Reports of other fields, the posting's own name, degree backgrounds, and resume levels
from wrapped lines, coursework, list items and accomplishments."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.cues import cue_near, years_in
from careernav.extract.duties import duty_patterns
from careernav.extract.filters import in_degree_field
from careernav.models import ExtractedSkill, Level
from careernav.taxonomy import load_taxonomy


def duty_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in duty_patterns(load_taxonomy()).find(sentence)}


def skills(text: str, kind: str = "resume") -> dict[str, ExtractedSkill]:
    document = document_from_text(text, kind=kind)
    return {s.id: s for s in extract_skills(document, kind, semantic=False)}


@pytest.mark.parametrize(
    ("sentence", "reporting"),
    [("processed insurance billing and typed patient reports for the Speech Therapist.", False),
     ("Wrote internal audit reports, rated the audit findings based on risk.", False),
     ("Generated In-depth Root Cause Analysis reports in relation to problems.", False),
     ("Managed one direct report, ensuring successful career development.", False),
     ("Monitor and report on workforce and succession planning.", False),
     ("Organized files, developed spreadsheets, faxed reports and scanned documents.", False),
     ("Create and present compelling reports to stakeholders.", True),
     ("Design and deliver monthly reports to the HR Director.", True),
     ("Prepared student reports for multiple state regulatory agencies.", True)],
)  # fmt: skip
def test_reports_of_other_fields_are_not_data_reporting(sentence: str, reporting: bool) -> None:
    assert ("reporting" in duty_ids(sentence)) is reporting


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [("Data Science Manager : Job Description", "job", False),
     ("High level job description provided below FYR.", "job", False),
     ("Created and modified job descriptions within all departments.", "resume", True),
     ("Provide advice and assistance with writing job descriptions.", "resume", True)],
)  # fmt: skip
def test_a_job_description_names_the_posting_unless_written(
    text: str, kind: str, named: bool
) -> None:
    assert ("job-evaluation" in skills(text, kind)) is named


@pytest.mark.parametrize(
    ("sentence", "field"),
    [("Advanced degree (master's degree or PhD) with quantitative background (data science, "
      "applied mathematics or statistics)", "mathematics"),
     ("Bachelor's Degree or equivalent work experience in Communications or Journalism",
      "Journalism")],
)  # fmt: skip
def test_fields_of_a_degree_or_background(sentence: str, field: str) -> None:
    assert in_degree_field(sentence, sentence.index(field))


def test_a_background_in_a_skill_is_still_the_skill() -> None:
    sentence = "Strong background in statistics and SQL"
    assert not in_degree_field(sentence, sentence.index("statistics"))


RESUME = """Pat Doe

SUMMARY
Experienced digital marketer with a passion for data. Six years
of experience with retail leaders in email marketing and social media.

SKILLS
account management, approach, Architect, banking, Change Management

EDUCATION
Coursework in Advanced Financial Accounting

ACCOMPLISHMENTS
Maintained records for annual audits and SEC regulation compliance.
"""


def test_years_stated_on_a_wrapped_line() -> None:
    assert skills(RESUME)["email-marketing"].level is Level.EXPERT


def test_a_level_word_alone_in_a_list_qualifies_no_neighbour() -> None:
    assert skills(RESUME)["change-management"].level is Level.BASIC
    sentence = "account management, approach, Architect, banking"
    start = sentence.index("banking")
    assert cue_near(sentence, start, start + 7) is None


def test_coursework_outranks_a_course_title() -> None:
    assert skills(RESUME)["financial-accounting"].level is Level.BASIC


def test_an_accomplishment_is_work_delivered() -> None:
    assert skills(RESUME)["regulatory-compliance"].level is Level.INTERMEDIATE


def test_master_is_a_cue_only_for_a_person() -> None:
    sentence = "The product manager has to be a master negotiator"
    assert cue_near(sentence, sentence.index("negotiator"), len(sentence)) is not None
    sentence = "Processed and input course master files for all courses"
    start = sentence.index("files")
    assert cue_near(sentence, start, start + 5) is None


def test_spelled_out_decades_of_years() -> None:
    assert years_in("Thirty years experience as Manager and Director of Facilities") == 30


@pytest.mark.parametrize(
    ("sentence", "skill", "level"),
    [("Strong knowledge of ITIL.", "ITIL", Level.INTERMEDIATE),
     ("with an in-depth knowledge of sales, operations, finance", "finance", Level.EXPERT),
     ("Knowledge of ITIL.", "ITIL", Level.BASIC),
     ("Strong communicator with knowledge of ITIL.", "ITIL", Level.BASIC)],
)  # fmt: skip
def test_a_strength_word_before_knowledge_of_sets_the_level(
    sentence: str, skill: str, level: Level
) -> None:
    start = sentence.index(skill)
    found = cue_near(sentence, start, start + len(skill))
    assert found is not None and found[0] is level


def test_a_masters_degree_is_no_cue() -> None:
    sentence = "Holds a master's degree in statistics"
    start = sentence.index("statistics")
    assert cue_near(sentence, start, start + 10) is None
