"""Corrections people make to their extracted skills, recorded as feedback events.

Events say what changed (a level, a removal, an addition) and never quote the resume. The
in-memory log keeps them for this process; a database-backed log can implement
``FeedbackLog``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

from careernav.models import Level

Action = Literal["level_changed", "removed", "added"]


@dataclass(frozen=True)
class SkillFeedback:
    session_id: str
    action: Action
    skill_id: str
    extracted_level: Level | None  # what the analysis said; None for an added skill
    new_level: Level | None  # what the person chose; None for a removal
    method: str | None = None  # how the skill was found (dictionary, semantic)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


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
