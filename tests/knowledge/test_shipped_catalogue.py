"""The catalogue shipped in careernav/data/resources.json (scripts/build_catalogue.py)."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.coverage import demanded_skill_coverage
from careernav.knowledge.identifiers import title_key
from careernav.knowledge.model import CatalogueFile
from careernav.knowledge.store import read_shipped
from careernav.market.model import BenchmarkFile
from careernav.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def shipped() -> CatalogueFile:
    return read_shipped()


def test_has_at_least_1200_resources(shipped: CatalogueFile) -> None:
    assert len(shipped.resources) >= 1200


def test_about_names_each_source_and_licence(shipped: CatalogueFile) -> None:
    sources = " ".join(shipped.about.sources)
    for name in ("free-programming-books", "CC BY 4.0", "OSSU", "MIT", "CC BY-SA 4.0",
                 "Udemy", "edX", "Coursera", "Kaggle", "CareerNav"):  # fmt: skip
        assert name in sources


def test_ids_and_urls_are_unique(shipped: CatalogueFile) -> None:
    ids = Counter(r.id for r in shipped.resources)
    assert [i for i, n in ids.items() if n > 1] == []
    urls = Counter(str(r.url).rstrip("/").lower() for r in shipped.resources)
    assert [u for u, n in urls.items() if n > 1] == []


def test_every_skill_exists_in_the_taxonomy(shipped: CatalogueFile) -> None:
    taxonomy = load_taxonomy()
    unknown = {t.skill_id for r in shipped.resources for t in r.skills} - set(taxonomy.skills)
    assert unknown == set()
    assert all(r.skills for r in shipped.resources)


def test_every_source_and_format_is_present(shipped: CatalogueFile) -> None:
    prefixes = Counter(r.id.split(":")[0] for r in shipped.resources)
    assert set(prefixes) == {"curated", "fpb", "ossu", "udemy", "edx", "coursera"}
    assert prefixes["curated"] >= 250
    assert {r.format for r in shipped.resources} >= {"book", "course", "video", "documentation"}


def test_obvious_skills_are_covered_at_every_level(shipped: CatalogueFile) -> None:
    catalogue = Catalogue.from_resources(shipped.resources)
    for skill_id in ("python", "sql", "statistics", "machine-learning", "microsoft-excel",
                     "tableau", "power-bi", "project-management", "product-management",
                     "financial-modeling", "accounting", "seo", "communication"):  # fmt: skip
        for resource_level in ("Basic", "Intermediate", "Expert"):
            found = [r for r in catalogue.for_skill(skill_id)
                     if any(t.skill_id == skill_id and t.level.value == resource_level
                            for t in r.skills)]  # fmt: skip
            assert found, f"{skill_id} has no {resource_level} resource"


def test_no_imported_copy_of_a_curated_resource(shipped: CatalogueFile) -> None:
    """The same book at another address (same long title and format) is kept once, curated."""

    curated = {
        (title_key(r.title), r.format) for r in shipped.resources if r.id.startswith("curated:")
    }
    copies = [
        r.title
        for r in shipped.resources
        if not r.id.startswith("curated:")
        and len(title_key(r.title).split()) >= 4
        and (title_key(r.title), r.format) in curated
    ]
    assert copies == []


def test_no_free_programming_books_entry_twice(shipped: CatalogueFile) -> None:
    """The same title by the same authors at two addresses (two editions' pages) is one entry."""
    seen = Counter(
        (title_key(r.title), r.provider) for r in shipped.resources if r.id.startswith("fpb:")
    )
    assert [key for key, n in seen.items() if n > 1] == []


def test_curated_descriptions_are_single_sentences(shipped: CatalogueFile) -> None:
    curated = [r for r in shipped.resources if r.id.startswith("curated:")]
    assert all(r.description.endswith(".") and r.description.count(". ") == 0 for r in curated)
    imported = [r for r in shipped.resources if not r.id.startswith("curated:")]
    assert all(r.description == "" for r in imported)


COVERAGE_FLOOR = 211


def test_coverage_target_for_shipped_benchmarks(shipped: CatalogueFile) -> None:
    files = resources.files("careernav.data")
    if not files.joinpath("role_benchmarks.json").is_file():
        pytest.skip("no shipped role benchmarks (src/careernav/data/role_benchmarks.json)")
    benchmarks = BenchmarkFile.model_validate(
        json.loads(files.joinpath("role_benchmarks.json").read_bytes())
    )
    coverage = demanded_skill_coverage(Catalogue.from_resources(shipped.resources), benchmarks)
    met = sum(1 for s in coverage.values() if s.meets_target)
    # The target is every demanded skill; the catalogue is not there yet (211 of 212 when this
    # floor was set). The floor keeps what is covered from slipping while curation goes on.
    assert met >= COVERAGE_FLOOR, f"{met}/{len(coverage)} demanded skills meet the target"
