"""Corrections and notes stored, and `careernav feedback report` over a known set of events."""

from __future__ import annotations

import json

import pytest
from store_helpers import analysed_session
from typer.testing import CliRunner

from careernav.cli import app
from careernav.config import get_settings
from careernav.models import Level
from careernav.store import Database
from careernav.store.records import SkillFeedback
from careernav.store.report import SkillCorrections, correction_report

BASIC, MID, EXPERT = Level.BASIC, Level.INTERMEDIATE, Level.EXPERT


def _events(session_id: str) -> list[SkillFeedback]:
    """python: raised twice, lowered once; sql: removed twice; tableau: added once, then its
    level changed and it was removed (not corrections of the analysis); excel: set to the
    level it already had (no direction)."""
    return [
        SkillFeedback(session_id, "level_changed", "python", BASIC, EXPERT, "dictionary"),
        SkillFeedback(session_id, "level_changed", "python", MID, EXPERT, "dictionary"),
        SkillFeedback(session_id, "level_changed", "python", EXPERT, BASIC, "semantic"),
        SkillFeedback(session_id, "removed", "sql", MID, None, "dictionary"),
        SkillFeedback(session_id, "removed", "sql", BASIC, None, "dictionary"),
        SkillFeedback(session_id, "added", "tableau", None, BASIC),
        SkillFeedback(session_id, "level_changed", "tableau", None, MID),
        SkillFeedback(session_id, "removed", "tableau", None, None),
        SkillFeedback(session_id, "level_changed", "excel", MID, MID, "dictionary"),
    ]


EXPECTED = [
    SkillCorrections("python", raised=2, lowered=1),
    SkillCorrections("sql", removed=2),
    SkillCorrections("tableau", added=1),
]


def test_correction_report_counts_by_direction() -> None:
    assert correction_report(_events("s")) == EXPECTED
    assert [r.total for r in EXPECTED] == [3, 2, 1]


def test_corrections_are_stored_with_their_profile(database: Database) -> None:
    state = analysed_session()
    database.session_store(3600).save(state)
    for event in _events(state.id):
        database.feedback.record(event)
    stored = database.feedback.events(state.id)
    assert [(e.action, e.skill_id, e.extracted_level, e.new_level) for e in stored] == [
        (e.action, e.skill_id, e.extracted_level, e.new_level) for e in _events(state.id)
    ]
    assert len(database.feedback.profile_events(state.profile.id, state.user_id)) == 9
    note = database.feedback.add_note(state.profile.id, state.user_id, "x" * 5000)
    assert len(note.text) == 2000


def test_feedback_report_command(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    state = analysed_session()
    database.session_store(3600).save(state)
    for event in _events(state.id):
        database.feedback.record(event)
    monkeypatch.setenv("CAREERNAV_DATABASE_URL", database.url)
    get_settings.cache_clear()
    try:
        as_json = CliRunner().invoke(app, ["feedback", "report", "--json"])
        table = CliRunner().invoke(app, ["feedback", "report"])
    finally:
        get_settings.cache_clear()
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == [
        {"skill_id": "python", "total": 3, "raised": 2, "lowered": 1, "removed": 0, "added": 0},
        {"skill_id": "sql", "total": 2, "raised": 0, "lowered": 0, "removed": 2, "added": 0},
        {"skill_id": "tableau", "total": 1, "raised": 0, "lowered": 0, "removed": 0, "added": 1},
    ]
    assert table.exit_code == 0 and "Python" in table.output and "Tableau" in table.output
