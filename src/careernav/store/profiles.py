"""Saved profiles: the confirmed skills, corrections, roadmap choices and progress of one
analysis, always looked up by (id, owner)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from careernav.errors import CareerNavError
from careernav.models import ExtractedSkill, Level
from careernav.progress import ItemProgress
from careernav.store.evidence import EvidenceCache
from careernav.store.records import Profile, ProfileSummary, RoadmapState, SessionState
from careernav.store.tables import TEXT_MAX, ProfileRow, ProfileSkillRow, RoadmapItemRow, utcnow

if TYPE_CHECKING:
    from careernav.store.database import Database


class ProfileNotFoundError(CareerNavError):
    code = "profile_not_found"


def not_found(profile_id: int | None) -> ProfileNotFoundError:
    return ProfileNotFoundError(
        f"There is no saved profile {profile_id} in your account."
        if profile_id is not None
        else "This analysis is not saved in your account.",
        hint="List yours with GET /api/v1/profiles or on the Account page.",
    )


class ProfileRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.evidence = EvidenceCache()

    # --- whole operations -------------------------------------------------------------------

    def list(self, owner: int | None) -> list[ProfileSummary]:
        """The owner's saved profiles, newest first."""
        if owner is None:
            return []
        counted = (
            select(ProfileRow, func.count(ProfileSkillRow.skill_id))
            .outerjoin(ProfileSkillRow, ProfileSkillRow.profile_id == ProfileRow.id)
            .where(ProfileRow.user_id == owner)
            .group_by(ProfileRow.id)
            .order_by(ProfileRow.updated_at.desc(), ProfileRow.id.desc())
        )
        with self._db.transaction() as session:
            return [
                ProfileSummary(p.id, p.target, p.current_role, n, p.created_at, p.updated_at)
                for p, n in session.execute(counted).all()
            ]

    def get(self, profile_id: int, owner: int | None, session_id: str = "") -> SessionState:
        """The profile as a working state (``session_id`` names who works on it); raises
        ``ProfileNotFoundError`` when it does not exist or belongs to someone else."""
        with self._db.transaction() as session:
            row = self.owned(session, profile_id, owner)
            state = SessionState(id=session_id, csrf_token="", user_id=owner)
            self.read_into(session, row, state)
            return state

    def save(self, owner: int, state: SessionState) -> int:
        with self._db.transaction() as session:
            return self.write(session, owner, state)

    def latest(self, owner: int) -> int | None:
        with self._db.transaction() as session:
            return session.scalar(
                select(ProfileRow.id)
                .where(ProfileRow.user_id == owner)
                .order_by(ProfileRow.updated_at.desc(), ProfileRow.id.desc())
                .limit(1)
            )

    # --- steps inside a transaction ---------------------------------------------------------

    def owned(self, session: Session, profile_id: int | None, owner: int | None) -> ProfileRow:
        row = None
        if owner is not None and profile_id is not None:
            row = session.scalar(
                select(ProfileRow).where(ProfileRow.id == profile_id, ProfileRow.user_id == owner)
            )
        if row is None:
            raise not_found(profile_id)
        return row

    def write(self, session: Session, owner: int, state: SessionState) -> int:
        """Store the state's profile (a new row when it has no id yet) and set its id."""
        p = state.profile
        if p.id is None:
            row = ProfileRow(user_id=owner, created_at=utcnow())
            session.add(row)
        else:
            row = self.owned(session, p.id, owner)
        row.current_role = p.current_role[:TEXT_MAX]
        row.target = p.target[:TEXT_MAX]
        row.education = p.education[:500]
        row.hours_per_week = p.hours_per_week
        row.style = p.style
        row.free_only = p.free_only
        row.roadmap_start = state.roadmap.start
        row.updated_at = utcnow()
        session.flush()
        p.id = row.id
        session.execute(delete(ProfileSkillRow).where(ProfileSkillRow.profile_id == row.id))
        session.execute(delete(RoadmapItemRow).where(RoadmapItemRow.profile_id == row.id))
        session.add_all(_skill_rows(row.id, state))
        session.add_all(_roadmap_rows(row.id, state.roadmap))
        self.evidence.keep(row.id, state.skills)
        return row.id

    def read_into(self, session: Session, row: ProfileRow, state: SessionState) -> None:
        """Fill the state with the stored profile (and any quotes held in memory)."""
        skills = session.scalars(
            select(ProfileSkillRow)
            .where(ProfileSkillRow.profile_id == row.id)
            .order_by(ProfileSkillRow.position)
        ).all()
        items = session.scalars(
            select(RoadmapItemRow).where(RoadmapItemRow.profile_id == row.id)
        ).all()
        quotes = self.evidence.quotes(row.id)
        state.profile = Profile(
            row.current_role,
            row.target,
            row.education,
            row.hours_per_week,
            row.style,
            row.free_only,
            id=row.id,
        )
        state.skills = [replace(_skill(s), evidence=quotes.get(s.skill_id, ())) for s in skills]
        state.corrections = {
            s.skill_id: Level(s.found_level) if s.found_level else None
            for s in skills
            if s.corrected
        }
        state.roadmap = RoadmapState(
            start=row.roadmap_start,
            choices={i.item_key: i.chosen_resource for i in items if i.chosen_resource},
            tried={i.item_key: list(i.tried) for i in items if i.tried},
            progress={
                i.item_key: ItemProgress(i.status, i.hours_done, i.finished_on)  # type: ignore[arg-type]
                for i in items
                if i.status
            },
        )


def _skill_rows(profile_id: int, state: SessionState) -> list[ProfileSkillRow]:
    rows = []
    for position, skill in enumerate(state.skills):
        corrected = skill.id in state.corrections
        found = state.corrections[skill.id] if corrected else skill.level
        rows.append(
            ProfileSkillRow(
                profile_id=profile_id,
                skill_id=skill.id,
                position=position,
                name=skill.name,
                type=skill.type,
                level=skill.level.value,
                confidence=skill.confidence,
                method=skill.method,
                years=skill.years,
                reasons=list(skill.reasons),
                found_level=found.value if found else None,
                corrected=corrected,
            )
        )
    return rows


def _skill(row: ProfileSkillRow) -> ExtractedSkill:
    return ExtractedSkill(
        row.skill_id,
        row.name,
        "soft" if row.type == "soft" else "hard",
        Level(row.level),
        row.confidence,
        (),
        years=row.years,
        method="semantic" if row.method == "semantic" else "dictionary",
        reasons=tuple(row.reasons),
    )


def _roadmap_rows(profile_id: int, roadmap: RoadmapState) -> list[RoadmapItemRow]:
    keys = sorted(set(roadmap.choices) | set(roadmap.tried) | set(roadmap.progress))
    rows = []
    for key in keys:
        progress = roadmap.progress.get(key)
        rows.append(
            RoadmapItemRow(
                profile_id=profile_id,
                item_key=key,
                chosen_resource=roadmap.choices.get(key),
                tried=list(roadmap.tried.get(key, [])),
                status=progress.status if progress else None,
                hours_done=progress.hours_done if progress else 0.0,
                finished_on=progress.finished_on if progress else None,
            )
        )
    return rows
