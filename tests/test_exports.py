"""Markdown and iCalendar exports, parsed back."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from careernav.config import Settings
from careernav.exports import duration, escape_text, fold, roadmap_ics, roadmap_markdown
from careernav.gaps import GapReport, SkillGap
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.knowledge.retrieval import RetrievalConfig, Retriever
from careernav.models import Level
from careernav.ranking import Ranker
from careernav.roadmap import Roadmap, RoadmapRequest, build_roadmap
from careernav.taxonomy import load_taxonomy

START = date(2025, 3, 3)


def resource(rid: str, skill: str, hours: float, title: str) -> Resource:
    return Resource(
        id=rid, title=title, url=f"https://example.org/{rid}", provider="Example",
        format="video", level=Level.BASIC, hours=hours, free=True,
        skills=[TaughtSkill(skill_id=skill, level=Level.BASIC, method="curated")],
        source="test", licence="test",
    )  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> Roadmap:
    catalogue = Catalogue.from_resources([
        resource("py", "python", 9, "Python, a complete course"),
        resource("py2", "python", 3, "Python crash course"),
        resource("sql", "sql", 2.5, "SQL basics"),
        resource("sql2", "sql", 4, "SQL for analysts"),
    ])  # fmt: skip
    gaps = tuple(
        SkillGap(s, n, "hard", None, Level.BASIC, 0.5, 0.5, 1, p)
        for s, n, p in (("python", "Python", 0.6), ("sql", "SQL", 0.5))
    )
    report = GapReport("Data Analyst", 50, "postings", None, 30.0, gaps, ())
    ranker = Ranker(
        Retriever(catalogue, load_taxonomy(), None, RetrievalConfig(runs=("tags",))), Settings()
    )
    return build_roadmap(
        report, ranker, load_taxonomy(), RoadmapRequest(hours_per_week=4, start=START)
    )


def test_markdown_lists_weeks_items_and_alternatives(plan: Roadmap) -> None:
    text = roadmap_markdown(plan)
    assert text.startswith("# Learning roadmap: Data Analyst\n")
    assert f"- Estimated time: {plan.eta_weeks} weeks (target date {plan.target_date})" in text
    weeks = [line for line in text.splitlines() if line.startswith("## Week ")]
    assert weeks == [
        f"## Week {w} ({sum(b.hours for b in blocks):g} h)" for w, blocks in plan.weeks()
    ]
    assert "[Python, a complete course](https://example.org/py)" in text
    assert "  - Instead: [Python crash course](https://example.org/py2): 6 h shorter" in text
    assert "  - Why: Takes Python from none to Basic." in text


def test_ics_parses_back_one_event_per_study_block(plan: Roadmap) -> None:
    raw = roadmap_ics(plan, study_start_hour=18, now=datetime(2025, 3, 1, 12, 0))
    assert raw.endswith("\r\n") and all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    calendar = Calendar.from_ical(raw)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == len(plan.blocks)
    first = events[0]
    assert first.decoded("dtstart") == datetime(2025, 3, 3, 18, 0)
    assert first.decoded("duration") == timedelta(hours=4)
    assert str(first["summary"]) == "Study Python: Python, a complete course"
    assert "https://example.org/py" in str(first["description"])
    total = sum((e.decoded("duration") for e in events), timedelta())
    assert total == timedelta(hours=sum(i.hours for i in plan.items))
    assert len({str(e["uid"]) for e in events}) == len(events)
    week_two = [e for e in events if e.decoded("dtstart").date() >= START + timedelta(weeks=1)]
    assert week_two and week_two[0].decoded("dtstart").date() == START + timedelta(weeks=1)


def test_ics_helpers() -> None:
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    assert duration(1.5) == "PT1H30M" and duration(0.25) == "PT15M" and duration(3) == "PT3H"
    folded = fold("DESCRIPTION:" + "é" * 80)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts) and all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "DESCRIPTION:" + "é" * 80


def test_markdown_lists_later_steps_outside_the_estimate() -> None:
    """Python (0.6) reaches the core priority; Statistics and Git complete the three gaps a
    route holds at least (the catalogue has no resource for them); SQL (0.3) is a later step,
    with the better-ranked of its two resources and its hours, not in the weeks."""
    catalogue = Catalogue.from_resources([
        resource("py", "python", 9, "Python, a complete course"),
        resource("py2", "python", 3, "Python crash course"),
        resource("sql", "sql", 2.5, "SQL basics"),
        resource("sql2", "sql", 4, "SQL for analysts"),
    ])  # fmt: skip
    gaps = (
        SkillGap("python", "Python", "hard", None, Level.BASIC, 0.5, 0.5, 1, 0.6),
        SkillGap("sql", "SQL", "hard", None, Level.BASIC, 0.5, 0.5, 1, 0.3),
        SkillGap("statistics", "Statistics", "hard", None, Level.BASIC, 0.5, 0.5, 1, 0.4),
        SkillGap("git", "Git", "hard", None, Level.BASIC, 0.5, 0.5, 1, 0.35),
    )
    report = GapReport("Data Analyst", 50, "postings", None, 30.0, gaps, ())
    ranker = Ranker(
        Retriever(catalogue, load_taxonomy(), None, RetrievalConfig(runs=("tags",))), Settings()
    )
    request = RoadmapRequest(hours_per_week=4, start=START, core_priority=0.5)
    later = build_roadmap(report, ranker, load_taxonomy(), request)
    assert [i.gap.skill_id for i in later.items] == ["python"]
    assert {m.skill_id for m in later.missing} == {"statistics", "git"}
    text = roadmap_markdown(later)
    assert "## Later (optional, not in the estimate)" in text
    chosen = later.later[0].suggestion
    assert chosen is not None
    assert (
        f"- **SQL** (Medium priority): none → Basic, start with [{chosen.resource.title}]"
        f"({chosen.resource.url}) (video, about {chosen.resource.hours:g} h)" in text
    )
