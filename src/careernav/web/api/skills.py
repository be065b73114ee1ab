"""The session's confirmed skills: list, change a level, add, remove. Each change is feedback."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.deps import (
    CSRF_HEADER,
    AnalysedSessionDep,
    FeedbackDep,
    ServicesDep,
    check_csrf,
    save_session,
)

router = APIRouter(tags=["analysis"])
ERRORS = {
    403: {"model": schemas.ErrorOut, "description": "Missing or wrong X-CSRF-Token."},
    404: {"model": schemas.ErrorOut, "description": "Skill not in the profile or taxonomy."},
    409: {"model": schemas.ErrorOut, "description": "Nothing analysed in this session yet."},
}


@router.get("/skills", response_model=list[schemas.SkillOut], responses=ERRORS)
def list_skills(session: AnalysedSessionDep) -> list[schemas.SkillOut]:
    """The confirmed skills with their level, evidence and any correction."""
    return convert.skills_out(session)


@router.put("/skills/{skill_id}", response_model=list[schemas.SkillOut], responses=ERRORS)
def change_level(
    request: Request,
    skill_id: str,
    body: schemas.SkillLevelIn,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
) -> list[schemas.SkillOut]:
    """Set the level of a skill in the profile; the gaps and roadmap use it at once."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    journey.set_level(session, skill_id, body.level, feedback)
    save_session(services, session)
    return convert.skills_out(session)


@router.post("/skills", response_model=list[schemas.SkillOut], status_code=201, responses=ERRORS)
def add_skill(
    request: Request,
    body: schemas.SkillAddIn,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
) -> list[schemas.SkillOut]:
    """Add a taxonomy skill (by name or alias) at a level."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    journey.add_skill(session, body.name, body.level, feedback)
    save_session(services, session)
    return convert.skills_out(session)


@router.delete("/skills/{skill_id}", status_code=204, responses=ERRORS)
def remove_skill(
    request: Request,
    skill_id: str,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
) -> Response:
    """Remove a skill from the profile."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    journey.remove_skill(session, skill_id, feedback)
    save_session(services, session)
    return Response(status_code=204)
