"""Verb objects, acronym plurals, kinds of tools with examples and company introductions."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.filters import describes_company
from careernav.extract.matcher import matcher_for
from careernav.extract.phrases import singular, verb_object_patterns
from careernav.taxonomy import load_taxonomy


def phrase_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in verb_object_patterns(load_taxonomy()).find(sentence)}


def ids_in(text: str) -> list[str]:
    return [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


def found(text: str, kind: str = "resume") -> set[str]:
    document = document_from_text(text, kind=kind)
    return {s.id for s in extract_skills(document, kind, semantic=False)}


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("processes", "process"), ("process", "process"), ("business", "business"),
     ("analysis", "analysis"), ("menus", "menu"), ("vendors", "vendor"), ("apis", "api")],
)  # fmt: skip
def test_singular_keeps_words_ending_in_ss(noun: str, expected: str) -> None:
    assert singular(noun) == expected


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Explore opportunities to automate the processes.", "industrial-automation"),
     ("Continually evaluate programs to improve process, system, and people efficiencies.",
      "process-improvement"),
     ("Planned weekly menus for the center.", "menu-planning"),
     ("Managed vendor relationships.", "vendor-management")],
)  # fmt: skip
def test_objects_named_after_their_verb(sentence: str, skill: str) -> None:
    assert skill in phrase_ids(sentence)


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Evaluate training programs & work on employee learning.", "program-evaluation"),
     ("Developed quality management programs to assist internal staff.", "program-development"),
     ("Developed organizational change management strategies.", "organizational-development"),
     ("Coordinate meetings with stakeholders to analyze business requirements.",
      "business-analysis"),
     ("Develop models relevant to the business.", "business-development"),
     ("Developed and implemented new processes to improve internal controls.",
      "process-engineering"),
     ("Managed state-of-the-art supercomputing facility.", "state-management")],
)  # fmt: skip
def test_vague_or_modifying_objects_name_no_skill(sentence: str, skill: str) -> None:
    assert skill not in phrase_ids(sentence)


def test_an_acronym_ending_in_a_capital_s_is_no_plural() -> None:
    assert "metrology" not in ids_in("Computerized Maintenance Management System (CMMS) expert")
    assert "metrology" in ids_in("Calibrated CMMs and height gauges.")


def test_a_kind_of_tool_with_examples_is_kept_but_a_suite_is_not() -> None:
    assert {"version-control", "git"} <= found(
        "Familiar with version control systems (Git and Github/Bitbucket)", "job"
    )
    skills = found("Computer skills: MS Office (Word, Excel, and PowerPoint).")
    assert "microsoft-office" not in skills
    assert "microsoft-excel" in skills


@pytest.mark.parametrize(
    ("sentence", "company"),
    [("Freshworks makes it fast and easy for businesses to delight their customers.", True),
     ("About Freshworks", True),
     ("Gracenote, a Nielsen company, provides music, video, and sports content.", True),
     ("Livspace has showcased phenomenal growth since its launch.", True),
     ("We do this by enabling a better customer experience (CRM, CX) and employee "
      "experience (ITSM).", True),
     ("You will improve the customer experience with CRM tools.", False),
     ("Experience with CRM is required.", False)],
)  # fmt: skip
def test_company_introductions(sentence: str, company: bool) -> None:
    assert describes_company(sentence) is company


@pytest.mark.parametrize(
    ("text", "skill"),
    [("Experience with large data sets and distributed computing is a plus.", "big-data"),
     ("Use Python as a tool for data exploration and storytelling.",
      "exploratory-data-analysis"),
     ("Methods such as nearest neighbor, deep learning methods.", "k-nearest-neighbors"),
     ("Plays an important role in selecting statistical methodologies.", "statistics")],
)  # fmt: skip
def test_common_spellings_of_skills(text: str, skill: str) -> None:
    assert skill in ids_in(text)
