"""SQLAlchemy models: accounts, sessions, saved profiles with their confirmed skills, roadmap
choices and progress, and feedback.

No table holds an uploaded document or its text: a profile keeps the skills a person confirmed
with their level, confidence, method and the reasons for the level (phrases CareerNav wrote,
not quotes); the evidence quotes stay in memory. Every row of a person hangs off ``users`` with
``ON DELETE CASCADE``, so deleting the user deletes everything of theirs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EMAIL_MAX = 320
TEXT_MAX = 200


def utcnow() -> datetime:
    """Naive UTC: SQLite and PostgreSQL then store and compare the same values."""
    return datetime.now(UTC).replace(tzinfo=None)


def _owner() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


def _profile_key() -> Mapped[int]:
    return mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)


class Base(DeclarativeBase):
    pass


class UserRow(Base):
    """An account (email and password hash) or an anonymous owner (both NULL)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str | None] = mapped_column(String(EMAIL_MAX), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SessionRow(Base):
    """A browser session, found by the SHA-256 of the id its cookie carries."""

    __tablename__ = "web_sessions"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ProfileRow(Base):
    """A saved analysis: the wizard's answers and the roadmap's start."""

    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _owner()
    current_role: Mapped[str] = mapped_column(String(TEXT_MAX), default="")
    target: Mapped[str] = mapped_column(String(TEXT_MAX))
    education: Mapped[str] = mapped_column(String(500), default="")
    hours_per_week: Mapped[float] = mapped_column(Float)
    style: Mapped[str | None] = mapped_column(String(20))
    free_only: Mapped[bool] = mapped_column(Boolean, default=False)
    roadmap_start: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ProfileSkillRow(Base):
    """A confirmed skill. ``found_level`` is the analysis's level (NULL: added by the person);
    ``corrected`` says the person changed or added it."""

    __tablename__ = "profile_skills"

    profile_id: Mapped[int] = _profile_key()
    skill_id: Mapped[str] = mapped_column(String(TEXT_MAX), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(TEXT_MAX))
    type: Mapped[str] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(20))
    years: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    found_level: Mapped[str | None] = mapped_column(String(20))
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)


class RoadmapItemRow(Base):
    """A roadmap item's chosen resource, the alternatives shown so far and its progress."""

    __tablename__ = "roadmap_items"

    profile_id: Mapped[int] = _profile_key()
    item_key: Mapped[str] = mapped_column(String(TEXT_MAX), primary_key=True)
    chosen_resource: Mapped[str | None] = mapped_column(String(TEXT_MAX))
    tried: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str | None] = mapped_column(String(20))
    hours_done: Mapped[float] = mapped_column(Float, default=0.0)
    finished_on: Mapped[date | None] = mapped_column(Date)


class SkillFeedbackRow(Base):
    """A correction of a skill found by the analysis (level changed, removed, added)."""

    __tablename__ = "skill_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    session_key: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(20))
    skill_id: Mapped[str] = mapped_column(String(TEXT_MAX), index=True)
    extracted_level: Mapped[str | None] = mapped_column(String(20))
    new_level: Mapped[str | None] = mapped_column(String(20))
    method: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AnalysisNoteRow(Base):
    """Free-text feedback on one analysis."""

    __tablename__ = "analysis_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _owner()
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AppSecretRow(Base):
    """Secrets the app generates once and shares between its processes (the cookie key)."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
