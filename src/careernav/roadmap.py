"""Gaps -> a weekly learning roadmap: prerequisites first, the best resource per level step,
scheduled so no week goes over the weekly hours, with milestones, an ETA and alternatives.

The route: the gaps that make the role (priority at least ``core_priority``, High by default;
at least MIN_ROUTE_GAPS of the highest when fewer reach it) and the open gaps they need first.
The other gaps above ``min_priority`` are listed as optional "later" steps with one suggested
resource each, outside the ETA: the ETA answers "when am I ready to apply", not "when do I know
everything any posting mentions".
Order: gaps in topological order of the taxonomy's prerequisites (Python before pandas before
scikit-learn), ties by priority. Steps: one per level from the learner's level up to the
required one. Hours: a resource's own hours, at most STEP_HOURS for the level step: of a
300-hour certificate or a whole textbook, a step plans the modules or chapters that teach it.
Scheduling: items in order fill each week up to the budget; a long course continues over as
many weeks as it needs.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from careernav.errors import CareerNavError
from careernav.explain import Explanation, gap_claims, part_claims, resource_claims, week_claims
from careernav.gaps import GapReport, SkillGap
from careernav.knowledge.model import Resource
from careernav.models import Level
from careernav.ranking import RankedResource, Ranker, RankingRequest
from careernav.taxonomy.model import Taxonomy

ALTERNATIVES = 3
_EPSILON = 1e-9
CORE_PRIORITY = 0.5  # gaps.py: High priority from 0.5
MIN_ROUTE_GAPS = 3
# Hours one level step plans at most: a MOOC of 4-6 weeks at 3-5 h/week is 12-30 h, and the
# chapters of a textbook that take one skill one level are a similar share of it.
STEP_HOURS: dict[Level, float] = {Level.BASIC: 20.0, Level.INTERMEDIATE: 30.0, Level.EXPERT: 40.0}


class RoadmapError(CareerNavError):
    code = "bad_roadmap_request"


class UnknownItemError(CareerNavError):
    code = "unknown_roadmap_item"


@dataclass(frozen=True)
class Alternative:
    ranked: RankedResource
    differences: tuple[str, ...]

    @property
    def why_different(self) -> str:
        return "; ".join(self.differences)


@dataclass(frozen=True)
class RoadmapItem:
    gap: SkillGap
    from_level: Level | None
    to_level: Level
    chosen: RankedResource
    alternatives: tuple[Alternative, ...]
    prerequisite_of: tuple[str, ...]
    explanation: Explanation | None = None

    @property
    def key(self) -> str:
        return f"{self.gap.skill_id}@{self.to_level.value}"

    @property
    def resource(self) -> Resource:
        return self.chosen.resource

    @property
    def hours(self) -> float:
        """Hours planned for this step: the resource's, at most STEP_HOURS for the level."""
        return planned_hours(self.chosen.resource.hours, self.to_level)

    @property
    def resource_hours(self) -> float:
        return self.chosen.resource.hours


@dataclass(frozen=True)
class LaterItem:
    """An optional gap outside the route and its ETA, with one suggested resource."""

    gap: SkillGap
    suggestion: RankedResource | None

    @property
    def hours(self) -> float:
        """Planned hours of the suggestion; 0 without one."""
        if self.suggestion is None:
            return 0.0
        return planned_hours(self.suggestion.resource.hours, self.gap.required_level)


@dataclass(frozen=True)
class StudyBlock:
    week: int
    item_key: str
    hours: float


@dataclass(frozen=True)
class Milestone:
    skill_id: str
    skill: str
    level: Level
    week: int


@dataclass(frozen=True)
class MissingResources:
    skill_id: str
    skill: str
    level: Level

    @property
    def message(self) -> str:
        return (
            f"No resource in the catalogue teaches {self.skill} at the {self.level.value} level "
            "yet; add one you trust with `careernav kb add`."
        )


@dataclass(frozen=True)
class RoadmapRequest:
    hours_per_week: float
    style: str | None = None
    free_only: bool = False
    start: date = field(default_factory=date.today)
    choices: Mapping[str, str] = field(default_factory=dict)  # item key -> resource id
    min_priority: float = 0.0  # gaps below it are left out unless a chosen gap needs them
    core_priority: float = CORE_PRIORITY  # gaps below it (not needed first) are "later"


