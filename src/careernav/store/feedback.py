"""``DatabaseFeedbackLog``: skill corrections and free-text notes on an analysis, stored.

Corrections keep the skill, the levels and the method, never a resume quote; each is tied to
the profile and user of the session that made it, so it goes when that user's data is deleted.
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from sqlalchemy import select

from careernav.models import Level
from careernav.store.records import AnalysisNote, SkillFeedback
from careernav.store.sessions import session_key
from careernav.store.tables import AnalysisNoteRow, SessionRow, SkillFeedbackRow

if TYPE_CHECKING:
    from careernav.store.database import Database

NOTE_MAX_CHARS = 2000


class DatabaseFeedbackLog:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(self, event: SkillFeedback) -> None:
        key = session_key(event.session_id)
        with self._db.transaction() as session:
            owner = session.get(SessionRow, key)
            session.add(
                SkillFeedbackRow(
                    user_id=owner.user_id if owner else None,
                    profile_id=owner.profile_id if owner else None,
                    session_key=key,
                    action=event.action,
                    skill_id=event.skill_id,
                    extracted_level=_value(event.extracted_level),
                    new_level=_value(event.new_level),
                    method=event.method,
                    at=event.at.astimezone(UTC).replace(tzinfo=None),
                )
            )

    def events(self, session_id: str | None = None) -> list[SkillFeedback]:
        """Every stored correction, or those one session made."""
        query = select(SkillFeedbackRow).order_by(SkillFeedbackRow.id)
        if session_id is not None:
            query = query.where(SkillFeedbackRow.session_key == session_key(session_id))
        with self._db.transaction() as session:
            return [_event(row, session_id) for row in session.scalars(query)]

    def profile_events(self, profile_id: int, owner: int | None) -> list[SkillFeedback]:
        """The corrections made to one of the owner's profiles."""
        with self._db.transaction() as session:
            self._db.profiles.owned(session, profile_id, owner)
            rows = session.scalars(
                select(SkillFeedbackRow)
                .where(SkillFeedbackRow.profile_id == profile_id)
                .order_by(SkillFeedbackRow.id)
            )
            return [_event(row, None) for row in rows]

    def add_note(self, profile_id: int | None, owner: int | None, text: str) -> AnalysisNote:
        """Keep a free-text note on one of the owner's profiles (cut to NOTE_MAX_CHARS)."""
        with self._db.transaction() as session:
            profile = self._db.profiles.owned(session, profile_id, owner)
            row = AnalysisNoteRow(
                user_id=profile.user_id, profile_id=profile.id, text=text[:NOTE_MAX_CHARS]
            )
            session.add(row)
            session.flush()
            return _note(row)

    def notes(self, profile_id: int, owner: int | None) -> list[AnalysisNote]:
        with self._db.transaction() as session:
            self._db.profiles.owned(session, profile_id, owner)
            rows = session.scalars(
                select(AnalysisNoteRow)
                .where(AnalysisNoteRow.profile_id == profile_id)
                .order_by(AnalysisNoteRow.id)
            )
            return [_note(row) for row in rows]


def _value(level: Level | None) -> str | None:
    return level.value if level else None


def _level(value: str | None) -> Level | None:
    return Level(value) if value else None


def _event(row: SkillFeedbackRow, session_id: str | None) -> SkillFeedback:
    return SkillFeedback(
        session_id=session_id or row.session_key or "",
        action=row.action,  # type: ignore[arg-type]
        skill_id=row.skill_id,
        extracted_level=_level(row.extracted_level),
        new_level=_level(row.new_level),
        method=row.method,
        at=row.at.replace(tzinfo=UTC),
    )


def _note(row: AnalysisNoteRow) -> AnalysisNote:
    return AnalysisNote(row.profile_id, row.text, row.at.replace(tzinfo=UTC))
