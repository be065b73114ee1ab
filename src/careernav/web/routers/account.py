"""Accounts: sign up, log in, log out, saved profiles, and delete-my-data.

Anonymous use needs none of this; signing up or logging in keeps the session's analysis and
progress under the account, and gives the session a new id.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careernav.store.accounts import MIN_PASSWORD, AccountError
from careernav.store.records import Profile, RoadmapState, SessionState
from careernav.web.deps import (
    CsrfDep,
    LoginLimitDep,
    ServicesDep,
    SessionDep,
    TemplatesDep,
    WebServices,
    rotate_session,
    save_session,
)

router = APIRouter(tags=["account"])
Email = Annotated[str, Form(max_length=320)]
Password = Annotated[str, Form(max_length=1024)]


def _page(
    request: Request,
    templates: TemplatesDep,
    name: str,
    session: SessionState | None,
    status: int = 200,
    **context: object,
) -> Response:
    context = {"session": session, "page": "account", "min_password": MIN_PASSWORD, **context}
    return templates.TemplateResponse(request, name, context, status_code=status)


def _open(session: SessionState, saved: SessionState) -> None:
    """Make a saved profile the session's current analysis."""
    session.profile, session.skills = saved.profile, saved.skills
    session.corrections, session.roadmap = saved.corrections, saved.roadmap


def _enter(request: Request, services: WebServices, session: SessionState, user_id: int) -> None:
    """The session now belongs to the account: its analysis stays (or the account's latest
    profile opens), and the session id changes."""
    if session.logged_in and session.user_id != user_id:
        session.profile, session.skills, session.corrections = Profile(), [], {}
        session.roadmap = RoadmapState()
    session.user_id = user_id
    session.email = services.database.accounts.email_of(user_id)
    latest = None if session.analysed else services.database.profiles.latest(user_id)
    if latest is not None:
        _open(session, services.database.profiles.get(latest, user_id, session.id))
    rotate_session(request, services, session)


def _forget_cookie(response: Response, services: WebServices) -> Response:
    web = services.web
    response.delete_cookie(
        web.cookie_name, path="/", secure=web.cookie_secure, httponly=True, samesite="lax"
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, session: SessionDep, templates: TemplatesDep) -> Response:
    return _page(request, templates, "login.html", session, email="")


@router.post("/login", dependencies=[CsrfDep, LoginLimitDep], response_class=HTMLResponse)
def log_in(
    request: Request,
    session: SessionDep,
    services: ServicesDep,
    templates: TemplatesDep,
    email: Email,
    password: Password,
) -> Response:
    try:
        user_id = services.database.accounts.log_in(email, password, session.user_id)
    except AccountError as error:
        return _page(request, templates, "login.html", session, 400, error=error, email=email)
    _enter(request, services, session, user_id)
    return RedirectResponse("/account", status_code=303)


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request, session: SessionDep, templates: TemplatesDep) -> Response:
    return _page(request, templates, "signup.html", session, email="")


@router.post("/signup", dependencies=[CsrfDep, LoginLimitDep], response_class=HTMLResponse)
def sign_up(
    request: Request,
    session: SessionDep,
    services: ServicesDep,
    templates: TemplatesDep,
    email: Email,
    password: Password,
) -> Response:
    current = None if session.logged_in else session.user_id
    try:
        user_id = services.database.accounts.sign_up(email, password, current)
    except AccountError as error:
        return _page(request, templates, "signup.html", session, 400, error=error, email=email)
    _enter(request, services, session, user_id)
    return RedirectResponse("/account", status_code=303)


@router.post("/logout", dependencies=[CsrfDep])
def log_out(session: SessionDep, services: ServicesDep) -> Response:
    services.sessions.delete(session.id)
    return _forget_cookie(RedirectResponse("/", status_code=303), services)


@router.get("/account", response_class=HTMLResponse)
def account_page(
    request: Request, session: SessionDep, services: ServicesDep, templates: TemplatesDep
) -> Response:
    saved = services.database.profiles.list(session.user_id)
    return _page(request, templates, "account.html", session, profiles=saved)


@router.post("/account/profiles/{profile_id}/open", dependencies=[CsrfDep])
def open_profile(profile_id: int, session: SessionDep, services: ServicesDep) -> Response:
    """Continue with one of your saved profiles (404 for anyone else's id)."""
    _open(session, services.database.profiles.get(profile_id, session.user_id, session.id))
    save_session(services, session)
    return RedirectResponse("/analysis", status_code=303)


@router.post("/account/delete", dependencies=[CsrfDep], response_class=HTMLResponse)
def delete_my_data(
    request: Request,
    session: SessionDep,
    services: ServicesDep,
    templates: TemplatesDep,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """Delete the account (if any), every saved profile, progress and feedback, and the
    session; the cookie is cleared."""
    if confirm != "yes":
        error = AccountError(
            "Nothing was deleted.", hint="Tick the box to confirm, then press the button again."
        )
        saved = services.database.profiles.list(session.user_id)
        return _page(request, templates, "account.html", session, 400, error=error, profiles=saved)
    if session.user_id is not None:
        services.database.accounts.delete_user(session.user_id)
    services.sessions.delete(session.id)
    return _forget_cookie(_page(request, templates, "deleted.html", None), services)