@dataclass(frozen=True)
class Roadmap:
    target: str
    request: RoadmapRequest
    items: tuple[RoadmapItem, ...]
    blocks: tuple[StudyBlock, ...]
    milestones: tuple[Milestone, ...]
    missing: tuple[MissingResources, ...]
    later: tuple[LaterItem, ...] = ()

    @property
    def hours_per_week(self) -> float:
        return self.request.hours_per_week

    @property
    def total_hours(self) -> float:
        return sum(i.hours for i in self.items)

    @property
    def later_hours(self) -> float:
        return sum(i.hours for i in self.later)

    @property
    def eta_weeks(self) -> int:
        return max((b.week for b in self.blocks), default=0)

    @property
    def target_date(self) -> date:
        return self.request.start + timedelta(weeks=self.eta_weeks)

    def item(self, key: str) -> RoadmapItem:
        found = next((i for i in self.items if i.key == key), None)
        if found is None:
            raise UnknownItemError(
                f"No roadmap item {key!r}.", hint="Items are named skill@Level, e.g. python@Basic."
            )
        return found

    def weeks(self) -> list[tuple[int, list[StudyBlock]]]:
        by_week: dict[int, list[StudyBlock]] = {}
        for block in self.blocks:
            by_week.setdefault(block.week, []).append(block)
        return sorted(by_week.items())

    def item_weeks(self, key: str) -> tuple[int, int]:
        weeks = [b.week for b in self.blocks if b.item_key == key]
        return (min(weeks), max(weeks)) if weeks else (0, 0)


# --- pure steps -------------------------------------------------------------------------------


def check_budget(hours_per_week: float) -> None:
    if hours_per_week <= 0:
        raise RoadmapError(
            "A roadmap needs some study time: hours per week must be more than 0.",
            hint="Try --hours 3 for a gentle pace or --hours 10 for a faster one.",
        )


def schedule(
    items: Sequence[tuple[str, float]], hours_per_week: float, first_week: int = 1
) -> list[StudyBlock]:
    """Items (key, hours) in order, filling each week up to ``hours_per_week``; an item longer
    than what is left of a week continues in the next ones."""
    check_budget(hours_per_week)
    blocks: list[StudyBlock] = []
    week, used = first_week, 0.0
    for key, hours in items:
        left = hours
        while left > _EPSILON:
            if hours_per_week - used <= _EPSILON:
                week, used = week + 1, 0.0
            take = min(left, hours_per_week - used)
            blocks.append(StudyBlock(week, key, round(take, 4)))
            used += take
            left -= take
    return blocks


def prerequisite_order(gaps: Sequence[SkillGap], taxonomy: Taxonomy) -> list[SkillGap]:
    """Gaps in topological order of prerequisites (through the taxonomy, also via skills that
    are not gaps); among gaps that are ready, higher priority first. A cycle is broken by
    priority."""
    by_id = {g.skill_id: g for g in gaps}
    needs = {
        g.skill_id: taxonomy.prerequisites_closure([g.skill_id]) & set(by_id) - {g.skill_id}
        for g in gaps
    }
    rank = {g.skill_id: i for i, g in enumerate(sorted(gaps, key=lambda g: (-g.priority, g.name)))}
    done: set[str] = set()
    ordered: list[SkillGap] = []
    while len(ordered) < len(gaps):
        ready = [(rank[s], s) for s in by_id if s not in done and not needs[s] - done]
        if not ready:  # a cycle: take the highest-priority gap left
            ready = [(rank[s], s) for s in by_id if s not in done]
        heapq.heapify(ready)
        _, chosen = heapq.heappop(ready)
        done.add(chosen)
        ordered.append(by_id[chosen])
    return ordered


def planned_hours(resource_hours: float, level: Level) -> float:
    return min(resource_hours, STEP_HOURS[level])


def select_gaps(
    gaps: Sequence[SkillGap], taxonomy: Taxonomy, min_priority: float
) -> list[SkillGap]:
    """Open gaps with at least ``min_priority``, plus the open gaps they need first."""
    open_gaps = {g.skill_id: g for g in gaps if g.gap > 0}
    chosen = {s for s, g in open_gaps.items() if g.priority >= min_priority}
    needed = taxonomy.prerequisites_closure(chosen) & set(open_gaps)
    return [g for s, g in open_gaps.items() if s in chosen | needed]


