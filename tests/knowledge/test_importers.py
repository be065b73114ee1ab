"""The importers on the real public catalogues (skipped when the shared data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careernav.errors import CareerNavError, DataSourceError
from careernav.knowledge.importers import ImportResult, read_source
from careernav.knowledge.importers.free_programming_books import authors_of
from careernav.knowledge.importers.registry import UnknownSourceError
from careernav.knowledge.model import Resource
from careernav.models import Level

FILES = {
    "free-programming-books": "learning/free_programming_books_en.csv",
    "ossu": "learning/ossu_courses.csv",
    "udemy": "learning/mooc/udemy_courses.csv",
    "edx": "learning/mooc/edx_courses.csv",
    "coursera": "learning/mooc/coursera_courses_with_rating_stats.csv",
}


def _read(shared_data: Path, source: str) -> ImportResult:
    path = shared_data / FILES[source]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return read_source(source, path)


@pytest.fixture(scope="module")
def results(shared_data: Path) -> dict[str, ImportResult]:
    return {source: _read(shared_data, source) for source in FILES}


def _by_id(result: ImportResult) -> dict[str, Resource]:
    return {r.id: r for r in result.resources}


def _skills(resource: Resource) -> dict[str, str]:
    return {t.skill_id: t.method for t in resource.skills}


@pytest.mark.parametrize(
    ("source", "read", "at_least", "at_most"),
    [
        ("free-programming-books", 4983, 4000, 4600),
        ("ossu", 97, 70, 90),
        ("udemy", 3672, 2000, 2700),
        ("edx", 974, 450, 700),
        ("coursera", 623, 280, 420),
    ],
)
def test_counts(
    results: dict[str, ImportResult], source: str, read: int, at_least: int, at_most: int
) -> None:
    summary = results[source].summary
    assert summary.read == read
    assert at_least <= summary.imported <= at_most
    assert summary.imported + summary.skipped_total == summary.read
    assert summary.skipped["no taxonomy skill in title or topic"] > 0
    assert len({r.id for r in results[source].resources}) == summary.imported


def test_coursera_rating_and_skills(results: dict[str, ImportResult]) -> None:
    ml = _by_id(results["coursera"])["coursera:machine-learning"]
    assert ml.title == "Machine Learning"
    assert ml.popularity.ratings == 35_895
    assert ml.popularity.rating == pytest.approx(4.7505, abs=1e-3)
    assert _skills(ml) == {"machine-learning": "dictionary"}
    assert ml.provider == "Coursera / Stanford University"
    assert ml.free and ml.access == "audit"
    python = _by_id(results["coursera"])["coursera:python"]
    assert "python" in _skills(python)
    assert python.level == Level.BASIC  # "Programming for Everybody"


def test_udemy_price_level_hours_and_popularity(results: dict[str, ImportResult]) -> None:
    course = _by_id(results["udemy"])["udemy:1006314"]
    assert course.title == "Financial Modeling for Business Analysts and Consultants"
    assert "financial-modeling" in _skills(course)
    assert course.level == Level.INTERMEDIATE  # "Intermediate Level"
    assert course.hours == 2.5
    assert not course.free and course.price == 45
    assert course.popularity.learners == 2174 and course.popularity.ratings == 74
    # "All Levels" with no title cue counts as Basic
    assert _by_id(results["udemy"])["udemy:1113822"].level == Level.BASIC


def test_edx_effort_times_length_and_enrolments(results: dict[str, ImportResult]) -> None:
    edx = results["edx"].resources
    course = next(r for r in edx if r.title == "Introduction to Project Management")
    assert "project-management" in _skills(course)
    assert course.level == Level.BASIC  # "Introductory"
    assert course.popularity.learners and course.popularity.learners > 1000
    assert course.free and course.access == "audit"
    assert course.hours > 0
    assert {r.language for r in edx} >= {"en", "es"}


def test_ossu_relative_urls_and_weekly_effort(results: dict[str, ImportResult]) -> None:
    ossu = results["ossu"].resources
    intro = next(r for r in ossu if r.title.startswith("Introduction to Computer Science and"))
    assert str(intro.url).startswith("https://github.com/ossu/")
    assert intro.hours == 14 * 8  # 14 weeks x 6-10 hours/week
    assert intro.level == Level.BASIC
    architecture = next(r for r in ossu if r.title == "Software Architecture")
    assert architecture.hours == 14  # 4 weeks x 2-5 hours/week
    assert architecture.provider == "Coursera" and architecture.access == "audit"


def test_free_programming_books_formats_and_sections(results: dict[str, ImportResult]) -> None:
    fpb = results["free-programming-books"]
    formats = {r.format for r in fpb.resources}
    assert formats >= {"book", "course", "video", "interactive", "podcast", "article"}
    assert fpb.summary.skipped["archived link"] == 93
    assert all(r.free for r in fpb.resources)
    think_python = [r for r in fpb.resources if r.title.startswith("Think Python")]
    assert think_python and all("python" in _skills(r) for r in think_python)
    # a section names the topic: recorded as "source-subject" when the title does not
    by_section = [r for r in fpb.resources if r.topics == ["Go"] and "go" in _skills(r)]
    assert any(_skills(r)["go"] == "source-subject" for r in by_section)


def test_free_programming_books_providers_name_the_authors(
    results: dict[str, ImportResult],
) -> None:
    fpb = results["free-programming-books"].resources
    playlists = [r for r in fpb if r.title == "System Design"]
    assert {r.provider for r in playlists} >= {"YouTube (Gaurav Sen)", "YouTube (Arpit Bhayani)"}


@pytest.mark.parametrize(
    ("notes", "authors"),
    [
        ("Charles M. Grinstead, J. Laurie Snell (PDF)", "Charles M. Grinstead, J. Laurie Snell"),
        ("Marek Chmel, Vladimír Mužný (Packt account *required*)", "Marek Chmel, Vladimír Mužný"),
        ("A. Zeller, R. Gopinath, M. Böhme (HTML)", "A. Zeller, R. Gopinath et al."),
        ("CodeAcademy *(Need to create a CodeAcademy account to access)*", "CodeAcademy"),
        ("", ""),
    ],
)
def test_authors_of_notes(notes: str, authors: str) -> None:
    assert authors_of(notes) == authors


def test_ambiguous_names_need_context_in_titles(results: dict[str, ImportResult]) -> None:
    udemy = _by_id(results["udemy"])
    assert all("microsoft-project" not in _skills(r) for r in udemy.values())
    assert all("scratch" not in _skills(r) for r in udemy.values())


def test_missing_column_names_file_and_column(tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_text("name,institution,course_url\nML,Stanford,https://x.org\n", encoding="utf-8")
    with pytest.raises(DataSourceError, match=r"courses\.csv has no column 'course_id'"):
        read_source("coursera", path)


def test_unknown_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownSourceError, match="Use one of: free-programming-books") as info:
        read_source("khan", tmp_path / "x.csv")
    assert isinstance(info.value, ValueError) and isinstance(info.value, CareerNavError)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match="File not found"):
        read_source("udemy", tmp_path / "nowhere.csv")
