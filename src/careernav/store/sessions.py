"""``DatabaseSessionStore``: the web sessions' ``SessionStore`` on the database, so anonymous
sessions (and their analysis) survive a restart.

A session row is found by the SHA-256 of the cookie's id, so the table holds no usable session
id. The analysis itself is a saved profile owned by the session's user; an anonymous session
gets an anonymous user (no email, no password) when it saves its first analysis.
"""

from __future__ import annotations

import hashlib
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, select

from careernav.store.records import SessionState
from careernav.store.tables import ProfileRow, SessionRow, UserRow, utcnow

if TYPE_CHECKING:
    from careernav.store.database import Database

TOUCH_EVERY = timedelta(minutes=1)  # how stale last_seen may get before a read updates it
PURGE_EVERY = 3600.0  # seconds between sweeps of expired sessions, done by a save


def session_key(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


class DatabaseSessionStore:
    def __init__(self, database: Database, max_age: float = 8 * 3600) -> None:
        self._db = database
        self.max_age = timedelta(seconds=max_age)
        self._next_purge = 0.0

    def get(self, session_id: str) -> SessionState | None:
        now = utcnow()
        with self._db.transaction() as session:
            row = session.get(SessionRow, session_key(session_id))
            if row is None:
                return None
            if now - row.last_seen > self.max_age:
                session.delete(row)
                return None
            if now - row.last_seen > TOUCH_EVERY:
                row.last_seen = now
            state = SessionState(id=session_id, csrf_token=row.csrf_token, user_id=row.user_id)
            if row.user_id is not None:
                state.email = session.scalar(select(UserRow.email).where(UserRow.id == row.user_id))
            profile = session.get(ProfileRow, row.profile_id) if row.profile_id else None
            if profile is not None and profile.user_id == row.user_id:
                self._db.profiles.read_into(session, profile, state)
            return state

    def save(self, state: SessionState) -> None:
        if time.monotonic() >= self._next_purge:
            self._next_purge = time.monotonic() + PURGE_EVERY
            self.purge_expired()
        with self._db.transaction() as session:
            if state.analysed and state.user_id is None:
                owner = UserRow()
                session.add(owner)
                session.flush()
                state.user_id = owner.id
            key = session_key(state.id)
            row = session.get(SessionRow, key) or SessionRow(key=key)
            row.csrf_token = state.csrf_token
            row.user_id = state.user_id
            row.last_seen = utcnow()
            session.add(row)
            if state.analysed and state.user_id is not None:
                row.profile_id = self._db.profiles.write(session, state.user_id, state)
            else:
                row.profile_id = None

    def delete(self, session_id: str) -> None:
        with self._db.transaction() as session:
            session.execute(delete(SessionRow).where(SessionRow.key == session_key(session_id)))

    def purge_expired(self) -> int:
        """Delete expired sessions, then anonymous users no session leads to any more (with
        their profiles and feedback); returns how many sessions went."""
        cutoff = utcnow() - self.max_age
        with self._db.transaction() as session:
            gone = session.execute(delete(SessionRow).where(SessionRow.last_seen < cutoff))
            orphaned = UserRow.email.is_(None) & ~exists().where(SessionRow.user_id == UserRow.id)
            session.execute(delete(UserRow).where(orphaned))
            return gone.rowcount or 0
