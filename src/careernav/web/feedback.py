"""Corrections people make to their extracted skills, recorded as feedback events.

Events say what changed (a level, a removal, an addition) and never quote the resume. The
in-memory log keeps them for this process; ``careernav.store.DatabaseFeedbackLog`` keeps them
in the database.
"""

from __future__ import annotations

import threading
from typing import Protocol

from careernav.store.records import Action, SkillFeedback

__all__ = ["Action", "FeedbackLog", "InMemoryFeedbackLog", "SkillFeedback"]


class FeedbackLog(Protocol):
    def record(self, event: SkillFeedback) -> None: ...

    def events(self, session_id: str | None = None) -> list[SkillFeedback]: ...


class InMemoryFeedbackLog:
    def __init__(self, max_events: int = 100_000) -> None:
        self.max_events = max_events
        self._events: list[SkillFeedback] = []
        self._lock = threading.Lock()

    def record(self, event: SkillFeedback) -> None:
        with self._lock:
            self._events.append(event)
            del self._events[: -self.max_events]

    def events(self, session_id: str | None = None) -> list[SkillFeedback]:
        with self._lock:
            return [e for e in self._events if session_id is None or e.session_id == session_id]
