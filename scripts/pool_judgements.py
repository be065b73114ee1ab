"""Draw the held-out recommendation queries and pool resources for judging them.

Step 1, the draw: the candidate skills are those with a share of at least 20% of the postings
of a posting-based role benchmark (``method == "postings"`` in the shipped
``careernav/data/role_benchmarks.json``; the ESCO-fallback roles carry fixed ESCO weights, not
shares of postings) that are not a skill of the development set
(``evaluation/judgements/recommend.json``). They are sorted by id and 20 are drawn with
``random.Random(2027).sample``; the same generator then shuffles a list of levels (Basic,
Intermediate, Expert repeated, cut to 20) and a list of styles (video, reading, hands-on, none
repeated, cut to 20), and query i gets the i-th skill, level and style (ids h01..h20).

Step 2, the pool: for each query, the top 20 of the ranker with each retrieval variant of
``careernav.evaluation.recommend.system_variants`` (the ranker as ``careernav eval recommend``
builds it), pooled as a union. The pool file lists each query and its pooled resources with
their facts, in a shuffled order, without ranks, scores or the systems that found them, so
that judging is blind to the ranker.

Run: ``CAREERNAV_SHARED_DATA=... .venv/bin/python scripts/pool_judgements.py --out
/tmp/heldout-pool.json``.

Later draws: ``--seed`` sets the generator (2027 for the first draw, 2028 for the second),
``--first-id`` the number of the first query id (21 gives h21..h40), and ``--exclude-heldout``
also removes from the candidates the skills of the queries of
``evaluation/judgements-heldout/recommend.json`` and of the later draws' files there
(``*-draw.json``) numbered below ``--first-id`` (the earlier draws, so that a draw stays
reproducible after its own queries are added to a file). The
second draw: ``--seed 2028 --first-id 21 --exclude-heldout --out
/tmp/heldout-pool-2028.json``. Without these options the script reproduces the first draw.
``--population other`` draws from the skills no posting-based role demands but the catalogue
teaches with at least six resources (the fifth draw: ``--seed 2032 --first-id 81
--exclude-heldout --population other``).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from careernav.config import get_settings
from careernav.evaluation.recommend import (
    DEPTH,
    JudgedQuery,
    JudgedSet,
    ranked_ids,
    read_judgements,
    system_variants,
)
from careernav.knowledge.model import Resource
from careernav.knowledge.retrieval import Retriever, load_retriever, retrieval_config
from careernav.models import Level
from careernav.ranking import Ranker

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "src" / "careernav" / "data" / "role_benchmarks.json"
DEVELOPMENT_SET = ROOT / "evaluation" / "judgements" / "recommend.json"
HELDOUT_SET = ROOT / "evaluation" / "judgements-heldout" / "recommend.json"
# Later draws kept in their own files (h41.., h61..): their skills are excluded as well.
LATER_DRAWS = sorted((ROOT / "evaluation" / "judgements-heldout").glob("*-draw.json"))
SEED = 2027
QUERIES = 20
MIN_SHARE = 0.20
LEVELS = (Level.BASIC, Level.INTERMEDIATE, Level.EXPERT)
STYLES = ("video", "reading", "hands-on", None)


def judged_skills(path: Path) -> set[str]:
    return {query.skill for query in read_judgements(path).queries}


def heldout_skills(before: int) -> set[str]:
    """Skills of the held-out queries h01..h{before - 1} (the draws before this one)."""
    queries = [q for path in (HELDOUT_SET, *LATER_DRAWS) for q in read_judgements(path).queries]
    return {query.skill for query in queries if int(query.id.removeprefix("h")) < before}


def demanded_skills() -> set[str]:
    """Skills at least ``MIN_SHARE`` of a posting-based role's postings ask for."""
    roles = json.loads(BENCHMARKS.read_text(encoding="utf-8"))["roles"]
    return {
        demand["skill_id"]
        for role in roles
        if role["method"] == "postings"
        for demand in role["skills"]
        if demand["share"] >= MIN_SHARE
    }


def candidate_skills(exclude: set[str] | frozenset[str] = frozenset()) -> list[str]:
    return sorted(demanded_skills() - judged_skills(DEVELOPMENT_SET) - exclude)