def split_gaps(
    gaps: Sequence[SkillGap], taxonomy: Taxonomy, min_priority: float, core_priority: float
) -> tuple[list[SkillGap], list[SkillGap]]:
    """(route, later): the route holds the gaps with at least ``core_priority`` (at least the
    MIN_ROUTE_GAPS of highest priority) and the open gaps they need first; later holds the
    other gaps ``select_gaps`` keeps, by priority."""
    selected = select_gaps(gaps, taxonomy, min_priority)
    ranked = sorted(selected, key=lambda g: (-g.priority, g.name))
    core = [g for g in ranked if g.priority >= core_priority]
    if len(core) < MIN_ROUTE_GAPS:
        core = ranked[:MIN_ROUTE_GAPS]
    route = {g.skill_id for g in core}
    route |= taxonomy.prerequisites_closure(route) & {g.skill_id for g in selected}
    return (
        [g for g in selected if g.skill_id in route],
        [g for g in ranked if g.skill_id not in route],
    )


def level_steps(gap: SkillGap) -> list[tuple[Level | None, Level]]:
    """(from, to) for each level step from the learner's level up to the required level."""
    start = gap.your_level.rank if gap.your_level else 0
    return [
        (Level.from_rank(rank - 1) if rank > 1 else None, Level.from_rank(rank))
        for rank in range(start + 1, gap.required_level.rank + 1)
    ]


def _hours_text(hours: float) -> str:
    return f"{hours:.1f}".rstrip("0").rstrip(".")


def differences(chosen: RankedResource, other: RankedResource) -> tuple[str, ...]:
    """How ``other`` differs from ``chosen``, in short phrases."""
    a, b = chosen.resource, other.resource
    found: list[str] = []
    if b.free and not a.free:
        found.append("free instead of paid")
    elif a.free and not b.free:
        found.append("paid instead of free")
    if a.format != b.format:
        found.append(f"{b.format} instead of {a.format}")
    delta = b.hours - a.hours
    if abs(delta) >= 1:
        found.append(f"{_hours_text(abs(delta))} h {'shorter' if delta < 0 else 'longer'}")
    if chosen.taught_level != other.taught_level:
        found.append(f"{other.taught_level.value} level instead of {chosen.taught_level.value}")
    if b.provider != a.provider:
        found.append(f"from {b.provider}")
    if not found:
        found.append("similar, ranked a little lower")
    return tuple(found)


# --- building -----------------------------------------------------------------------------------


def _pick(
    ranked: list[RankedResource], choice: str | None, key: str
) -> tuple[RankedResource, list[RankedResource]]:
    if choice is None:
        return ranked[0], ranked[1:]
    for position, option in enumerate(ranked):
        if option.resource.id == choice:
            return option, ranked[:position] + ranked[position + 1 :]
    raise UnknownItemError(
        f"{choice!r} is not one of the candidates for {key}.",
        hint="Pick one of the item's alternatives.",
    )


def build_roadmap(
    report: GapReport,
    ranker: Ranker,
    taxonomy: Taxonomy,
    request: RoadmapRequest,
    alternatives: int = ALTERNATIVES,
) -> Roadmap:
    check_budget(request.hours_per_week)
    route, optional = split_gaps(report.gaps, taxonomy, request.min_priority, request.core_priority)
    gaps = prerequisite_order(route, taxonomy)
    later_needs = {g.skill_id: taxonomy.prerequisites_closure([g.skill_id]) for g in gaps}
    items: list[RoadmapItem] = []
    missing: list[MissingResources] = []
    used: set[str] = set()
    for position, gap in enumerate(gaps):
        dependants = tuple(
            g.name for g in gaps[position + 1 :] if gap.skill_id in later_needs[g.skill_id]
        )
        for from_level, to_level in level_steps(gap):
            item = _step_item(
                gap, from_level, to_level, dependants, ranker, taxonomy, request, used, alternatives
            )
            if item is None:
                missing.append(MissingResources(gap.skill_id, gap.name, to_level))
                continue
            used.add(item.resource.id)
            items.append(item)
    blocks = schedule([(i.key, i.hours) for i in items], request.hours_per_week)
    later = tuple(_later_item(gap, ranker, taxonomy, request, used) for gap in optional)
    roadmap = Roadmap(report.role, request, tuple(items), tuple(blocks), (), tuple(missing), later)
    return _finish(roadmap, ranker, report.role)


