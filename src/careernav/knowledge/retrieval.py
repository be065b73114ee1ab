"""Hybrid candidate generation for a skill: exact skill tags, BM25 and dense vectors, fused.

Three runs score resources for a skill: ``tags`` (resources tagged with the skill, scored by
their mapping confidence plus a small dense tie-break), ``bm25`` (BM25 over title, topics and
description with the skill's name and aliases as the query; bm25s) and ``dense`` (cosine of
MiniLM vectors of the resource and of the skill, from the persisted index). ``fusion.fuse``
combines them; the fused score over the best one is the candidate's relevance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from careernav.config import Settings
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.fusion import FUSION_METHODS, fuse
from careernav.knowledge.index import VectorIndex, ensure_index, resource_text
from careernav.knowledge.model import Resource
from careernav.knowledge.store import load_catalogue
from careernav.models import Level
from careernav.taxonomy import load_taxonomy
from careernav.taxonomy.model import SkillRecord, Taxonomy

if TYPE_CHECKING:
    from bm25s import BM25
    from bm25s.tokenization import Tokenizer

RUNS = ("tags", "bm25", "dense")
LEVEL_BONUS = 0.5


@dataclass(frozen=True)
class RetrievalConfig:
    method: str = "rrf"
    rrf_k: float = 60.0
    weights: tuple[float, float, float] = (1.0, 0.5, 1.0)
    per_run: int = 100
    max_candidates: int = 300
    runs: tuple[str, ...] = RUNS

    def __post_init__(self) -> None:
        if self.method not in FUSION_METHODS:
            raise ValueError(
                f"unknown fusion method {self.method!r}; use one of {', '.join(FUSION_METHODS)}"
            )
        unknown = set(self.runs) - set(RUNS)
        if unknown:
            raise ValueError(f"unknown retrieval runs {sorted(unknown)}; use {', '.join(RUNS)}")


@dataclass(frozen=True)
class TaggedResources:
    """A skill's tagged resources as arrays: ids, mapping confidences and taught level ranks."""

    ids: list[str]
    scores: np.ndarray
    ranks: np.ndarray
    cosines: np.ndarray  # with the skill's vector; 0 without an index


