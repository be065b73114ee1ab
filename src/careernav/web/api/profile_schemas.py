"""Response and request models of the saved-profile API (version 1)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from careernav.models import Level
from careernav.store.feedback import NOTE_MAX_CHARS
from careernav.web.api.schemas import SkillOut, StyleName


class SessionOut(BaseModel):
    csrf_token: str = Field(description="Send it as X-CSRF-Token on POSTs.")
    logged_in: bool
    email: str | None
    profile_id: int | None = Field(description="The saved profile this session works on.")


class ProfileSummaryOut(BaseModel):
    id: int
    target: str
    current_role: str
    skills: int
    created_at: datetime
    updated_at: datetime


class ProfileOut(BaseModel):
    id: int
    target: str
    current_role: str
    education: str
    hours_per_week: float
    style: StyleName | None
    free_only: bool
    skills: list[SkillOut]


class CorrectionOut(BaseModel):
    action: str
    skill_id: str
    extracted_level: Level | None
    new_level: Level | None
    method: str | None
    at: datetime


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=NOTE_MAX_CHARS, description="Free-text feedback.")


class NoteOut(BaseModel):
    text: str
    at: datetime


class FeedbackOut(BaseModel):
    profile_id: int
    corrections: list[CorrectionOut]
    notes: list[NoteOut]
