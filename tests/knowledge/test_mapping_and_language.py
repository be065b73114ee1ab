"""Title roles in skill mapping (subject, purpose, audience) and the title language guess."""

from __future__ import annotations

import pytest

from careernav.knowledge.language import guess_language
from careernav.knowledge.levels import is_estimated
from careernav.knowledge.mapping import SECONDARY_SCORE, ResourceText, SkillMapper
from careernav.models import Level
from careernav.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def mapper() -> SkillMapper:
    return SkillMapper(load_taxonomy())


def scores(mapper: SkillMapper, title: str) -> dict[str, float]:
    return {t.skill_id: t.score for t in mapper.taught(ResourceText(title), Level.BASIC)}


def test_audience_is_not_taught(mapper: SkillMapper) -> None:
    assert "python" not in scores(mapper, "Welcome to Java for Python Programmers")
    assert scores(mapper, "Kotlin for Java Developers") == {"kotlin": 1.0}


def test_purpose_after_for_is_secondary(mapper: SkillMapper) -> None:
    found = scores(mapper, "Linear Algebra for Machine Learning")
    assert found == {"linear-algebra": 1.0, "machine-learning": SECONDARY_SCORE}
    # Without a subject before "for", the skill after it is the subject.
    assert scores(mapper, "Machine Learning for Everyone") == {"machine-learning": 1.0}


def test_platform_of_the_subject_is_secondary(mapper: SkillMapper) -> None:
    found = scores(mapper, "FastAPI - A Python Framework | Full Course")
    assert found == {"fastapi": 1.0, "python": SECONDARY_SCORE}


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Introducción a la contabilidad", "es"),
        ("Como Investir em Ações para Iniciantes", "pt"),
        ("Buchführung lernen leicht gemacht", "de"),  # one function word and an umlaut
        ("Wie funktionieren Bitcoin? Ein Einführungskurs.", "de"),
        ("Data Science: Wrangling", "en"),
        ("E-Commerce Marketing de Luxe", "en"),  # one function word, no accent
        ("Основы программирования на Python", "ru"),  # written in another script
        ("Python 编程入门", "zh"),
        ("Pythonで始めるプログラミング", "ja"),
        ("Café Management Essentials", "en"),  # one accented letter is not another script
        ("AutoCAD Course for Beginners in Urdu Hindi", "ur"),  # says what it is taught in
        ("Photoshop & Illustrator CC Essentials in Arabic", "ar"),
        ("Excel Básico (Spanish)", "es"),
        ("Spanish for Beginners", "en"),  # teaches Spanish, in English
        ("Data Science in Python", "en"),
    ],
)
def test_title_language(title: str, language: str) -> None:
    assert guess_language(title) == language


@pytest.mark.parametrize(
    ("title", "institution", "language"),
    [
        ("Marketing Gerencial", "Universidad de Chile", "es"),
        ("Marketing Digital", "Universidade de São Paulo", "pt"),
        ("Marketing Digital", "University of Illinois", "en"),
        ("Fundamentals of Marketing", "Universidad de los Andes", "en"),  # an English word
        ("Corporate Finance Essentials", "IESE Business School", "en"),
    ],
)
def test_language_of_the_institution(title: str, institution: str, language: str) -> None:
    assert guess_language(title, institution) == language


def test_estimated_level_when_neither_source_nor_title_says() -> None:
    assert is_estimated(None, "Learning Rust")
    assert is_estimated("All Levels", "The Complete Wordpress Course")
    assert not is_estimated("Beginner Level", "Learning Rust")
    assert not is_estimated(None, "Advanced Bash-Scripting Guide")


def notes_skills(mapper: SkillMapper, title: str, notes: str) -> set[str]:
    return {t.skill_id for t in mapper.taught(ResourceText(title, notes), Level.BASIC)}


def test_acronym_in_notes_counts_only_in_capitals(mapper: SkillMapper) -> None:
    # "Elisa" among Full Stack Open's partners is a Finnish company, not the ELISA assay.
    partners = "University of Helsinki, Houston Inc., Terveystalo, Elisa, K-ryhmä, Konecranes"
    assert "immunoassays" not in notes_skills(mapper, "Full stack open", partners)
    assert "immunoassays" in notes_skills(mapper, "Lab Methods", "ELISA and Western blot")


def test_acronym_in_titles(mapper: SkillMapper) -> None:
    assert "immunoassays" in scores(mapper, "Developing an ELISA")
    # A bare acronym is often written loosely in titles; with a plural ending it is a word.
    assert "matlab" in scores(mapper, "A Beginner's Guide to Matlab")
    assert "sas" not in scores(mapper, "Sass: From Beginner to Advanced")
    assert "shap" not in scores(mapper, "Mastering Shapes Creation with Illustrator")
