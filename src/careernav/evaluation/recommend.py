"""`careernav eval recommend`: ranking quality on the judged development set, with ranx.

The judged set (evaluation/judgements/recommend.json) holds (skill, level, style) queries and
graded judgements 0-3 of pooled resources; unjudged resources count as 0. Binary metrics
(Precision@5, MRR, MAP@10) count a resource as relevant from grade ``RELEVANT_FROM`` (2, "a
good recommendation"); nDCG@10 uses the grades. Systems: the full ranker, and ranker variants
with one retrieval run only (tags, bm25, dense) or another fusion method, to choose fusion.

ranx's MAP@10 divides by every relevant resource of a query, so a query with 25 good
resources scores at most 10/25 however well it is ranked. ``map_capped@10`` divides by
min(relevant, 10) instead, the usual top-k normalisation (the ``apk`` of Hamner's ml_metrics,
Kaggle's MAP@K): 1 when the first ten are all relevant. Both are reported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import BaseModel, Field

from careernav.errors import DataSourceError
from careernav.knowledge.retrieval import RetrievalConfig
from careernav.models import Level
from careernav.ranking import Ranker, RankingRequest
from careernav.taxonomy.model import Taxonomy

METRICS = ("precision@5", "mrr", "map@10", "map_capped@10", "ndcg@10")
RELEVANT_FROM = 2
DEPTH = 20


class JudgedQuery(BaseModel):
    id: str
    skill: str
    level: Level
    style: str | None = None
    judgements: dict[str, int] = Field(description="resource id -> grade 0-3")


class JudgedSet(BaseModel):
    about: str
    queries: list[JudgedQuery]


@dataclass(frozen=True)
class SystemScores:
    system: str
    scores: dict[str, float]


def read_judgements(path: Path) -> JudgedSet:
    if not path.is_file():
        raise DataSourceError(f"No judged set at {path}.")
    return JudgedSet.model_validate(json.loads(path.read_text(encoding="utf-8")))


def system_variants(base: RetrievalConfig) -> dict[str, RetrievalConfig]:
    return {
        "fused (rrf)": replace(base, method="rrf"),
        "fused (weighted)": replace(base, method="weighted"),
        "tags only": replace(base, runs=("tags",)),
        "bm25 only": replace(base, runs=("bm25",)),
        "dense only": replace(base, runs=("dense",)),
    }


def ranked_ids(ranker: Ranker, taxonomy: Taxonomy, query: JudgedQuery, k: int) -> list[str]:
    skill = taxonomy.get(query.skill)
    if skill is None:
        raise DataSourceError(f"Query {query.id}: unknown skill {query.skill!r}.")
    request = RankingRequest(query.level, style=query.style)
    return [r.resource.id for r in ranker.rank(skill, request, k=k)]


def run_system(
    ranker: Ranker, taxonomy: Taxonomy, judged: JudgedSet, k: int = DEPTH
) -> dict[str, dict[str, float]]:
    """query id -> {resource id: score}, scores decreasing with rank (what ranx reads)."""
    return {
        q.id: {rid: float(k - i) for i, rid in enumerate(ranked_ids(ranker, taxonomy, q, k))}
        for q in judged.queries
    }


def evaluate(
    judged: JudgedSet, run: dict[str, dict[str, float]], known: Collection[str] | None = None
) -> dict[str, float]:
    """The four metrics; with ``known`` (the ids of the catalogue under test), judgements of
    resources it does not hold are left out (the pools were drawn from a larger catalogue)."""
    from ranx import Qrels, Run
    from ranx import evaluate as ranx_evaluate

    qrels_dict = {
        q.id: {d: g for d, g in q.judgements.items() if g > 0 and (known is None or d in known)}
        for q in judged.queries
    }
    qrels = Qrels(qrels_dict)
    # ranx wants at least one result per query; an empty run scores 0 there.
    ranx_run = Run({qid: docs or {"__none__": 0.0} for qid, docs in run.items()})
    # ranx reads "metric@k-lN" as: relevant from grade N.
    binary = [f"{metric}-l{RELEVANT_FROM}" for metric in ("precision@5", "mrr", "map@10")]
    scores = ranx_evaluate(qrels, ranx_run, [*binary, "ndcg@10"], make_comparable=True)
    assert isinstance(scores, dict)
    found = {name.split("-l")[0]: float(value) for name, value in scores.items()}
    found["map_capped@10"] = mean_capped_average_precision(judged, run, known, 10)
    return {metric: found[metric] for metric in METRICS}


def capped_average_precision(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Sum of precision@i at each relevant rank i <= k, over min(len(relevant), k)."""
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for position, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            hits += 1
            total += hits / position
    return total / min(len(relevant), k)


def mean_capped_average_precision(
    judged: JudgedSet, run: dict[str, dict[str, float]], known: Collection[str] | None, k: int
) -> float:
    scores = []
    for q in judged.queries:
        relevant = {
            d
            for d, g in q.judgements.items()
            if g >= RELEVANT_FROM and (known is None or d in known)
        }
        ranked = sorted(run.get(q.id, {}), key=lambda d: -run[q.id][d])
        scores.append(capped_average_precision(ranked, relevant, k))
    return sum(scores) / len(scores) if scores else 0.0


def known(ranker: Ranker) -> set[str]:
    return set(ranker.retriever.catalogue.resources)


def compare_systems(
    judged: JudgedSet,
    make_ranker: Callable[[RetrievalConfig], Ranker],
    taxonomy: Taxonomy,
    base: RetrievalConfig,
) -> list[SystemScores]:
    return [
        SystemScores(name, evaluate(judged, run_system(ranker, taxonomy, judged), known(ranker)))
        for name, config in system_variants(base).items()
        for ranker in [make_ranker(config)]
    ]
