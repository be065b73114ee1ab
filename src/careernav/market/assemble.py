"""Postings -> the benchmark file: built roles, ESCO fallbacks for thin roles, and a header."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from careernav.config import Settings
from careernav.market.build import build_benchmarks
from careernav.market.corpus import Posting
from careernav.market.model import BenchmarkAbout, BenchmarkFile, RoleBenchmark
from careernav.market.titles import ROLES
from careernav.taxonomy import load_taxonomy

METHOD = (
    "Titles normalised to roles by rule; skills extracted from each description with the "
    "CareerNav dictionary extractor; per role and skill: share of postings that ask for it, "
    "share that require it, distribution of required levels. Roles with fewer postings than "
    "the minimum use ESCO essential/optional occupation skills when ESCO is imported."
)


def assemble_benchmarks(
    postings: Iterable[Posting],
    settings: Settings,
    *,
    sources: list[str],
    built: str,
    on_posting: Callable[[], None] | None = None,
) -> tuple[BenchmarkFile, Counter[str]]:
    taxonomy = load_taxonomy()
    benchmarks, unrecognised = build_benchmarks(postings, taxonomy, on_posting=on_posting)
    by_role: dict[str, RoleBenchmark] = {b.role: b for b in benchmarks}
    esco = _imported_esco(settings)
    used_esco = False
    for role in ROLES:
        current = by_role.get(role)
        count = current.postings if current else 0
        if count >= settings.min_role_postings:
            continue
        fallback = None
        if esco is not None:
            from careernav.market.esco_fallback import esco_benchmark

            fallback = esco_benchmark(role, count, esco, taxonomy)
        if fallback is not None:
            by_role[role] = fallback
            used_esco = True
        elif current is not None:
            by_role[role] = current.model_copy(
                update={
                    "note": (
                        f"Only {count} job postings for {role}; treat the figures as indicative. "
                        "Import ESCO (`careernav taxonomy import esco DIR`) to complete it."
                    )
                }
            )
    about_sources = [*sources]
    if used_esco:
        about_sources.append("ESCO v1.1.1 (European Commission), CC BY 4.0, attribution")
    about = BenchmarkAbout(
        name="CareerNav role benchmarks",
        built=built,
        sources=about_sources,
        licence="Figures derived by CareerNav; no posting text is included. ESCO-derived "
        "figures: CC BY 4.0 (European Commission).",
        method=METHOD,
    )
    roles = sorted(by_role.values(), key=lambda b: (-b.postings, b.role))
    return BenchmarkFile(about=about, roles=roles), unrecognised


def _imported_esco(settings: Settings):
    from careernav.taxonomy.esco import load_esco

    return load_esco(settings)
