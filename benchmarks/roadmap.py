"""Recommendation and roadmap latency, at the shipped catalogue size and at 100,000 resources.

Run: `python benchmarks/roadmap.py [--data-dir DIR] [--repeat N]`. Prints p50/p95 (warm) of
`recommend` over the judged queries and of a full roadmap for the demo persona (a business
analyst moving to Data Scientist, 6 h/week), and the index build time. The 100,000-resource
catalogue is made of synthetic copies of the shipped resources (new ids, same texts), with
the shipped vectors copied and slightly perturbed instead of re-embedding (the embedding
throughput measured on the shipped catalogue gives the build time to expect at that size).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from _shared import percentile

from careernav.config import Settings, get_settings
from careernav.errors import CareerNavError
from careernav.evaluation.recommend import read_judgements
from careernav.gaps import GapReport, SkillGap
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.index import (
    VectorIndex,
    build_index,
    fingerprint,
    load_index,
    shipped_index_dir,
    with_neighbours,
)
from careernav.knowledge.retrieval import Retriever, retrieval_config
from careernav.knowledge.store import load_catalogue
from careernav.models import Level
from careernav.ranking import Ranker, RankingRequest
from careernav.roadmap import RoadmapRequest, build_roadmap
from careernav.taxonomy import load_taxonomy

JUDGED = Path(__file__).parents[1] / "evaluation" / "judgements" / "recommend.json"
LARGE = 100_000
# The persona's gaps when the analysis pipeline cannot run here (no role benchmarks): the
# skills, levels and shares a Data Scientist benchmark typically asks for, in that order.
FALLBACK_GAPS = (
    ("python", "Python", Level.BASIC, Level.INTERMEDIATE, 0.72),
    ("machine-learning", "Machine Learning", None, Level.INTERMEDIATE, 0.6),
    ("statistics", "Statistics", Level.BASIC, Level.INTERMEDIATE, 0.5),
    ("pandas", "pandas", Level.BASIC, Level.INTERMEDIATE, 0.3),
    ("scikit-learn", "scikit-learn", None, Level.BASIC, 0.25),
    ("deep-learning", "Deep Learning", None, Level.BASIC, 0.2),
    ("r", "R", None, Level.BASIC, 0.35),
    ("apache-spark", "Apache Spark", None, Level.BASIC, 0.2),
)


def timed(call: Callable[[], object], repeat: int, warm: int = 1) -> tuple[float, float]:
    """p50 and p95 in ms of ``repeat`` calls after ``warm`` untimed ones."""
    for _ in range(warm):
        call()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


def persona_report() -> tuple[GapReport, str]:
    try:
        from importlib import resources

        from careernav.documents import document_from_text
        from careernav.pipeline import analyse

        text = resources.files("careernav.data").joinpath("demo_resume.txt").read_text("utf-8")
        analysis = analyse(document_from_text(text, "demo_resume.txt"), "Data Scientist")
        assert analysis.gaps is not None
        return analysis.gaps, "the analysis pipeline"
    except (ImportError, FileNotFoundError, AssertionError, CareerNavError) as error:
        gaps = tuple(
            SkillGap(
                sid,
                name,
                "hard",
                have,
                need,
                share,
                0.5,
                need.rank - (have.rank if have else 0),
                share,
            )
            for sid, name, have, need, share in FALLBACK_GAPS
        )
        report = GapReport("Data Scientist", 0, "fixed", None, 0.0, gaps, ())
        return report, f"a fixed gap list ({type(error).__name__}: pipeline unavailable)"


def synthetic(catalogue: Catalogue, index: VectorIndex, size: int) -> tuple[Catalogue, VectorIndex]:
    rng = np.random.default_rng(0)
    originals = [catalogue.resources[i] for i in index.resource_ids]
    resources, rows = [], []
    for n in range(size):
        row = n % len(originals)
        copy = n // len(originals)
        original = originals[row]
        rid = original.id if copy == 0 else f"{original.id}.copy{copy}"
        resources.append(original if copy == 0 else original.model_copy(update={"id": rid}))
        rows.append(row)
    vectors = index.resource_vectors[rows] + rng.normal(
        0, 0.01, (size, index.resource_vectors.shape[1])
    )
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    large = Catalogue.from_resources(resources)
    ids = tuple(r.id for r in resources)
    started = time.perf_counter()
    index = with_neighbours(
        VectorIndex(ids, vectors, index.skill_ids, index.skill_vectors, "synthetic")
    )
    print(
        f"[100k] nearest-resource table for {len(index.skill_ids):,} skills built in "
        f"{time.perf_counter() - started:.1f} s"
    )
    return large, index


def measure(
    label: str,
    catalogue: Catalogue,
    index: VectorIndex,
    settings: Settings,
    repeat: int,
    persona: tuple[GapReport, str],
) -> None:
    taxonomy = load_taxonomy()
    started = time.perf_counter()
    retriever = Retriever(catalogue, taxonomy, index, retrieval_config(settings))
    retriever.prepare()
    print(
        f"[{label}] {len(catalogue):,} resources; BM25 index built in "
        f"{time.perf_counter() - started:.1f} s"
    )
    ranker = Ranker(retriever, settings)
    queries = read_judgements(JUDGED).queries
    position = iter(range(10**9))

    def recommend() -> None:
        q = queries[next(position) % len(queries)]
        ranker.rank(taxonomy.get(q.skill), RankingRequest(q.level, style=q.style), k=10)

    # Warm: one untimed pass over the queries (each skill's tag table is built on first use).
    p50, p95 = timed(recommend, max(repeat, 2 * len(queries)), warm=len(queries))
    print(f"[{label}] recommend, skill asked before: p50 {p50:.1f} ms, p95 {p95:.1f} ms")

    def first_query() -> None:
        retriever.forget_queries()  # BM25 runs again, as for a skill nobody asked for yet
        recommend()

    p50, p95 = timed(first_query, max(repeat, 2 * len(queries)), warm=0)
    print(f"[{label}] recommend, first query for a skill: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    report, source = persona
    request = RoadmapRequest(
        hours_per_week=6,
        min_priority=settings.roadmap_min_priority,
        core_priority=settings.roadmap_core_priority,
    )
    p50, p95 = timed(lambda: build_roadmap(report, ranker, taxonomy, request), repeat)
    plan = build_roadmap(report, ranker, taxonomy, request)
    print(
        f"[{label}] full roadmap ({len(plan.items)} items, {plan.eta_weeks} weeks; gaps from "
        f"{source}): p50 {p50:.1f} ms, p95 {p95:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="Where the index is built.")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after loading.")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="careernav-bench-"))
    os.environ["CAREERNAV_DATA_DIR"] = str(data_dir)  # the analysis pipeline reads it too
    get_settings.cache_clear()
    settings = get_settings()
    catalogue, taxonomy = load_catalogue(settings), load_taxonomy()
    index = load_index(catalogue, taxonomy, settings.index_dir) or load_index(
        catalogue, taxonomy, shipped_index_dir()
    )
    if index is None:
        started = time.perf_counter()
        index = build_index(catalogue, taxonomy, settings.index_dir, progress=False)
        seconds = time.perf_counter() - started
        texts = len(catalogue) + len(taxonomy)
        print(
            f"Index build: {seconds:.1f} s for {len(catalogue):,} resources and "
            f"{len(taxonomy):,} skills ({texts / seconds:.0f} texts/s; {LARGE:,} resources "
            f"would take about {LARGE / (texts / seconds) / 60:.0f} min)"
        )
    else:
        print(
            "Index build: skipped, the data folder's or the shipped index is current "
            f"(fingerprint {fingerprint(catalogue, taxonomy)[:12]})"
        )
    persona = persona_report()
    if args.freeze:
        gc.freeze()  # long-lived reference data out of the collector's way, as a server would
    measure("shipped", catalogue, index, settings, args.repeat, persona)
    large, large_index = synthetic(catalogue, index, LARGE)
    measure("100k", large, large_index, settings, args.repeat, persona)


if __name__ == "__main__":
    main()
