"""The records a person's journey keeps: profile answers, confirmed skills, corrections, roadmap
choices and progress, and feedback on the skills found.

They hold what the person confirmed, never the uploaded file or its text. The web front end
works on them in memory; the database store (``careernav.store``) persists them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

from careernav.models import ExtractedSkill, Level
from careernav.progress import ItemProgress

Action = Literal["level_changed", "removed", "added"]


@dataclass
class Profile:
    """The wizard's answers; ``id`` is the saved profile's id once it has been stored."""

    current_role: str = ""
    target: str = ""
    education: str = ""
    hours_per_week: float = 6.0
    style: str | None = None
    free_only: bool = False
    id: int | None = None


@dataclass
class RoadmapState:
    start: date = field(default_factory=date.today)
    choices: dict[str, str] = field(default_factory=dict)  # item key -> chosen resource id
    tried: dict[str, list[str]] = field(default_factory=dict)  # item key -> ids shown so far
    progress: dict[str, ItemProgress] = field(default_factory=dict)


@dataclass
class SessionState:
    id: str
    csrf_token: str
    profile: Profile = field(default_factory=Profile)
    skills: list[ExtractedSkill] = field(default_factory=list)
    # skill id -> the level found in the resume (None: added by the person)
    corrections: dict[str, Level | None] = field(default_factory=dict)
    roadmap: RoadmapState = field(default_factory=RoadmapState)
    user_id: int | None = None  # the owner of saved profiles (an account or an anonymous user)
    email: str | None = None  # set when the session is logged in to an account

    @property
    def analysed(self) -> bool:
        return bool(self.profile.target)

    @property
    def logged_in(self) -> bool:
        return self.email is not None

    def skill(self, skill_id: str) -> ExtractedSkill | None:
        return next((s for s in self.skills if s.id == skill_id), None)


def new_session() -> SessionState:
    return SessionState(id=secrets.token_urlsafe(24), csrf_token=secrets.token_urlsafe(32))


@dataclass(frozen=True)
class SkillFeedback:
    """One correction: what changed (a level, a removal, an addition), never a resume quote."""

    session_id: str
    action: Action
    skill_id: str
    extracted_level: Level | None  # what the analysis said; None for an added skill
    new_level: Level | None  # what the person chose; None for a removal
    method: str | None = None  # how the skill was found (dictionary, semantic)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class AnalysisNote:
    """Free-text feedback a person wrote about one analysis."""

    profile_id: int
    text: str
    at: datetime


@dataclass(frozen=True)
class ProfileSummary:
    id: int
    target: str
    current_role: str
    skills: int
    created_at: datetime
    updated_at: datetime
