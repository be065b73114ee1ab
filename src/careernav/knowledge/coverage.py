"""Does the catalogue cover what roles ask for? The coverage target, per skill and per role.

Target for every skill that at least ``MIN_DEMAND_SHARE`` of a role's postings ask for: at
each level (Basic, Intermediate, Expert) at least ``MIN_PER_LEVEL`` resources, at least
``MIN_FREE_PER_LEVEL`` of them free; and across the levels at least ``MIN_FORMATS`` formats.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from careernav.knowledge.catalogue import Catalogue, taught_level
from careernav.market.model import BenchmarkFile
from careernav.models import Level

MIN_DEMAND_SHARE = 0.2
MIN_PER_LEVEL = 2
MIN_FREE_PER_LEVEL = 1
MIN_FORMATS = 2


@dataclass(frozen=True)
class SkillCoverage:
    skill_id: str
    name: str
    per_level: dict[Level, int]
    free_per_level: dict[Level, int]
    formats: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.per_level.values())

    @property
    def shortfalls(self) -> list[str]:
        """What the skill lacks to meet the target, in words; empty when it meets it."""
        missing = [
            f"{level.value}: {self.per_level[level]}/{MIN_PER_LEVEL}"
            for level in Level
            if self.per_level[level] < MIN_PER_LEVEL
        ]
        missing += [
            f"{level.value}: no free resource"
            for level in Level
            if self.free_per_level[level] < MIN_FREE_PER_LEVEL
        ]
        if len(self.formats) < MIN_FORMATS:
            missing.append(f"formats: {len(self.formats)}/{MIN_FORMATS}")
        return missing

    @property
    def meets_target(self) -> bool:
        return not self.shortfalls


@dataclass(frozen=True)
class RoleCoverage:
    role: str
    skills: list[SkillCoverage]

    @property
    def met(self) -> int:
        return sum(1 for s in self.skills if s.meets_target)


def skill_coverage(catalogue: Catalogue, skill_id: str, name: str = "") -> SkillCoverage:
    per_level: Counter[Level] = Counter()
    free: Counter[Level] = Counter()
    formats: set[str] = set()
    for resource in catalogue.for_skill(skill_id):
        level = taught_level(resource, skill_id)
        if level is None:
            continue
        per_level[level] += 1
        free[level] += resource.free
        formats.add(resource.format)
    return SkillCoverage(
        skill_id=skill_id,
        name=name or skill_id,
        per_level={level: per_level[level] for level in Level},
        free_per_level={level: free[level] for level in Level},
        formats=tuple(sorted(formats)),
    )


def role_coverage(
    catalogue: Catalogue, benchmarks: BenchmarkFile, min_share: float = MIN_DEMAND_SHARE
) -> list[RoleCoverage]:
    """For each role, the coverage of the skills at least ``min_share`` of its postings ask for."""
    return [
        RoleCoverage(
            role=benchmark.role,
            skills=[
                skill_coverage(catalogue, demand.skill_id, demand.name)
                for demand in sorted(benchmark.skills, key=lambda d: -d.share)
                if demand.share >= min_share
            ],
        )
        for benchmark in benchmarks.roles
    ]


def demanded_skill_coverage(
    catalogue: Catalogue, benchmarks: BenchmarkFile, min_share: float = MIN_DEMAND_SHARE
) -> dict[str, SkillCoverage]:
    """Each skill demanded by at least ``min_share`` of any role's postings, once. Roles whose
    benchmark comes from ESCO rather than postings have no posting shares and are left out."""
    from_postings = benchmarks.model_copy(
        update={"roles": [b for b in benchmarks.roles if b.method == "postings"]}
    )
    return {
        skill.skill_id: skill
        for role in role_coverage(catalogue, from_postings, min_share)
        for skill in role.skills
    }