def _later_item(
    gap: SkillGap, ranker: Ranker, taxonomy: Taxonomy, request: RoadmapRequest, used: set[str]
) -> LaterItem:
    """One suggested resource for an optional gap: the best for its required level."""
    skill = taxonomy.get(gap.skill_id)
    if skill is None:
        return LaterItem(gap, None)
    wanted = RankingRequest(
        gap.required_level,
        gap.your_level,
        request.style,
        request.free_only,
        request.hours_per_week,
        frozenset(used),
    )
    ranked = ranker.rank(skill, wanted, k=1)
    return LaterItem(gap, ranked[0] if ranked else None)


def _step_item(
    gap: SkillGap,
    from_level: Level | None,
    to_level: Level,
    dependants: tuple[str, ...],
    ranker: Ranker,
    taxonomy: Taxonomy,
    request: RoadmapRequest,
    used: set[str],
    alternatives: int,
) -> RoadmapItem | None:
    """The item for one level step (best resource and alternatives), or None without any."""
    skill = taxonomy.get(gap.skill_id)
    if skill is None:
        return None
    wanted = RankingRequest(
        to_level,
        from_level,
        request.style,
        request.free_only,
        request.hours_per_week,
        frozenset(used),
    )
    ranked = ranker.rank(skill, wanted, k=alternatives + 20)
    if not ranked:
        return None
    key = f"{gap.skill_id}@{to_level.value}"
    chosen, others = _pick(ranked, request.choices.get(key), key)
    if len(others) < alternatives and used:
        # Too few unused resources: resources the route already uses elsewhere are still
        # honest alternatives for this step.
        seen = {chosen.resource.id} | {o.resource.id for o in others}
        wider = ranker.rank(skill, replace(wanted, exclude=frozenset()), k=alternatives + 20)
        others += [o for o in wider if o.resource.id not in seen]
    options = tuple(Alternative(o, differences(chosen, o)) for o in others[:alternatives])
    return RoadmapItem(gap, from_level, to_level, chosen, options, dependants)


def _finish(roadmap: Roadmap, ranker: Ranker, role: str) -> Roadmap:
    """Attach explanations (they need the weeks) and milestones."""
    weights = ranker.weights
    request = roadmap.request
    explained = []
    last_week: dict[str, tuple[int, RoadmapItem]] = {}
    for item in roadmap.items:
        first, last = roadmap.item_weeks(item.key)
        claims = [
            *gap_claims(item.gap, role, item.from_level, item.to_level),
            *resource_claims(
                item.chosen,
                weights,
                item.gap.name,
                hours_per_week=request.hours_per_week,
                style=request.style,
            ),
            *week_claims(item.gap.name, item.prerequisite_of, item.gap.priority_label, first, last),
            *part_claims(item.resource_hours, item.hours, item.to_level),
        ]
        explanation = Explanation(item.gap.name, item.resource.title, tuple(claims))
        explained.append(replace(item, explanation=explanation))
        last_week[item.gap.skill_id] = (last, item)
    milestones = tuple(
        sorted(
            (
                Milestone(i.gap.skill_id, i.gap.name, i.to_level, week)
                for week, i in last_week.values()
            ),
            key=lambda m: (m.week, m.skill),
        )
    )
    return replace(roadmap, items=tuple(explained), milestones=milestones)


def replace_item(
    roadmap: Roadmap,
    key: str,
    resource_id: str,
    report: GapReport,
    ranker: Ranker,
    taxonomy: Taxonomy,
) -> Roadmap:
    """The roadmap with ``resource_id`` for item ``key`` (one of its alternatives), rescheduled."""
    roadmap.item(key)
    choices = {**roadmap.request.choices, key: resource_id}
    return build_roadmap(report, ranker, taxonomy, replace(roadmap.request, choices=choices))
