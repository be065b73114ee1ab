"""Rank fusion: several ranked candidate lists -> one score per candidate.

One small pure function per method, and ``fuse`` to pick one by name. Each input is a ranked
list of ids, best first (or a mapping id -> score for the weighted sum).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

FUSION_METHODS = ("rrf", "weighted")


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], k: float = 60.0) -> dict[str, float]:
    """Reciprocal rank fusion: score(d) = sum over lists r of 1 / (k + rank_r(d)), ranks from 1.

    Cormack, Clarke & Büttcher (2009), "Reciprocal rank fusion outperforms Condorcet and
    individual rank learning methods", SIGIR '09, pp. 758-759; k = 60 as in the paper.
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def min_max(scores: Mapping[str, float]) -> dict[str, float]:
    """Scores rescaled to [0, 1] (max -> 1, min -> 0); all equal -> all 1."""
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    if high == low:
        return {item: 1.0 for item in scores}
    return {item: (value - low) / (high - low) for item, value in scores.items()}


def weighted_sum(runs: Sequence[Mapping[str, float]], weights: Sequence[float]) -> dict[str, float]:
    """Weighted sum of min-max normalised scores; a run missing an item adds 0 for it.

    CombSUM with score normalisation (Fox & Shaw 1994, "Combination of multiple searches",
    TREC-2; min-max normalisation as in Lee 1997, "Analyses of multiple evidence combination",
    SIGIR '97), with a weight per run.
    """
    if len(runs) != len(weights):
        raise ValueError(f"{len(runs)} runs but {len(weights)} weights")
    fused: dict[str, float] = {}
    for run, weight in zip(runs, weights, strict=True):
        for item, value in min_max(run).items():
            fused[item] = fused.get(item, 0.0) + weight * value
    return fused


def fuse(
    method: str,
    runs: Sequence[Mapping[str, float]],
    *,
    weights: Sequence[float] | None = None,
    rrf_k: float = 60.0,
) -> dict[str, float]:
    """Fuse runs (id -> score, higher is better) with the method named ``rrf`` or ``weighted``."""
    if method == "rrf":
        rankings = [sorted(run, key=lambda item, run=run: -run[item]) for run in runs]
        return reciprocal_rank_fusion(rankings, k=rrf_k)
    if method == "weighted":
        return weighted_sum(runs, weights if weights is not None else [1.0] * len(runs))
    raise ValueError(f"unknown fusion method {method!r}; use one of {', '.join(FUSION_METHODS)}")
