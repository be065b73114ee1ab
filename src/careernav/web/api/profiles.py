"""/api/v1/session and /api/v1/profiles: your saved profiles, their roadmap, progress and
feedback. Every profile is looked up by (id, owner): anyone else's id answers 404."""

from __future__ import annotations

from fastapi import APIRouter, Request

from careernav.store.records import SessionState
from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.api import profile_schemas as out
from careernav.web.deps import (
    CSRF_HEADER,
    DatabaseDep,
    RankerDep,
    ServicesDep,
    SessionDep,
    check_csrf,
)

router = APIRouter(tags=["profiles"])
ERRORS = {
    403: {"model": schemas.ErrorOut, "description": "Missing or wrong X-CSRF-Token."},
    404: {"model": schemas.ErrorOut, "description": "No such profile of yours."},
}


@router.get("/session", response_model=out.SessionOut)
def session_info(session: SessionDep) -> out.SessionOut:
    """This session's CSRF token, account and current profile."""
    return out.SessionOut(
        csrf_token=session.csrf_token,
        logged_in=session.logged_in,
        email=session.email,
        profile_id=session.profile.id,
    )


@router.get("/profiles", response_model=list[out.ProfileSummaryOut])
def list_profiles(session: SessionDep, database: DatabaseDep) -> list[out.ProfileSummaryOut]:
    """Your saved profiles, newest first."""
    return [
        out.ProfileSummaryOut(
            id=p.id,
            target=p.target,
            current_role=p.current_role,
            skills=p.skills,
            created_at=p.created_at,
            updated_at=p.updated_at,
        )
        for p in database.profiles.list(session.user_id)
    ]


def _saved(profile_id: int, session: SessionState, database: DatabaseDep) -> SessionState:
    return database.profiles.get(profile_id, session.user_id, session.id)


@router.get("/profiles/{profile_id}", response_model=out.ProfileOut, responses=ERRORS)
def get_profile(profile_id: int, session: SessionDep, database: DatabaseDep) -> out.ProfileOut:
    """A saved profile: the answers and the confirmed skills with corrections."""
    saved = _saved(profile_id, session, database)
    p = saved.profile
    return out.ProfileOut(
        id=profile_id,
        target=p.target,
        current_role=p.current_role,
        education=p.education,
        hours_per_week=p.hours_per_week,
        style=p.style,  # type: ignore[arg-type]
        free_only=p.free_only,
        skills=convert.skills_out(saved),
    )


@router.get("/profiles/{profile_id}/roadmap", response_model=schemas.RoadmapOut, responses=ERRORS)
def profile_roadmap(
    profile_id: int, session: SessionDep, services: ServicesDep, ranker: RankerDep
) -> schemas.RoadmapOut:
    """The saved profile's roadmap with its progress and ETA."""
    saved = _saved(profile_id, session, services.database)
    plan = journey.roadmap(saved, services.settings, ranker)
    return convert.roadmap_out(plan, saved, journey.progress(saved, plan))


@router.post("/profiles/{profile_id}/progress", response_model=schemas.RoadmapOut, responses=ERRORS)
def profile_progress(
    request: Request,
    profile_id: int,
    body: schemas.ProgressIn,
    session: SessionDep,
    services: ServicesDep,
    ranker: RankerDep,
) -> schemas.RoadmapOut:
    """Mark an item of the saved profile's roadmap; the ETA is recalculated."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    saved = _saved(profile_id, session, services.database)
    plan = journey.roadmap(saved, services.settings, ranker)
    journey.set_progress(saved, plan, body.key, body.status, body.hours_done)
    services.database.profiles.save(profile_owner(saved), saved)
    return convert.roadmap_out(plan, saved, journey.progress(saved, plan))


@router.get("/profiles/{profile_id}/feedback", response_model=out.FeedbackOut, responses=ERRORS)
def profile_feedback(
    profile_id: int, session: SessionDep, database: DatabaseDep
) -> out.FeedbackOut:
    """The corrections made to the profile's skills and the notes left on it."""
    events = database.feedback.profile_events(profile_id, session.user_id)
    notes = database.feedback.notes(profile_id, session.user_id)
    return out.FeedbackOut(
        profile_id=profile_id,
        corrections=[
            out.CorrectionOut(
                action=e.action,
                skill_id=e.skill_id,
                extracted_level=e.extracted_level,
                new_level=e.new_level,
                method=e.method,
                at=e.at,
            )
            for e in events
        ],
        notes=[out.NoteOut(text=n.text, at=n.at) for n in notes],
    )


@router.post(
    "/profiles/{profile_id}/feedback",
    response_model=out.NoteOut,
    status_code=201,
    responses=ERRORS,
)
def leave_feedback(
    request: Request,
    profile_id: int,
    body: out.NoteIn,
    session: SessionDep,
    database: DatabaseDep,
) -> out.NoteOut:
    """Keep a free-text note on one of your saved profiles."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    note = database.feedback.add_note(profile_id, session.user_id, body.text.strip())
    return out.NoteOut(text=note.text, at=note.at)


def profile_owner(saved: SessionState) -> int:
    assert saved.user_id is not None, "a profile read by owner has one"
    return saved.user_id