@dataclass(frozen=True)
class Candidate:
    """A resource retrieved for a skill, with its fused relevance (best candidate = 1)."""

    resource: Resource
    relevance: float
    runs: tuple[str, ...]  # the runs that found it
    similarity: float | None = None  # cosine of resource and skill vectors, when indexed


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Row numbers of the k highest positive scores, best first."""
    k = min(k, len(scores))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return top[scores[top] > 0]


class Retriever:
    """Candidate resources for a skill over one catalogue; BM25 is built once, lazily."""

    def __init__(
        self,
        catalogue: Catalogue,
        taxonomy: Taxonomy,
        index: VectorIndex | None,
        config: RetrievalConfig | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.taxonomy = taxonomy
        self.index = index
        self.config = config or RetrievalConfig()
        self._ids: list[str] = list(index.resource_ids) if index else sorted(catalogue.resources)
        self._rows = {resource_id: row for row, resource_id in enumerate(self._ids)}
        self._skill_rows = {s: i for i, s in enumerate(index.skill_ids)} if index else {}
        self._tag_cache: dict[str, TaggedResources] = {}
        self._bm25_cache: dict[str, dict[str, float]] = {}  # by skill id; the catalogue is fixed

    @cached_property
    def _bm25(self) -> tuple[BM25, Tokenizer]:
        import bm25s
        from bm25s.tokenization import Tokenizer

        tokenizer = Tokenizer(stopwords="en")
        texts = [resource_text(self.catalogue.resources[i]) for i in self._ids]
        tokens = tokenizer.tokenize(texts, return_as="ids", show_progress=False)
        model = bm25s.BM25()
        model.index(tokens, show_progress=False)
        return model, tokenizer

    def prepare(self) -> None:
        """Build the BM25 index now rather than on the first query."""
        _ = self._bm25

    def _scores_to_run(self, scores: np.ndarray) -> dict[str, float]:
        return {self._ids[row]: float(scores[row]) for row in _top(scores, self.config.per_run)}

    def forget_queries(self) -> None:
        """Drop the per-skill BM25 results (kept because the catalogue does not change)."""
        self._bm25_cache.clear()

    def bm25_run(self, skill: SkillRecord) -> dict[str, float]:
        found = self._bm25_cache.get(skill.id)
        if found is None:
            found = self._bm25_cache[skill.id] = self._bm25_scores(skill)
        return found

    def _bm25_scores(self, skill: SkillRecord) -> dict[str, float]:
        model, tokenizer = self._bm25
        query = " ".join([skill.name, *skill.aliases[:4]])
        tokens = tokenizer.tokenize(
            [query], update_vocab=False, return_as="ids", show_progress=False
        )[0]
        if not tokens:
            return {}
        return self._scores_to_run(np.asarray(model.get_scores(tokens)))

    def _skill_vector(self, skill_id: str) -> np.ndarray | None:
        row = self._skill_rows.get(skill_id)
        return None if self.index is None or row is None else self.index.skill_vectors[row]

    def cosines(self, skill_id: str, resource_ids: Sequence[str]) -> dict[str, float]:
        """Cosine of each resource's vector with the skill's (resources in the index only)."""
        query = self._skill_vector(skill_id)
        rows = [self._rows[i] for i in resource_ids if i in self._rows]
        if query is None or self.index is None or not rows:
            return {}
        values = self.index.resource_vectors[rows] @ query
        return {self._ids[row]: float(value) for row, value in zip(rows, values, strict=True)}

    def dense_run(self, skill_id: str) -> dict[str, float]:
        """The nearest resources to the skill: precomputed at index build when available."""
        index, row = self.index, self._skill_rows.get(skill_id)
        if index is None or row is None:
            return {}
        k = self.config.per_run
        near, near_scores = index.neighbours, index.neighbour_scores
        if near is not None and near_scores is not None and near.shape[1] >= min(k, len(self._ids)):
            pairs = zip(near[row, :k], near_scores[row, :k], strict=True)
            return {self._ids[r]: float(score) for r, score in pairs if score > 0}
        return self._scores_to_run(index.resource_vectors @ index.skill_vectors[row])

    def _tagged(self, skill_id: str) -> TaggedResources:
        found = self._tag_cache.get(skill_id)
        if found is None:
            resources = self.catalogue.for_skill(skill_id)
            taught = [next(t for t in r.skills if t.skill_id == skill_id) for r in resources]
            ids = [r.id for r in resources]
            cosines = self.cosines(skill_id, ids)
            found = TaggedResources(
                ids=ids,
                scores=np.array([t.score for t in taught], dtype=np.float32),
                ranks=np.array([t.level.rank for t in taught], dtype=np.int8),
                cosines=np.array([cosines.get(i, 0.0) for i in ids], dtype=np.float32),
            )
            self._tag_cache[skill_id] = found
        return found

    def tag_run(self, skill_id: str, level: Level | None = None) -> dict[str, float]:
        """Tagged resources, by mapping confidence, plus LEVEL_BONUS when they teach the skill
        to ``level``; the dense cosine (x 0.01) breaks ties. The max_candidates best."""
        tagged = self._tagged(skill_id)
        if not tagged.ids:
            return {}
        scores = tagged.scores.astype(np.float64)
        if level is not None:
            scores = scores + LEVEL_BONUS * (tagged.ranks == level.rank)
        scores = scores + 0.01 * tagged.cosines
        top = _top(scores + 1.0, self.config.max_candidates)  # + 1: keep zero-confidence tags
        return {tagged.ids[i]: float(scores[i]) for i in top}

    def runs(self, skill: SkillRecord, level: Level | None = None) -> dict[str, dict[str, float]]:
        """Each enabled run: resource id -> score."""
        made: dict[str, dict[str, float]] = {}
        if "tags" in self.config.runs:
            made["tags"] = self.tag_run(skill.id, level)
        if "bm25" in self.config.runs:
            made["bm25"] = self.bm25_run(skill)
        if "dense" in self.config.runs:
            made["dense"] = self.dense_run(skill.id)
        return made

    def candidates(self, skill: SkillRecord, level: Level | None = None) -> list[Candidate]:
        """The ``max_candidates`` best candidates of the enabled runs, by fused relevance;
        with ``level``, tagged resources teaching the skill to that level rank first."""
        runs = self.runs(skill, level)
        names: Sequence[str] = list(runs)
        weights = [self.config.weights[RUNS.index(name)] for name in names]
        fused = fuse(
            self.config.method, [runs[n] for n in names], weights=weights, rrf_k=self.config.rrf_k
        )
        if not fused:
            return []
        best = max(fused.values())
        ordered = sorted(fused, key=lambda i: (-fused[i], i))[: self.config.max_candidates]
        ordered = [i for i in ordered if i in self.catalogue.resources]
        similarity = self.cosines(skill.id, ordered)
        return [
            Candidate(
                resource=self.catalogue.resources[i],
                relevance=fused[i] / best if best > 0 else 0.0,
                runs=tuple(n for n in names if i in runs[n]),
                similarity=similarity.get(i),
            )
            for i in ordered
        ]


def retrieval_config(settings: Settings) -> RetrievalConfig:
    return RetrievalConfig(
        method=settings.fusion_method,
        rrf_k=settings.rrf_k,
        weights=settings.fusion_weights,
        per_run=settings.candidates_per_run,
        max_candidates=settings.max_candidates,
    )


@lru_cache(maxsize=2)
def _retriever(catalogue: Catalogue, config: RetrievalConfig, index_dir: Path) -> Retriever:
    taxonomy = load_taxonomy()
    retriever = Retriever(catalogue, taxonomy, ensure_index(catalogue, taxonomy, index_dir), config)
    retriever.prepare()
    return retriever


def load_retriever(settings: Settings) -> Retriever:
    """The retriever over the merged catalogue, built once per catalogue state; the vector
    index is (re)built first when missing or stale, with a progress bar on stderr."""
    return _retriever(load_catalogue(settings), retrieval_config(settings), settings.index_dir)
