"""Per-session state behind a small store interface, and the signed cookie that names it.

The cookie holds only an opaque random id, signed. The state (``careernav.store.records``)
holds what the person confirmed (skills with levels, the profile answers, roadmap choices and
progress), never the uploaded file or its text. ``InMemorySessionStore`` keeps it in this
process; ``careernav.store.DatabaseSessionStore`` keeps it in the database, so that sessions
survive a restart.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Protocol

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

from careernav.store.records import Profile, RoadmapState, SessionState, new_session

__all__ = [
    "InMemorySessionStore",
    "Profile",
    "RoadmapState",
    "SessionCookie",
    "SessionState",
    "SessionStore",
    "new_session",
]


class SessionStore(Protocol):
    def get(self, session_id: str) -> SessionState | None: ...

    def save(self, state: SessionState) -> None: ...

    def delete(self, session_id: str) -> None: ...


class InMemorySessionStore:
    """Sessions in this process: least recently used first out, expired after ``max_age``."""

    def __init__(self, max_sessions: int = 10_000, max_age: float = 8 * 3600) -> None:
        self.max_sessions = max_sessions
        self.max_age = max_age
        self._states: OrderedDict[str, tuple[float, SessionState]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> SessionState | None:
        with self._lock:
            entry = self._states.get(session_id)
            if entry is None:
                return None
            if time.monotonic() - entry[0] > self.max_age:
                del self._states[session_id]
                return None
            self._states[session_id] = (time.monotonic(), entry[1])
            self._states.move_to_end(session_id)
            return entry[1]

    def save(self, state: SessionState) -> None:
        with self._lock:
            self._states[state.id] = (time.monotonic(), state)
            self._states.move_to_end(state.id)
            while len(self._states) > self.max_sessions:
                self._states.popitem(last=False)

    def delete(self, session_id: str) -> None:
        with self._lock:
            self._states.pop(session_id, None)

    def __len__(self) -> int:
        return len(self._states)


class SessionCookie:
    """Signs and reads the session id carried by the cookie."""

    def __init__(self, secret_key: str, max_age: int) -> None:
        self._signer = TimestampSigner(secret_key, salt="careernav.session")
        self.max_age = max_age

    def sign(self, session_id: str) -> str:
        return self._signer.sign(session_id).decode("ascii")

    def read(self, value: str | None) -> str | None:
        if not value:
            return None
        try:
            return self._signer.unsign(value, max_age=self.max_age).decode("ascii")
        except (BadSignature, SignatureExpired):
            return None
