"""Fusion functions (hand-computed), the vector index files and hybrid candidate generation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.fusion import fuse, min_max, reciprocal_rank_fusion, weighted_sum
from careernav.knowledge.index import (
    VectorIndex,
    fingerprint,
    load_index,
    nearest_resources,
    read_index,
    resource_text,
    save_index,
    with_neighbours,
)
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.knowledge.retrieval import RetrievalConfig, Retriever
from careernav.models import Level
from careernav.taxonomy import load_taxonomy


def resource(rid: str, title: str, skills: dict[str, Level], **extra: object) -> Resource:
    return Resource(
        id=rid, title=title, url=f"https://example.org/{rid}", provider="Example",
        format=extra.pop("format", "book"), level=extra.pop("level", Level.BASIC),
        hours=extra.pop("hours", 10.0), free=extra.pop("free", True),
        skills=[TaughtSkill(skill_id=s, level=lv, method="curated") for s, lv in skills.items()],
        source="test", licence="test", **extra,
    )  # fmt: skip


CATALOGUE = Catalogue.from_resources(
    [
        resource("pandas-book", "Python for Data Analysis", {"pandas": Level.INTERMEDIATE},
                 topics=["pandas", "data wrangling"]),
        resource("pandas-basics", "Pandas basics", {"pandas": Level.BASIC}),
        resource("sql-intro", "Introduction to SQL", {"sql": Level.BASIC}),
        resource("untagged", "Data wrangling with pandas DataFrames", {"python": Level.BASIC}),
        resource("cooking", "French cooking at home", {"communication": Level.BASIC}),
    ]
)  # fmt: skip


def test_rrf_matches_hand_computed_scores() -> None:
    scores = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["c"] == pytest.approx(1 / 63)
    assert scores["d"] == pytest.approx(1 / 62)


def test_weighted_sum_of_min_max_scores() -> None:
    fused = weighted_sum([{"a": 3.0, "b": 1.0}, {"b": 10.0, "c": 5.0}], [1.0, 0.5])
    assert fused == pytest.approx({"a": 1.0, "b": 0.5, "c": 0.0})
    assert min_max({"x": 2.0, "y": 2.0}) == {"x": 1.0, "y": 1.0}
    assert min_max({}) == {}


def test_fuse_selects_by_name_and_rejects_unknown() -> None:
    runs = [{"a": 2.0, "b": 1.0}, {"b": 5.0}]
    assert fuse("rrf", runs) == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61})
    with pytest.raises(ValueError, match="unknown fusion method 'borda'"):
        fuse("borda", runs)
    with pytest.raises(ValueError, match="2 runs but 1 weights"):
        weighted_sum(runs, [1.0])


def test_index_round_trip_and_staleness(tmp_path: Path) -> None:
    taxonomy = load_taxonomy()
    ids = tuple(sorted(CATALOGUE.resources))
    index = VectorIndex(
        resource_ids=ids,
        resource_vectors=np.eye(len(ids), 4, dtype=np.float32),
        skill_ids=("pandas",),
        skill_vectors=np.ones((1, 4), dtype=np.float32) / 2,
        fingerprint=fingerprint(CATALOGUE, taxonomy),
    )
    save_index(index, tmp_path)
    stored = read_index(tmp_path)
    assert stored is not None and stored.resource_ids == ids
    assert np.array_equal(stored.resource_vectors, index.resource_vectors)
    assert load_index(CATALOGUE, taxonomy, tmp_path) is not None
    changed = Catalogue.from_resources(
        [*CATALOGUE, resource("new", "Pandas for everyone", {"pandas": Level.BASIC})]
    )
    assert load_index(changed, taxonomy, tmp_path) is None  # stale: rebuild needed
    assert read_index(tmp_path / "missing") is None


def test_resource_text_joins_title_topics_description() -> None:
    r = resource("x", "Title", {"sql": Level.BASIC}, topics=["Databases"], description="Short.")
    assert resource_text(r) == "Title. Databases. Short."


def test_candidates_fuse_tags_and_bm25_without_an_index() -> None:
    taxonomy = load_taxonomy()
    retriever = Retriever(CATALOGUE, taxonomy, None, RetrievalConfig(runs=("tags", "bm25")))
    found = retriever.candidates(taxonomy.get("pandas"))
    ids = [c.resource.id for c in found]
    assert set(ids) >= {"pandas-book", "pandas-basics", "untagged"}
    assert "cooking" not in ids and "sql-intro" not in ids
    assert found[0].relevance == 1.0
    untagged = next(c for c in found if c.resource.id == "untagged")
    assert untagged.runs == ("bm25",) and untagged.similarity is None


def test_dense_run_uses_the_index_vectors() -> None:
    taxonomy = load_taxonomy()
    ids = tuple(sorted(CATALOGUE.resources))
    vectors = np.zeros((len(ids), 2), dtype=np.float32)
    vectors[ids.index("untagged")] = [1.0, 0.0]
    vectors[ids.index("cooking")] = [0.0, 1.0]
    index = VectorIndex(ids, vectors, ("pandas",), np.array([[1.0, 0.0]], dtype=np.float32), "x")
    retriever = Retriever(CATALOGUE, taxonomy, index, RetrievalConfig(runs=("dense",)))
    found = retriever.candidates(taxonomy.get("pandas"))
    assert [c.resource.id for c in found] == ["untagged"]
    assert found[0].similarity == pytest.approx(1.0)


def test_config_rejects_unknown_method_and_runs() -> None:
    with pytest.raises(ValueError, match="unknown fusion method"):
        RetrievalConfig(method="max")
    with pytest.raises(ValueError, match="unknown retrieval runs"):
        RetrievalConfig(runs=("tags", "splade"))


def test_nearest_resources_table_matches_a_full_scan() -> None:
    resources = np.array([[1, 0], [0.6, 0.8], [0, 1], [-1, 0]], dtype=np.float32)
    skills = np.array([[1, 0], [0, 1]], dtype=np.float32)
    rows, scores = nearest_resources(resources, skills, k=2)
    assert rows.tolist() == [[0, 1], [2, 1]]
    assert scores == pytest.approx(np.array([[1.0, 0.6], [1.0, 0.8]]))
    taxonomy = load_taxonomy()
    ids = tuple(sorted(CATALOGUE.resources))[:4]
    catalogue = Catalogue.from_resources([CATALOGUE.resources[i] for i in ids])
    index = with_neighbours(VectorIndex(ids, resources, ("pandas", "sql"), skills, "x"), k=2)
    retriever = Retriever(catalogue, taxonomy, index, RetrievalConfig(runs=("dense",), per_run=2))
    assert retriever.dense_run("sql") == pytest.approx({ids[2]: 1.0, ids[1]: 0.8})
