"""The week-by-week roadmap: Replace, mark done or skip, and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careernav.exports import roadmap_ics, roadmap_markdown
from careernav.progress import Status
from careernav.web import journey
from careernav.web.deps import (
    AnalysedSessionDep,
    CsrfDep,
    RankerDep,
    ServicesDep,
    SettingsDep,
    TemplatesDep,
    is_htmx,
    save_session,
)

router = APIRouter(prefix="/roadmap", tags=["pages"])
EXPORT_NAME = "careernav-roadmap"


def _render(
    request: Request,
    templates: TemplatesDep,
    session: AnalysedSessionDep,
    settings: SettingsDep,
    ranker: RankerDep,
    partial: bool,
) -> Response:
    plan = journey.roadmap(session, settings, ranker)
    context = {
        "session": session,
        "plan": plan,
        "progress": journey.progress(session, plan),
        "statuses": session.roadmap.progress,
        "achievements": journey.achievements(session, plan),
        "page": "roadmap",
    }
    name = "_partials/roadmap_body.html" if partial else "roadmap.html"
    return templates.TemplateResponse(request, name, context)


@router.get("", response_class=HTMLResponse)
def roadmap_page(
    request: Request,
    session: AnalysedSessionDep,
    settings: SettingsDep,
    ranker: RankerDep,
    templates: TemplatesDep,
) -> Response:
    return _render(request, templates, session, settings, ranker, partial=False)


def _after_change(
    request: Request,
    templates: TemplatesDep,
    session: AnalysedSessionDep,
    settings: SettingsDep,
    ranker: RankerDep,
) -> Response:
    if not is_htmx(request):
        return RedirectResponse("/roadmap", status_code=303)
    return _render(request, templates, session, settings, ranker, partial=True)


@router.post("/replace", dependencies=[CsrfDep], response_class=HTMLResponse)
def replace(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    ranker: RankerDep,
    templates: TemplatesDep,
    key: Annotated[str, Form(max_length=200)],
) -> Response:
    plan = journey.roadmap(session, services.settings, ranker)
    journey.replace_resource(session, plan, key)
    save_session(services, session)
    return _after_change(request, templates, session, services.settings, ranker)


@router.post("/progress", dependencies=[CsrfDep], response_class=HTMLResponse)
def mark(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    ranker: RankerDep,
    templates: TemplatesDep,
    key: Annotated[str, Form(max_length=200)],
    status: Annotated[Status, Form()],
) -> Response:
    plan = journey.roadmap(session, services.settings, ranker)
    journey.set_progress(session, plan, key, status)
    save_session(services, session)
    return _after_change(request, templates, session, services.settings, ranker)


@router.get("/export.md")
def export_markdown(
    session: AnalysedSessionDep, settings: SettingsDep, ranker: RankerDep
) -> Response:
    text = roadmap_markdown(journey.roadmap(session, settings, ranker))
    return Response(
        text, media_type="text/markdown; charset=utf-8", headers=_attachment(f"{EXPORT_NAME}.md")
    )


@router.get("/export.ics")
def export_calendar(
    session: AnalysedSessionDep, settings: SettingsDep, ranker: RankerDep
) -> Response:
    plan = journey.roadmap(session, settings, ranker)
    return Response(
        roadmap_ics(plan, settings.study_start_hour),
        media_type="text/calendar; charset=utf-8",
        headers=_attachment(f"{EXPORT_NAME}.ics"),
    )


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
