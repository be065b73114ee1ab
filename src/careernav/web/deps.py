"""Typed dependencies: the app's services, the session, the ranker, the CSRF check and the
rate limits."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, TypeVar

import anyio
import anyio.to_thread
from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from careernav.config import Settings
from careernav.errors import CareerNavError
from careernav.ranking import Ranker
from careernav.store import Database
from careernav.web.feedback import FeedbackLog
from careernav.web.ratelimit import RateLimits
from careernav.web.security import SESSION_SCOPE_KEY
from careernav.web.sessions import SessionCookie, SessionState, SessionStore, new_session
from careernav.web.settings import WebSettings

T = TypeVar("T")
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


class CsrfError(CareerNavError):
    code = "csrf_failed"


class NoAnalysisError(CareerNavError):
    code = "no_analysis"


@dataclass
class WebServices:
    """Everything the routes share, built once by ``create_app``."""

    settings: Settings
    web: WebSettings
    sessions: SessionStore
    feedback: FeedbackLog
    cookie: SessionCookie
    templates: Jinja2Templates
    ranker_factory: Callable[[], Ranker]
    database: Database
    limits: RateLimits
    _ranker: Ranker | None = field(default=None, repr=False)
    _analysis_slots: anyio.CapacityLimiter | None = field(default=None, repr=False)

    def ranker(self) -> Ranker:
        if self._ranker is None:
            self._ranker = self.ranker_factory()
        return self._ranker

    async def analyse_off_loop(self, work: Callable[[], T]) -> T:
        """Runs CPU-bound work (reading a document, an analysis) in a worker thread, at most
        ``web.analysis_slots`` at once, so the event loop keeps answering other requests."""
        if self._analysis_slots is None:
            self._analysis_slots = anyio.CapacityLimiter(self.web.analysis_slots)
        return await anyio.to_thread.run_sync(work, limiter=self._analysis_slots)


def get_services(request: Request) -> WebServices:
    return request.app.state.services


ServicesDep = Annotated[WebServices, Depends(get_services)]


def get_settings(services: ServicesDep) -> Settings:
    return services.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_templates(services: ServicesDep) -> Jinja2Templates:
    return services.templates


TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]


def get_ranker(services: ServicesDep) -> Ranker:
    return services.ranker()


RankerDep = Annotated[Ranker, Depends(get_ranker)]


def get_feedback(services: ServicesDep) -> FeedbackLog:
    return services.feedback


FeedbackDep = Annotated[FeedbackLog, Depends(get_feedback)]


def get_database(services: ServicesDep) -> Database:
    return services.database


DatabaseDep = Annotated[Database, Depends(get_database)]


def get_session(request: Request, services: ServicesDep) -> SessionState:
    """The caller's session, or a new one (its cookie is set on the way out)."""
    session_id = services.cookie.read(request.cookies.get(services.web.cookie_name))
    state = services.sessions.get(session_id) if session_id else None
    if state is None:
        state = new_session()
        services.sessions.save(state)
        request.scope.setdefault("state", {})[SESSION_SCOPE_KEY] = state.id
    return state


SessionDep = Annotated[SessionState, Depends(get_session)]


def get_analysed_session(session: SessionDep) -> SessionState:
    if not session.analysed:
        raise NoAnalysisError(
            "There is no analysis in this session yet.",
            hint="Fill in the profile form (or POST /api/v1/analyze) first.",
        )
    return session


AnalysedSessionDep = Annotated[SessionState, Depends(get_analysed_session)]


def is_new_session(request: Request) -> bool:
    return bool(request.scope.get("state", {}).get(SESSION_SCOPE_KEY))


def check_csrf(session: SessionState, token: str | None) -> None:
    if not token or not secrets.compare_digest(token, session.csrf_token):
        raise CsrfError(
            "This form has expired or did not come from CareerNav.",
            hint="Reload the page and try again.",
        )


async def require_csrf(request: Request, session: SessionDep) -> None:
    """The synchronizer token from the X-CSRF-Token header (htmx, API) or the form field."""
    token = request.headers.get(CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(
        "application/x-www-form-urlencoded"
    ):
        value = (await request.form()).get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
    check_csrf(session, token)


CsrfDep = Depends(require_csrf)


def save_session(services: WebServices, session: SessionState) -> None:
    services.sessions.save(session)


def rotate_session(request: Request, services: WebServices, session: SessionState) -> None:
    """Give the session a new id and CSRF token (at login), keeping its state; the new
    cookie is set on the way out and the old id stops working."""
    old_id = session.id
    fresh = new_session()
    session.id, session.csrf_token = fresh.id, fresh.csrf_token
    services.sessions.save(session)
    services.sessions.delete(old_id)
    request.scope.setdefault("state", {})[SESSION_SCOPE_KEY] = session.id


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def limit_analyses(request: Request, services: ServicesDep) -> None:
    services.limits.hit("analysis", client_address(request))


def limit_logins(request: Request, services: ServicesDep) -> None:
    services.limits.hit("login", client_address(request))


LoginLimitDep = Depends(limit_logins)
AnalysisLimitDep = Depends(limit_analyses)  # on every route that starts an analysis


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"
