"""The curated taxonomy shipped in careernav/data/taxonomy.json (scripts/build_taxonomy.py)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from importlib import resources

import pytest

from careernav.taxonomy import Taxonomy, load_taxonomy
from careernav.taxonomy.model import TaxonomyFile, normalise_name

# Categories both halves of the curated sources use; each must hold a fair number of skills.
TECHNOLOGY_CATEGORIES = {
    "Programming languages",
    "Libraries and frameworks",
    "Data and analytics",
    "Machine learning and AI",
    "Databases",
    "Cloud and DevOps",
    "Software engineering",
    "Web and mobile development",
    "Business software",
    "Security",
    "IT and networking",
}
BUSINESS_AND_PEOPLE_CATEGORIES = {
    "Finance and accounting",
    "Business and operations",
    "Product management",
    "Project management",
    "Marketing",
    "Sales and customer success",
    "Human resources",
    "Design",
    "Engineering",
    "Healthcare",
    "Languages",
    "Soft skills",
}
MIN_SKILLS_PER_CATEGORY = 10


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def raw_file() -> TaxonomyFile:
    """The file as shipped, before indexing (which would hide duplicate ids)."""
    raw = resources.files("careernav.data").joinpath("taxonomy.json").read_bytes()
    return TaxonomyFile.model_validate(json.loads(raw))


def test_has_at_least_1500_skills(taxonomy: Taxonomy) -> None:
    assert len(taxonomy) >= 1500


def test_about_names_sources_and_licence(raw_file: TaxonomyFile) -> None:
    sources = " ".join(raw_file.about.sources)
    assert raw_file.about.name == "CareerNav skill taxonomy"
    assert raw_file.about.licence == "CC BY 4.0"
    assert "ESCO v1.1.1" in sources
    assert "O*NET 29.2" in sources


def test_ids_are_unique(raw_file: TaxonomyFile) -> None:
    counts = Counter(skill.id for skill in raw_file.skills)
    assert [skill_id for skill_id, n in counts.items() if n > 1] == []


def test_no_name_or_alias_is_shared_by_two_skills(taxonomy: Taxonomy) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for skill in taxonomy:
        for surface in (skill.name, *skill.aliases):
            owners[normalise_name(surface)].add(skill.id)
    shared = {surface: ids for surface, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_name_and_alias_resolves_to_its_skill(taxonomy: Taxonomy) -> None:
    for skill in taxonomy:
        for surface in (skill.name, *skill.aliases):
            resolved = taxonomy.resolve(surface)
            assert resolved is not None and resolved.id == skill.id, surface


def test_prerequisites_and_related_ids_exist(taxonomy: Taxonomy) -> None:
    dangling = [
        (skill.id, ref)
        for skill in taxonomy
        for ref in (*skill.prerequisites, *skill.related)
        if ref not in taxonomy
    ]
    assert dangling == []


def test_prerequisite_graph_is_acyclic(taxonomy: Taxonomy) -> None:
    # Kahn's algorithm: every skill must be removable once its prerequisites are.
    pending = {skill.id: len(skill.prerequisites) for skill in taxonomy}
    unlocks: dict[str, list[str]] = defaultdict(list)
    for skill in taxonomy:
        for prerequisite in skill.prerequisites:
            unlocks[prerequisite].append(skill.id)
    ready = [skill_id for skill_id, n in pending.items() if n == 0]
    removed = 0
    while ready:
        current = ready.pop()
        removed += 1
        for dependent in unlocks[current]:
            pending[dependent] -= 1
            if pending[dependent] == 0:
                ready.append(dependent)
    assert removed == len(taxonomy), "prerequisite cycle among skills with pending > 0"


def test_no_skill_is_its_own_prerequisite(taxonomy: Taxonomy) -> None:
    for skill in taxonomy:
        assert skill.id not in taxonomy.prerequisites_closure([skill.id])


def test_pandas_requires_python(taxonomy: Taxonomy) -> None:
    pandas = taxonomy.get("pandas")
    assert pandas is not None
    assert "python" in pandas.prerequisites


@pytest.mark.parametrize(
    ("surface", "skill_id"),
    [
        ("Python3", "python"),
        ("sklearn", "scikit-learn"),
        ("ML", "machine-learning"),
        ("NodeJS", "nodejs"),
        ("C++", "cpp"),
        ("C#", "csharp"),
        ("MS Excel", "microsoft-excel"),
        ("AWS", "aws"),
        ("K8s", "kubernetes"),
        ("A/B testing", "ab-testing"),
    ],
)
def test_common_spellings_resolve(taxonomy: Taxonomy, surface: str, skill_id: str) -> None:
    resolved = taxonomy.resolve(surface)
    assert resolved is not None and resolved.id == skill_id


def test_learning_order_of_core_technology_skills(taxonomy: Taxonomy) -> None:
    assert {"python", "machine-learning"} <= set(taxonomy.skills["scikit-learn"].prerequisites)
    assert "machine-learning" in taxonomy.skills["deep-learning"].prerequisites
    assert "python" in taxonomy.prerequisites_closure(["pytorch"])


def test_ambiguous_skills_have_context_words(taxonomy: Taxonomy) -> None:
    missing = [skill.id for skill in taxonomy if skill.ambiguous and not skill.context]
    assert missing == []


@pytest.mark.parametrize("skill_id", ["r", "c", "go", "swift", "apache-spark", "microsoft-access"])
def test_word_like_names_are_marked_ambiguous(taxonomy: Taxonomy, skill_id: str) -> None:
    assert taxonomy.skills[skill_id].ambiguous


def test_every_skill_has_a_description(taxonomy: Taxonomy) -> None:
    assert [skill.id for skill in taxonomy if not skill.description.strip()] == []


def test_at_least_400_skills_link_to_esco(taxonomy: Taxonomy) -> None:
    linked = [skill for skill in taxonomy if skill.esco_uri]
    assert len(linked) >= 400
    assert all(s.esco_uri.startswith("http://data.europa.eu/esco/skill/") for s in linked)


def test_onet_links_are_commodity_code_and_title(taxonomy: Taxonomy) -> None:
    linked = [skill.onet for skill in taxonomy if skill.onet]
    assert len(linked) >= 200
    assert all(re.fullmatch(r"\d{8} \S.*", onet) for onet in linked)


@pytest.mark.parametrize("category", sorted(TECHNOLOGY_CATEGORIES | BUSINESS_AND_PEOPLE_CATEGORIES))
def test_required_domains_are_covered(taxonomy: Taxonomy, category: str) -> None:
    count = sum(1 for skill in taxonomy if skill.category == category)
    assert count >= MIN_SKILLS_PER_CATEGORY, f"{category}: {count} skills"


def test_soft_skills_are_typed_soft(taxonomy: Taxonomy) -> None:
    soft = [skill for skill in taxonomy if skill.category == "Soft skills"]
    assert soft and all(skill.type == "soft" for skill in soft)


@pytest.mark.parametrize(
    ("product", "broader"),
    [("Oscilloscope", "electronic-test-equipment"), ("OrCAD", "electronic-design-automation"),
     ("Pinecone", "vector-databases"), ("Xero", "accounting-software")],
)  # fmt: skip
def test_named_products_are_their_own_skills(
    taxonomy: Taxonomy, product: str, broader: str
) -> None:
    skill = taxonomy.resolve(product)
    assert skill is not None and skill.id != broader
    assert broader in skill.related


@pytest.mark.parametrize(
    ("phrase", "skill_id"),
    [("team player", "teamwork"), ("problem solver", "problem-solving"),
     ("HIPPA", "hipaa"), ("desktop publishing", "desktop-publishing")],
)  # fmt: skip
def test_common_phrasings_resolve(taxonomy: Taxonomy, phrase: str, skill_id: str) -> None:
    skill = taxonomy.resolve(phrase)
    assert skill is not None and skill.id == skill_id


@pytest.mark.parametrize(
    ("phrase", "skill_id"),
    [("Turnitin", "turnitin"), ("Snag-It", "snagit"), ("HITRUST", "hitrust"),
     ("QFD", "quality-function-deployment"), ("scenario modelling", "scenario-analysis"),
     ("lab management", "laboratory-management"), ("O2C", "order-to-cash"),
     ("production batch records", "batch-records"), ("WPM", "typing"),
     ("read blueprints", "blueprint-reading"), ("cleaning", "housekeeping"),
     ("intercompany eliminations", "consolidation")],
)  # fmt: skip
def test_terms_counted_in_the_corpora_resolve(
    taxonomy: Taxonomy, phrase: str, skill_id: str
) -> None:
    skill = taxonomy.resolve(phrase)
    assert skill is not None and skill.id == skill_id
