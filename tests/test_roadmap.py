"""Scheduling, prerequisite order, missing resources, Replace and progress recalculation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from careernav.config import Settings
from careernav.gaps import GapReport, SkillGap
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.knowledge.retrieval import RetrievalConfig, Retriever
from careernav.models import Level
from careernav.progress import ItemProgress, recalculate
from careernav.ranking import Ranker
from careernav.roadmap import (
    STEP_HOURS,
    RoadmapError,
    RoadmapRequest,
    UnknownItemError,
    build_roadmap,
    differences,
    level_steps,
    prerequisite_order,
    replace_item,
    schedule,
    split_gaps,
)
from careernav.taxonomy import load_taxonomy

B, MID = Level.BASIC, Level.INTERMEDIATE
START = date(2025, 1, 6)


def resource(rid: str, skill: str, level: Level, hours: float, **extra: object) -> Resource:
    return Resource(
        id=rid,
        title=extra.pop("title", f"Learn {skill}"),  # every title equally about its skill
        url=f"https://example.org/{rid}",
        provider=extra.pop("provider", "Example"),
        format=extra.pop("format", "video"),
        level=level,
        hours=hours,
        free=extra.pop("free", True),
        skills=[TaughtSkill(skill_id=skill, level=level, method="curated")],
        source="test",
        licence="test",
        **extra,
    )


CATALOGUE = Catalogue.from_resources(
    [
        resource("py-video", "python", B, 10),
        resource("py-book", "python", B, 4, format="book"),
        resource("py-paid", "python", B, 3, free=False, format="course"),
        resource("py-mid-course", "python", MID, 40, format="course"),
        resource("py-mid-book", "python", MID, 12, format="book"),
        resource("py-mid-video", "python", MID, 8),
        resource("pd-1", "pandas", B, 5),
        resource("pd-2", "pandas", B, 6, format="book"),
        resource("pd-3", "pandas", B, 7, format="interactive"),
        resource("sk-1", "scikit-learn", B, 9),
        resource("sk-2", "scikit-learn", B, 10, format="book"),
        resource("sk-3", "scikit-learn", B, 11, format="course"),
    ]
)


def gap(
    skill_id: str, name: str, required: Level, priority: float, have: Level | None = None
) -> SkillGap:
    steps = required.rank - (have.rank if have else 0)
    return SkillGap(skill_id, name, "hard", have, required, 0.6, 0.5, steps, priority)


REPORT = GapReport(
    role="Data Scientist",
    postings=100,
    method="postings",
    note=None,
    readiness=40.0,
    gaps=(
        gap("scikit-learn", "scikit-learn", B, 0.9),
        gap("pandas", "pandas", B, 0.8),
        gap("python", "Python", MID, 0.3),
        gap("tableau", "Tableau", B, 0.2),
        gap("sql", "SQL", B, 0.0, have=B),  # met: no item
    ),
    transferable=(),
)


@pytest.fixture(scope="module")
def ranker() -> Ranker:
    retriever = Retriever(CATALOGUE, load_taxonomy(), None, RetrievalConfig(runs=("tags",)))
    return Ranker(retriever, Settings())


def test_schedule_fills_weeks_and_splits_long_items() -> None:
    blocks = schedule([("a", 4.0), ("b", 5.0), ("c", 1.0)], 6.0)
    assert [(b.week, b.item_key, b.hours) for b in blocks] == [
        (1, "a", 4.0),
        (1, "b", 2.0),
        (2, "b", 3.0),
        (2, "c", 1.0),
    ]


def test_huge_course_spans_many_weeks_within_budget() -> None:
    blocks = schedule([("mooc", 100.0), ("next", 2.0)], 6.0)
    weeks = {b.week for b in blocks if b.item_key == "mooc"}
    assert weeks == set(range(1, 18))  # 100 h at 6 h/week: 16 full weeks and 4 h in week 17
    per_week: dict[int, float] = {}
    for b in blocks:
        per_week[b.week] = per_week.get(b.week, 0) + b.hours
    assert max(per_week.values()) <= 6.0 + 1e-9
    assert [(b.week, b.hours) for b in blocks if b.item_key == "next"] == [(17, 2.0)]


@pytest.mark.parametrize("hours", [0, -3])
def test_zero_hours_is_a_clear_error(hours: float, ranker: Ranker) -> None:
    with pytest.raises(RoadmapError, match="hours per week must be more than 0"):
        schedule([("a", 1.0)], hours)
    with pytest.raises(RoadmapError):
        build_roadmap(REPORT, ranker, load_taxonomy(), RoadmapRequest(hours_per_week=hours))


def test_prerequisites_come_first_then_priority() -> None:
    ordered = prerequisite_order([g for g in REPORT.gaps if g.gap], load_taxonomy())
    names = [g.skill_id for g in ordered]
    assert names.index("python") < names.index("pandas") < names.index("scikit-learn") or (
        names.index("python") < names.index("scikit-learn")
        and names.index("python") < names.index("pandas")
    )
    assert names[0] == "python"  # lowest priority, but everything else needs it


def test_level_steps() -> None:
    assert level_steps(gap("python", "Python", MID, 0.3)) == [(None, B), (B, MID)]
    assert level_steps(gap("python", "Python", Level.EXPERT, 0.3, have=B)) == [
        (B, MID),
        (MID, Level.EXPERT),
    ]


def test_roadmap_respects_budget_prerequisites_and_reports_missing(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    request = RoadmapRequest(hours_per_week=6, start=START, core_priority=0.0)  # every gap
    plan = build_roadmap(REPORT, ranker, taxonomy, request)
    keys = [i.key for i in plan.items]
    assert keys[:2] == ["python@Basic", "python@Intermediate"]
    assert "sql@Basic" not in keys
    for _, blocks in plan.weeks():
        assert sum(b.hours for b in blocks) <= 6 + 1e-9
    assert [m.skill for m in plan.missing] == ["Tableau"]
    assert (
        "No resource in the catalogue teaches Tableau at the Basic level" in plan.missing[0].message
    )
    assert plan.eta_weeks == max(b.week for b in plan.blocks)
    assert plan.target_date == START + timedelta(weeks=plan.eta_weeks)
    python_basic = plan.item("python@Basic")
    assert "pandas" in python_basic.prerequisite_of and len(python_basic.alternatives) == 3
    assert python_basic.explanation is not None
    assert {m.skill for m in plan.milestones} == {"Python", "pandas", "scikit-learn"}


def test_differences_in_words(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    plan = build_roadmap(REPORT, ranker, taxonomy, RoadmapRequest(hours_per_week=6, start=START))
    item = plan.item("python@Basic")
    chosen = item.chosen.resource.id
    assert chosen == "py-video"
    why = {a.ranked.resource.id: a.differences for a in item.alternatives}
    assert why["py-book"] == ("book instead of video", "6 h shorter")
    assert why["py-paid"] == ("paid instead of free", "course instead of video", "7 h shorter")
    assert differences(item.chosen, item.chosen) == ("similar, ranked a little lower",)


def test_replace_swaps_the_resource_and_reschedules(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    plan = build_roadmap(REPORT, ranker, taxonomy, RoadmapRequest(hours_per_week=6, start=START))
    swapped = replace_item(plan, "python@Basic", "py-book", REPORT, ranker, taxonomy)
    assert swapped.item("python@Basic").resource.id == "py-book"
    assert "py-video" in {a.ranked.resource.id for a in swapped.item("python@Basic").alternatives}
    assert sum(i.hours for i in swapped.items) == sum(i.hours for i in plan.items) - 6
    with pytest.raises(UnknownItemError):
        replace_item(plan, "python@Basic", "sk-1", REPORT, ranker, taxonomy)
    with pytest.raises(UnknownItemError):
        replace_item(plan, "rust@Basic", "py-book", REPORT, ranker, taxonomy)


def test_progress_recalculates_eta_from_actual_pace(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    plan = build_roadmap(REPORT, ranker, taxonomy, RoadmapRequest(hours_per_week=6, start=START))
    total = sum(i.hours for i in plan.items)
    first, second = plan.items[0], plan.items[1]
    progress = {
        first.key: ItemProgress("done"),
        second.key: ItemProgress("in_progress", hours_done=2.0),
        plan.items[2].key: ItemProgress("skipped"),
    }
    today = date(2025, 1, 20)  # two weeks in
    result = recalculate(plan, progress, today)
    done = first.hours + 2.0
    assert result.done_hours == pytest.approx(done)
    assert result.pace == pytest.approx(done / 2)
    assert result.remaining_hours == pytest.approx(total - done - plan.items[2].hours)
    weeks = max(b.week for b in result.blocks)
    assert result.remaining_weeks == weeks
    assert result.eta == today + timedelta(weeks=weeks)
    assert all(b.item_key not in {first.key, plan.items[2].key} for b in result.blocks)


def test_progress_too_early_uses_plan_and_stalled_has_no_eta(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    plan = build_roadmap(REPORT, ranker, taxonomy, RoadmapRequest(hours_per_week=6, start=START))
    early = recalculate(plan, {}, date(2025, 1, 8))
    assert not early.measured and early.pace == 6 and early.remaining_weeks == plan.eta_weeks
    stalled = recalculate(plan, {}, date(2025, 2, 3))
    assert stalled.measured and stalled.pace == 0 and stalled.eta is None
    finished = recalculate(
        plan, {i.key: ItemProgress("done") for i in plan.items}, date(2025, 2, 3)
    )
    assert finished.remaining_weeks == 0 and finished.eta == date(2025, 2, 3)


def test_roadmap_json_shape(ranker: Ranker) -> None:
    from careernav.learning_cli import roadmap_json

    plan = build_roadmap(
        REPORT, ranker, load_taxonomy(), RoadmapRequest(hours_per_week=6, start=START)
    )
    payload = roadmap_json(plan)
    assert set(payload) == {
        "target", "hours_per_week", "eta_weeks", "total_hours", "weeks", "later", "later_hours"
    }  # fmt: skip
    assert payload["total_hours"] == round(plan.total_hours, 1)
    assert payload["later"] == [
        {"skill": "Tableau", "from_level": None, "to_level": "Basic", "priority": "Medium",
         "hours": 0.0, "resource": None}
    ]  # fmt: skip
    assert payload["eta_weeks"] == plan.eta_weeks and payload["hours_per_week"] == 6
    week = payload["weeks"][0]
    assert set(week) == {"week", "hours", "items"} and week["hours"] <= 6
    item = week["items"][0]
    assert set(item) == {
        "skill",
        "from_level",
        "to_level",
        "hours",
        "planned_hours",
        "resource_hours",
        "resource",
        "explanation",
        "alternatives",
    }
    assert set(item["resource"]) == {"id", "title", "url", "format"}
    assert set(item["alternatives"][0]) == {"id", "title", "url", "why_different"}
    assert item["skill"] == "Python" and item["from_level"] is None and item["to_level"] == "Basic"


def test_min_priority_keeps_prerequisites_of_chosen_gaps(ranker: Ranker) -> None:
    taxonomy = load_taxonomy()
    request = RoadmapRequest(hours_per_week=6, start=START, min_priority=0.5)
    plan = build_roadmap(REPORT, ranker, taxonomy, request)
    skills = {i.gap.skill_id for i in plan.items}
    # scikit-learn (0.9) and pandas (0.8) are chosen; Python (0.3) is their prerequisite;
    # Tableau (0.2) is left out.
    assert skills == {"python", "pandas", "scikit-learn"} and not plan.missing


def test_alternatives_include_resources_used_at_another_step() -> None:
    """Three Python resources, two level steps: the second step still offers two alternatives,
    one of them the resource chosen for the first step."""
    catalogue = Catalogue.from_resources(
        [
            resource("one", "python", MID, 6),
            resource("two", "python", MID, 8, format="book"),
            resource("three", "python", MID, 10, format="course"),
        ]
    )
    retriever = Retriever(catalogue, load_taxonomy(), None, RetrievalConfig(runs=("tags",)))
    report = GapReport("Data Scientist", 10, "postings", None, 0.0,
                       (gap("python", "Python", MID, 0.9),), ())  # fmt: skip
    plan = build_roadmap(report, Ranker(retriever, Settings()), load_taxonomy(),
                         RoadmapRequest(hours_per_week=6, start=START))  # fmt: skip
    basic, intermediate = plan.item("python@Basic"), plan.item("python@Intermediate")
    assert basic.chosen.resource.id != intermediate.chosen.resource.id
    offered = {a.ranked.resource.id for a in intermediate.alternatives}
    assert len(offered) == 2 and basic.chosen.resource.id in offered


def test_route_holds_high_priority_gaps_and_their_prerequisites(ranker: Ranker) -> None:
    """Default core priority 0.5: scikit-learn (0.9) and pandas (0.8) make the route with
    Python (0.3), their prerequisite; Tableau (0.2) is an optional later step outside the
    ETA (the catalogue has no Tableau resource, so it comes without a suggestion)."""
    plan = build_roadmap(REPORT, ranker, load_taxonomy(), RoadmapRequest(hours_per_week=6))
    assert {i.gap.skill_id for i in plan.items} == {"python", "pandas", "scikit-learn"}
    assert [(i.gap.skill_id, i.suggestion) for i in plan.later] == [("tableau", None)]
    assert plan.later_hours == 0.0 and not plan.missing


def test_split_gaps_keeps_at_least_three_gaps_in_the_route() -> None:
    low = (gap("pandas", "pandas", B, 0.3), gap("tableau", "Tableau", B, 0.25),
           gap("git", "Git", B, 0.22), gap("microsoft-excel", "Excel", B, 0.21))  # fmt: skip
    route, later = split_gaps(low, load_taxonomy(), min_priority=0.2, core_priority=0.5)
    assert {g.skill_id for g in route} == {"pandas", "tableau", "git"}
    assert [g.skill_id for g in later] == ["microsoft-excel"]


def test_a_step_plans_at_most_step_hours_of_a_long_resource() -> None:
    """A 40-hour Intermediate course plans 30 h for the step; the explanation says so."""
    catalogue = Catalogue.from_resources([
        resource("short", "python", B, 6),
        resource("long", "python", MID, 40, format="course"),
    ])  # fmt: skip
    retriever = Retriever(catalogue, load_taxonomy(), None, RetrievalConfig(runs=("tags",)))
    report = GapReport("Data Scientist", 10, "postings", None, 0.0,
                       (gap("python", "Python", MID, 0.9),), ())  # fmt: skip
    plan = build_roadmap(report, Ranker(retriever, Settings()), load_taxonomy(),
                         RoadmapRequest(hours_per_week=6, start=START))  # fmt: skip
    step = plan.item("python@Intermediate")
    assert (step.resource_hours, step.hours) == (40, STEP_HOURS[MID]) == (40, 30.0)
    assert plan.total_hours == 36.0 and plan.eta_weeks == 6  # 6 h + 30 h at 6 h/week
    assert step.explanation is not None
    assert "Plans 30 of its 40 h" in step.explanation.render()
