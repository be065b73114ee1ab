"""Your skills as found: levels with their evidence, corrected in place with htmx."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careernav.errors import CareerNavError
from careernav.models import Level
from careernav.web import journey
from careernav.web.deps import (
    AnalysedSessionDep,
    CsrfDep,
    FeedbackDep,
    ServicesDep,
    TemplatesDep,
    is_htmx,
    save_session,
)

router = APIRouter(prefix="/analysis", tags=["pages"])


@router.get("", response_class=HTMLResponse)
def analysis_page(
    request: Request, session: AnalysedSessionDep, templates: TemplatesDep
) -> Response:
    context = {"session": session, "page": "analysis"}
    return templates.TemplateResponse(request, "analysis.html", context)


def _row(
    request: Request, templates: TemplatesDep, session: AnalysedSessionDep, skill_id: str
) -> Response:
    if not is_htmx(request):
        return RedirectResponse("/analysis", status_code=303)
    skill = session.skill(skill_id)
    context = {"session": session, "skill": skill}
    return templates.TemplateResponse(request, "_partials/skill_row.html", context)


@router.post("/skills/level", dependencies=[CsrfDep], response_class=HTMLResponse)
def change_level(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
    templates: TemplatesDep,
    skill_id: Annotated[str, Form()],
    level: Annotated[Level, Form()],
) -> Response:
    journey.set_level(session, skill_id, level, feedback)
    save_session(services, session)
    return _row(request, templates, session, skill_id)


@router.post("/skills/remove", dependencies=[CsrfDep], response_class=HTMLResponse)
def remove(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
    skill_id: Annotated[str, Form()],
) -> Response:
    journey.remove_skill(session, skill_id, feedback)
    save_session(services, session)
    if not is_htmx(request):
        return RedirectResponse("/analysis", status_code=303)
    return HTMLResponse("")


@router.post("/skills/add", dependencies=[CsrfDep], response_class=HTMLResponse)
def add(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    feedback: FeedbackDep,
    templates: TemplatesDep,
    name: Annotated[str, Form(min_length=1, max_length=200)],
    level: Annotated[Level, Form()],
) -> Response:
    try:
        added = journey.add_skill(session, name, level, feedback)
    except CareerNavError as error:
        context = {"error": error}
        return templates.TemplateResponse(
            request,
            "_partials/add_error.html",
            context,
            status_code=200 if is_htmx(request) else 404,
        )
    save_session(services, session)
    if not is_htmx(request):
        return RedirectResponse("/analysis", status_code=303)
    context = {"session": session, "skill": added, "added": True}
    return templates.TemplateResponse(request, "_partials/skill_row.html", context)


@router.get("/skills/suggest", response_class=HTMLResponse)
def suggest(
    request: Request, templates: TemplatesDep, name: Annotated[str, Query(max_length=100)] = ""
) -> Response:
    context = {"suggestions": journey.suggest_skills(name)}
    return templates.TemplateResponse(request, "_partials/skill_options.html", context)
