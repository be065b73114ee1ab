"""Recommendation metrics: the top-k capped average precision beside ranx's figures."""

from __future__ import annotations

import pytest

from careernav.evaluation.recommend import (
    METRICS,
    JudgedQuery,
    JudgedSet,
    capped_average_precision,
    evaluate,
)
from careernav.models import Level


def test_capped_average_precision_by_hand() -> None:
    # Relevant at ranks 1 and 3 of 3 relevant: (1/1 + 2/3) / min(3, 10) = 5/9.
    assert capped_average_precision(["a", "x", "b"], {"a", "b", "c"}, 10) == pytest.approx(5 / 9)
    # Twelve relevant, the first two ranks relevant: (1 + 1) / min(12, 2).
    relevant = {f"r{i}" for i in range(12)}
    assert capped_average_precision(["r0", "r1", "x"], relevant, 2) == pytest.approx(1.0)
    assert capped_average_precision(["a"], set(), 10) == 0.0


def test_evaluate_reports_both_map_figures() -> None:
    """Twelve relevant resources, the first ten ranked all relevant: ranx's MAP@10 is 10/12,
    the capped one 1."""
    judgements = {f"r{i}": 2 for i in range(12)}
    judged = JudgedSet(about="t", queries=[JudgedQuery(id="q", skill="python", level=Level.BASIC,
                                                       judgements=judgements)])  # fmt: skip
    run = {"q": {f"r{i}": float(20 - i) for i in range(10)}}
    scores = evaluate(judged, run)
    assert list(scores) == list(METRICS)
    assert scores["map@10"] == pytest.approx(10 / 12)
    assert scores["map_capped@10"] == pytest.approx(1.0)
    assert scores["precision@5"] == pytest.approx(1.0)


def test_held_out_judged_set_is_apart_from_the_development_set() -> None:
    """The held-out queries cover skills the development set does not, each query was pooled
    and judged (grades 0-3), and nearly every judged resource is still in the shipped catalogue
    (a rebuild may drop a few wrongly tagged ones; scoring leaves those out)."""
    from pathlib import Path

    from careernav.evaluation.recommend import read_judgements
    from careernav.knowledge.store import load_catalogue
    from careernav.taxonomy import load_taxonomy

    root = Path(__file__).parents[2] / "evaluation"
    development = read_judgements(root / "judgements/recommend.json")
    held_out = read_judgements(root / "judgements-heldout/recommend.json")
    assert len(held_out.queries) == 40
    assert not {q.skill for q in held_out.queries} & {q.skill for q in development.queries}
    catalogue = load_catalogue().resources
    taxonomy = load_taxonomy()
    judged = [rid for query in held_out.queries for rid in query.judgements]
    for query in held_out.queries:
        assert taxonomy.get(query.skill) is not None, query.id
        assert query.judgements, query.id
        assert set(query.judgements.values()) <= {0, 1, 2, 3}
    assert sum(rid in catalogue for rid in judged) >= 0.9 * len(judged)
