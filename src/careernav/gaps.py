"""Profile vs role benchmark -> skill gaps, transferable skills and a readiness score.

Readiness (0-100) = 100 x sum_s w_s x min(1, credit_s) / sum_s w_s over the role's relevant
skills s, where w_s = share_s x (1 + must_have_s): skills asked more often, and more often as a
must-have, weigh more. credit_s = your level rank / required level rank (Basic 1, Intermediate
2, Expert 3) when you have the skill; otherwise strength x 0.5 when a transferable skill covers
it (a related skill through the taxonomy or a close embedding), else 0.

A skill you do not list but that another skill of yours builds on (the taxonomy names it as a
prerequisite, directly or further back: pandas needs Python) counts as known one level below
that skill, at least Basic, and the gap row says which skill implies it.

Priority of a gap = share x (1 + must_have) x gap_steps / 3, in [0, 2]: High from 0.5,
Medium from 0.2, Low below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from careernav.market.model import RoleBenchmark, SkillDemand
from careernav.models import Level
from careernav.taxonomy.model import Taxonomy

RELEVANT_SHARE = 0.10  # skills asked by at least this share of the role's postings
MAX_ROWS = 40
RELATED_STRENGTH = 0.6
TRANSFER_CREDIT = 0.5


@dataclass(frozen=True)
class ProfileSkill:
    """A skill the person has, at a level (extracted, or corrected by the person)."""

    id: str
    name: str
    level: Level


@dataclass(frozen=True)
class Transfer:
    """Something the person has that the role values, and why."""

    have_id: str
    have_name: str
    for_id: str
    for_name: str
    reason: Literal["same skill", "builds on it", "related skill", "similar skill"]
    strength: float

    def to_json(self) -> dict[str, object]:
        return {
            "have": self.have_name,
            "have_id": self.have_id,
            "for": self.for_name,
            "for_id": self.for_id,
            "reason": self.reason,
            "strength": round(self.strength, 2),
        }


@dataclass(frozen=True)
class SkillGap:
    skill_id: str
    name: str
    type: str
    your_level: Level | None
    required_level: Level
    share: float
    must_have: float
    gap: int  # level steps missing, 0 when met
    priority: float
    implied_by: str | None = None  # the skill of yours that builds on this one

    @property
    def priority_label(self) -> str:
        if self.gap == 0:
            return "Met"
        return "High" if self.priority >= 0.5 else "Medium" if self.priority >= 0.2 else "Low"

    def to_json(self) -> dict[str, object]:
        return {
            "skill_id": self.skill_id,
            "name": self.name,
            "type": self.type,
            "your_level": self.your_level.value if self.your_level else None,
            "required_level": self.required_level.value,
            "demand_share": round(self.share, 3),
            "must_have_share": round(self.must_have, 3),
            "gap": self.gap,
            "priority": round(self.priority, 3),
            "priority_label": self.priority_label,
            "implied_by": self.implied_by,
        }


@dataclass(frozen=True)
class GapReport:
    role: str
    postings: int
    method: str
    note: str | None
    readiness: float
    gaps: tuple[SkillGap, ...]
    transferable: tuple[Transfer, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "role": self.role,
            "postings": self.postings,
            "benchmark_method": self.method,
            "note": self.note,
            "readiness": round(self.readiness, 1),
            "gaps": [g.to_json() for g in self.gaps],
            "transferable": [t.to_json() for t in self.transferable],
        }


def relevant_demands(benchmark: RoleBenchmark) -> list[SkillDemand]:
    chosen = [d for d in benchmark.skills if d.share >= RELEVANT_SHARE]
    return chosen[:MAX_ROWS] if chosen else benchmark.skills[:15]


def implied_level(
    skill_id: str, profile: dict[str, ProfileSkill], taxonomy: Taxonomy
) -> tuple[ProfileSkill, Level] | None:
    """The strongest skill of the profile that builds on ``skill_id``, and the level it
    implies: one below its own, at least Basic."""
    dependants = [
        have for have in profile.values() if skill_id in taxonomy.prerequisites_closure([have.id])
    ]
    if not dependants:
        return None
    best = max(dependants, key=lambda have: (have.level.rank, have.name))
    return best, Level.from_rank(best.level.rank - 1)


def _related_transfer(
    demand: SkillDemand, profile: dict[str, ProfileSkill], taxonomy: Taxonomy
) -> Transfer | None:
    wanted = taxonomy.get(demand.skill_id)
    if wanted is None:
        return None
    for have in profile.values():
        skill = taxonomy.get(have.id)
        if skill is None:
            continue
        linked = (
            have.id in wanted.related
            or demand.skill_id in skill.related
            or demand.skill_id in skill.prerequisites
            or have.id in wanted.prerequisites
        )
        if linked:
            return Transfer(have.id, have.name, demand.skill_id, demand.name,
                            "related skill", RELATED_STRENGTH)  # fmt: skip
    return None


def analyse_gaps(
    profile: Iterable[ProfileSkill],
    benchmark: RoleBenchmark,
    taxonomy: Taxonomy,
    similar: dict[str, tuple[str, float]] | None = None,
) -> GapReport:
    """The gap table for a role. ``similar`` maps a role skill id to (profile skill id, cosine)."""
    mine = {skill.id: skill for skill in profile}
    similar = similar or {}
    gaps: list[SkillGap] = []
    transfers: list[Transfer] = []
    weighted, total = 0.0, 0.0
    for demand in relevant_demands(benchmark):
        weight = demand.share * (1 + demand.must_have_share)
        total += weight
        have = mine.get(demand.skill_id)
        implied = None if have is not None else implied_level(demand.skill_id, mine, taxonomy)
        if have is not None:
            credit = min(1.0, have.level.rank / demand.required_level.rank)
            transfers.append(Transfer(have.id, have.name, demand.skill_id, demand.name,
                                      "same skill", 1.0))  # fmt: skip
        elif implied is not None:
            dependant, level = implied
            have = ProfileSkill(demand.skill_id, demand.name, level)
            credit = min(1.0, level.rank / demand.required_level.rank)
            transfers.append(Transfer(dependant.id, dependant.name, demand.skill_id, demand.name,
                                      "builds on it", 1.0))  # fmt: skip
        else:
            transfer = _related_transfer(demand, mine, taxonomy)
            if transfer is None and demand.skill_id in similar:
                other_id, cosine = similar[demand.skill_id]
                if other_id in mine:
                    transfer = Transfer(other_id, mine[other_id].name, demand.skill_id,
                                        demand.name, "similar skill", cosine)  # fmt: skip
            credit = transfer.strength * TRANSFER_CREDIT if transfer else 0.0
            if transfer:
                transfers.append(transfer)
        weighted += weight * credit
        steps = max(0, demand.required_level.rank - (have.level.rank if have else 0))
        gaps.append(
            SkillGap(
                skill_id=demand.skill_id,
                name=demand.name,
                type=demand.type,
                your_level=have.level if have else None,
                required_level=demand.required_level,
                share=demand.share,
                must_have=demand.must_have_share,
                gap=steps,
                priority=weight * steps / 3,
                implied_by=implied[0].name if implied else None,
            )
        )
    gaps.sort(key=lambda g: (-g.priority, -g.share, g.name))
    return GapReport(
        role=benchmark.role,
        postings=benchmark.postings,
        method=benchmark.method,
        note=benchmark.note,
        readiness=100 * weighted / total if total else 0.0,
        gaps=tuple(gaps),
        transferable=tuple(sorted(transfers, key=lambda t: -t.strength)),
    )
