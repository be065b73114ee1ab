"""Milestones from progress records: skills closed, share done, weeks on pace (hand-computed)."""

from __future__ import annotations

from datetime import date, timedelta

from careernav.encouragement import achievements, share_done, skills_closed, weeks_on_pace
from careernav.gaps import SkillGap
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.models import Level
from careernav.progress import ItemProgress
from careernav.ranking import RankedResource
from careernav.roadmap import Roadmap, RoadmapItem, RoadmapRequest, StudyBlock

START = date(2025, 1, 6)  # a Monday
B, MID = Level.BASIC, Level.INTERMEDIATE


def item(skill_id: str, name: str, level: Level, hours: float) -> RoadmapItem:
    resource = Resource(
        id=f"{skill_id}-{level.value.lower()}",
        title=f"{name} {level.value}",
        url=f"https://example.org/{skill_id}",
        provider="Example",
        format="video",
        level=level,
        hours=hours,
        free=True,
        skills=[TaughtSkill(skill_id=skill_id, level=level, method="curated")],
        source="test",
        licence="test",
    )
    gap = SkillGap(skill_id, name, "hard", None, level, 0.6, 0.5, level.rank, 0.8)
    return RoadmapItem(gap, None, level, RankedResource(resource, 1.0, {}, level), (), ())


# Six hours a week; 20 hours in all: Python 6 + 6, pandas 8.
ITEMS = (item("python", "Python", B, 6), item("python", "Python", MID, 6))
ITEMS += (item("pandas", "pandas", B, 8),)
PLAN = Roadmap(
    target="Data Scientist",
    request=RoadmapRequest(hours_per_week=6, start=START),
    items=ITEMS,
    blocks=(StudyBlock(1, ITEMS[0].key, 6), StudyBlock(2, ITEMS[1].key, 6)),
    milestones=(),
    missing=(),
)


def done(days_after_start: int) -> ItemProgress:
    return ItemProgress("done", finished_on=START + timedelta(days=days_after_start))


def test_a_skill_is_closed_only_when_every_step_is_done() -> None:
    assert skills_closed(PLAN, {"python@Basic": done(3)}) == []
    both = {"python@Basic": done(3), "python@Intermediate": done(10)}
    assert skills_closed(PLAN, both) == ["Python"]
    skipped = {"python@Basic": done(3), "python@Intermediate": ItemProgress("skipped")}
    assert skills_closed(PLAN, skipped) == []


def test_share_done_counts_hours_of_done_items() -> None:
    assert share_done(PLAN, {}) == 0
    assert share_done(PLAN, {"pandas@Basic": done(1)}) == 8 / 20
    in_progress = {"pandas@Basic": ItemProgress("in_progress", 7)}
    assert share_done(PLAN, in_progress) == 0


def test_weeks_on_pace_counts_back_from_the_last_full_week() -> None:
    # Week 1 ends on day 7 (6 h planned), week 2 on day 14 (12 h), week 3 on day 21 (18 h).
    progress = {"python@Basic": done(2), "python@Intermediate": done(9), "pandas@Basic": done(20)}
    assert weeks_on_pace(PLAN, progress, START + timedelta(days=21)) == 3
    # Pandas finished late (day 22): week 3 was behind, so no streak at day 21...
    late = {**progress, "pandas@Basic": done(22)}
    assert weeks_on_pace(PLAN, late, START + timedelta(days=21)) == 0
    # ...and at day 28 week 4 (20 h planned, the whole route) is on pace again: a streak of 1.
    assert weeks_on_pace(PLAN, late, START + timedelta(days=28)) == 1
    assert weeks_on_pace(PLAN, progress, START + timedelta(days=6)) == 0  # no full week yet


def test_achievements_in_words() -> None:
    progress = {"python@Basic": done(2), "python@Intermediate": done(9)}
    found = achievements(PLAN, progress, START + timedelta(days=14))
    assert [(a.kind, a.message) for a in found] == [
        ("skill_closed", "Gap closed: Python."),
        ("share_done", "50% of the route done."),
        ("streak", "2 weeks in a row on pace. Keep it going."),
    ]
    everything = {**progress, "pandas@Basic": done(15)}
    messages = [a.message for a in achievements(PLAN, everything, START + timedelta(days=15))]
    assert messages[0] == "2 gaps closed: Python, pandas."
    assert messages[1].startswith("Route complete")
    assert achievements(PLAN, {}, START) == []
