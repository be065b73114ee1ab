"""GET /api/v1/roadmap and POST /api/v1/progress: the session's route and how far along it is."""

from __future__ import annotations

from fastapi import APIRouter, Request

from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.deps import (
    CSRF_HEADER,
    AnalysedSessionDep,
    RankerDep,
    ServicesDep,
    check_csrf,
    save_session,
)

router = APIRouter(tags=["learning"])
ERRORS = {
    403: {"model": schemas.ErrorOut, "description": "Missing or wrong X-CSRF-Token."},
    404: {"model": schemas.ErrorOut, "description": "Unknown roadmap item."},
    409: {"model": schemas.ErrorOut, "description": "Nothing analysed in this session yet."},
}


@router.get("/roadmap", response_model=schemas.RoadmapOut, responses=ERRORS)
def roadmap(
    session: AnalysedSessionDep, services: ServicesDep, ranker: RankerDep
) -> schemas.RoadmapOut:
    """Week-by-week items with explanations and alternatives, the ETA and progress."""
    plan = journey.roadmap(session, services.settings, ranker)
    return convert.roadmap_out(plan, session, journey.progress(session, plan))


@router.post("/progress", response_model=schemas.RoadmapOut, responses=ERRORS)
def progress(
    request: Request,
    body: schemas.ProgressIn,
    session: AnalysedSessionDep,
    services: ServicesDep,
    ranker: RankerDep,
) -> schemas.RoadmapOut:
    """Mark an item todo, in progress, done or skipped; the ETA is recalculated."""
    check_csrf(session, request.headers.get(CSRF_HEADER))
    plan = journey.roadmap(session, services.settings, ranker)
    journey.set_progress(session, plan, body.key, body.status, body.hours_done)
    save_session(services, session)
    return convert.roadmap_out(plan, session, journey.progress(session, plan))