MIN_RESOURCES = 6  # a skill outside the demanded ones is drawn only if this many teach it


def other_skills(exclude: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Skills no posting-based role demands (below ``MIN_SHARE`` everywhere) that at least
    ``MIN_RESOURCES`` shipped resources are tagged with: the rest of what a user may ask for."""
    from careernav.knowledge.store import read_shipped

    demanded = demanded_skills()
    taught = Counter(t.skill_id for r in read_shipped().resources for t in r.skills)
    known = {s for s, n in taught.items() if n >= MIN_RESOURCES}
    return sorted(known - demanded - judged_skills(DEVELOPMENT_SET) - exclude)


def draw_queries(
    candidates: list[str], seed: int = SEED, n: int = QUERIES, first_id: int = 1
) -> list[JudgedQuery]:
    rng = random.Random(seed)
    skills = rng.sample(candidates, n)
    levels = list(islice(cycle(LEVELS), n))
    rng.shuffle(levels)
    styles = list(islice(cycle(STYLES), n))
    rng.shuffle(styles)
    rows = zip(skills, levels, styles, strict=True)
    return [
        JudgedQuery(id=f"h{i:02d}", skill=skill, level=level, style=style, judgements={})
        for i, (skill, level, style) in enumerate(rows, first_id)
    ]


def facts(resource: Resource) -> dict[str, Any]:
    return {
        "id": resource.id,
        "title": resource.title,
        "provider": resource.provider,
        "format": resource.format,
        "level": resource.level.value,
        "level_estimated": resource.level_estimated,
        "hours": resource.hours,
        "free": resource.free,
        "url": str(resource.url),
        "description": resource.description,
        "language": resource.language,
        "skills": [taught.skill_id for taught in resource.skills],
    }


def pool(queries: list[JudgedQuery], seed: int = SEED) -> dict[str, Any]:
    settings = get_settings()
    base = load_retriever(settings)
    rankers = [
        Ranker(Retriever(base.catalogue, base.taxonomy, base.index, config), settings)
        for config in system_variants(retrieval_config(settings)).values()
    ]
    judged = JudgedSet(about="held-out draw", queries=queries)
    pooled = []
    for query in judged.queries:
        ids = {rid for ranker in rankers for rid in ranked_ids(ranker, base.taxonomy, query, DEPTH)}
        order = sorted(ids)
        random.Random(f"{seed}-{query.id}").shuffle(order)  # blind to any system's order
        skill = base.taxonomy.get(query.skill)
        pooled.append(
            {
                "id": query.id,
                "skill": query.skill,
                "skill_name": skill.name if skill else query.skill,
                "level": query.level.value,
                "style": query.style,
                "pool": [facts(base.catalogue.resources[rid]) for rid in order],
            }
        )
    return {"systems": list(system_variants(retrieval_config(settings))), "queries": pooled}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/heldout-pool.json"))
    parser.add_argument("--seed", type=int, default=SEED, help="generator seed (first draw: 2027)")
    parser.add_argument("--first-id", type=int, default=1, help="number of the first query id")
    parser.add_argument(
        "--exclude-heldout",
        action="store_true",
        help=f"also exclude the skills of {HELDOUT_SET.relative_to(ROOT)} below --first-id",
    )
    parser.add_argument(
        "--population",
        choices=("demanded", "other"),
        default="demanded",
        help="draw from the demanded skills (default) or from the other skills the catalogue "
        f"teaches with at least {MIN_RESOURCES} resources",
    )
    args = parser.parse_args()
    excluded = heldout_skills(args.first_id) if args.exclude_heldout else frozenset()
    population = other_skills if args.population == "other" else candidate_skills
    candidates = population(excluded)
    queries = draw_queries(candidates, seed=args.seed, first_id=args.first_id)
    result = {"candidates": len(candidates), "seed": args.seed, **pool(queries, seed=args.seed)}
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    pairs = sum(len(q["pool"]) for q in result["queries"])
    print(f"{len(candidates)} candidate skills, {len(queries)} queries, {pairs} pooled pairs")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
