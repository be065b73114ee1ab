"""Job postings -> role benchmarks (skill shares, must-have shares, level distributions)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.market.corpus import Posting
from careernav.market.model import RoleBenchmark, SkillDemand
from careernav.market.titles import normalise_title
from careernav.models import ExtractedSkill, Level
from careernav.taxonomy import Taxonomy

MIN_SHARE = 0.04  # a skill asked by fewer postings than this is noise for the role


@dataclass
class _RoleTally:
    postings: int = 0
    sources: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    asked: Counter[str] = field(default_factory=Counter)
    required: Counter[str] = field(default_factory=Counter)
    levels: dict[str, Counter[Level]] = field(default_factory=lambda: defaultdict(Counter))
    years: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def add(self, posting: Posting, skills: Iterable[ExtractedSkill]) -> None:
        self.postings += 1
        self.sources.add(posting.source)
        if posting.posted:
            self.dates.append(posting.posted[:10])
        for skill in skills:
            self.asked[skill.id] += 1
            self.required[skill.id] += bool(skill.required)
            self.levels[skill.id][skill.level] += 1
            if skill.years is not None:
                self.years[skill.id].append(skill.years)


def _median_level(counts: Counter[Level]) -> Level:
    ranks = sorted(level.rank for level, n in counts.items() for _ in range(n))
    return Level.from_rank(ranks[(len(ranks) - 1) // 2])


def _benchmark(role: str, tally: _RoleTally, taxonomy: Taxonomy) -> RoleBenchmark:
    demands = []
    for skill_id, asked in tally.asked.items():
        share = asked / tally.postings
        if share < MIN_SHARE or skill_id not in taxonomy:
            continue
        skill = taxonomy.skills[skill_id]
        levels = tally.levels[skill_id]
        demands.append(
            SkillDemand(
                skill_id=skill_id,
                name=skill.name,
                type=skill.type,
                postings=asked,
                share=round(share, 4),
                required_share=round(tally.required[skill_id] / tally.postings, 4),
                levels={level: round(n / asked, 4) for level, n in levels.items()},
                required_level=_median_level(levels),
                median_years=statistics.median(tally.years[skill_id])
                if tally.years[skill_id]
                else None,
            )
        )
    demands.sort(key=lambda d: (-d.share, d.name))
    dates = sorted(tally.dates)
    return RoleBenchmark(
        role=role,
        postings=tally.postings,
        sources=sorted(tally.sources),
        first_posted=dates[0] if dates else None,
        last_posted=dates[-1] if dates else None,
        skills=demands,
    )


def build_benchmarks(
    postings: Iterable[Posting],
    taxonomy: Taxonomy,
    *,
    on_posting: Callable[[], None] | None = None,
) -> tuple[list[RoleBenchmark], Counter[str]]:
    """Benchmarks for every recognised role, and the titles no rule recognised."""
    tallies: dict[str, _RoleTally] = defaultdict(_RoleTally)
    unrecognised: Counter[str] = Counter()
    for posting in postings:
        role = normalise_title(posting.title)
        if role is None:
            unrecognised[posting.title] += 1
        else:
            document = document_from_text(posting.description, posting.title, kind="job")
            skills = extract_skills(document, "job", taxonomy=taxonomy, semantic=False)
            tallies[role].add(posting, skills)
        if on_posting is not None:
            on_posting()
    benchmarks = [_benchmark(role, tally, taxonomy) for role, tally in tallies.items()]
    return sorted(benchmarks, key=lambda b: (-b.postings, b.role)), unrecognised
