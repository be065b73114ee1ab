"""Small confirmed profiles for the store tests."""

from __future__ import annotations

from datetime import date

from careernav.models import ExtractedSkill, Level
from careernav.progress import ItemProgress
from careernav.store.records import Profile, RoadmapState, SessionState, new_session


def analysed_session(target: str = "Data Scientist") -> SessionState:
    """A session with two confirmed skills (one corrected, one added) and roadmap progress."""
    state = new_session()
    state.profile = Profile("Chemist", target, "BSc Chemistry", 5.5, "video", True)
    state.skills = [
        ExtractedSkill(
            "python",
            "Python",
            "hard",
            Level.EXPERT,
            0.9,
            ("Wrote Python tools for the lab.",),
            years=4.0,
            reasons=("used in work experience",),
        ),
        ExtractedSkill("sql", "SQL", "hard", Level.BASIC, 1.0, ()),
    ]
    state.corrections = {"python": Level.INTERMEDIATE, "sql": None}
    state.roadmap = RoadmapState(
        start=date(2026, 1, 5),
        choices={"pandas@Basic": "res-2"},
        tried={"pandas@Basic": ["res-1", "res-2"]},
        progress={
            "pandas@Basic": ItemProgress("in_progress", 3.0),
            "git@Basic": ItemProgress("done", 0.0, date(2026, 1, 9)),
        },
    )
    return state
