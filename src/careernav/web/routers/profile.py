"""The landing page and the profile wizard: one form, read in memory, analysed at once."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.formparsers import MultiPartException

from careernav.errors import CareerNavError
from careernav.web import journey
from careernav.web.deps import (
    CSRF_FIELD,
    AnalysisLimitDep,
    ServicesDep,
    SessionDep,
    TemplatesDep,
    check_csrf,
    save_session,
)
from careernav.web.sessions import Profile
from careernav.web.uploads import read_form, text_field, uploaded_file

router = APIRouter(tags=["pages"])


@router.get("/", response_class=HTMLResponse)
def landing(
    request: Request, session: SessionDep, services: ServicesDep, templates: TemplatesDep
) -> Response:
    return _form_page(request, services, templates, session, session.profile, "", None)


def _form_page(
    request: Request,
    services: ServicesDep,
    templates: TemplatesDep,
    session: SessionDep,
    values: Profile,
    pasted: str,
    error: CareerNavError | None,
    status: int = 200,
) -> Response:
    context = {
        "session": session,
        "values": values,
        "pasted": pasted,
        "error": error,
        "roles": journey.role_choices(services.settings),
        "max_upload_mb": services.settings.max_upload_bytes / (1024 * 1024),
        "page": "profile",
    }
    return templates.TemplateResponse(request, "index.html", context, status_code=status)


def _hours(value: str) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        raise journey.BadProfileError(
            f"{value!r} is not a number of hours.", hint="Enter hours per week, e.g. 6."
        ) from None


@router.post("/profile", dependencies=[AnalysisLimitDep], response_class=HTMLResponse)
async def submit_profile(
    request: Request, session: SessionDep, services: ServicesDep, templates: TemplatesDep
) -> Response:
    settings, web = services.settings, services.web
    try:
        form = await read_form(request, settings.max_upload_bytes, web.max_pasted_chars * 4)
    except MultiPartException as error:
        bad = journey.BadProfileError(str(error), hint="Send one file and the form's fields.")
        return _form_page(request, services, templates, session, session.profile, "", bad, 400)
    check_csrf(session, text_field(form, CSRF_FIELD))
    pasted = text_field(form, "resume_text")[: web.max_pasted_chars]
    values = Profile(
        current_role=text_field(form, "current_role"),
        target=text_field(form, "target"),
        education=text_field(form, "education"),
        style=text_field(form, "style") or None,
        free_only=text_field(form, "free_only") == "on",
    )
    try:
        values.hours_per_week = _hours(text_field(form, "hours"))
        journey.check_profile(values, settings)
        upload = await uploaded_file(form, "resume")
        await services.analyse_off_loop(
            partial(journey.analyse_resume, session, values, upload, pasted, settings)
        )
    except CareerNavError as error:
        return _form_page(request, services, templates, session, values, pasted, error, 400)
    await run_in_threadpool(save_session, services, session)
    return RedirectResponse("/analysis", status_code=303)


DEMO_PROFILE = Profile(
    current_role="Business Analyst",
    target="Data Scientist",
    education="B.S. Chemical Engineering",
    hours_per_week=6.0,
    style="video",
)


@router.post("/demo", dependencies=[AnalysisLimitDep], response_class=HTMLResponse)
async def start_demo(request: Request, session: SessionDep, services: ServicesDep) -> Response:
    """The whole journey for the shipped demo resume (a fictional career changer)."""
    form = await request.form()
    check_csrf(session, str(form.get(CSRF_FIELD, "")))
    document = journey.demo_resume()
    await services.analyse_off_loop(
        partial(journey.start_journey, session, replace(DEMO_PROFILE), document, services.settings)
    )
    await run_in_threadpool(save_session, services, session)
    return RedirectResponse("/analysis", status_code=303)
