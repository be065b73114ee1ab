"""The web application: ``create_app`` builds it over the same core the CLI uses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from careernav.config import Settings, get_settings
from careernav.models import Level
from careernav.ranking import STYLES, Ranker
from careernav.store import Database, open_database
from careernav.store.accounts import AccountError
from careernav.store.profiles import ProfileNotFoundError
from careernav.web import api, errors, journey
from careernav.web.api import profiles as profiles_api
from careernav.web.deps import CSRF_FIELD, CSRF_HEADER, WebServices
from careernav.web.feedback import FeedbackLog
from careernav.web.ratelimit import RateLimitConfig, RateLimitedError, RateLimits
from careernav.web.routers import (
    account,
    analysis,
    docs,
    explain,
    gap,
    notes,
    profile,
    roadmap,
)
from careernav.web.security import (
    RequestSizeLimitMiddleware,
    SecurityHeadersMiddleware,
    SessionCookieMiddleware,
)
from careernav.web.sessions import SessionCookie, SessionStore
from careernav.web.settings import WebSettings

WEB_DIR = Path(__file__).parent
TITLE = "CareerNav"
COOKIE_KEY_NAME = "session_cookie_key"
# Errors whose status the shared handler does not know.
STATUSES: dict[type[Exception], int] = {
    RateLimitedError: 429,
    ProfileNotFoundError: 404,
    AccountError: 400,
}


def default_ranker(settings: Settings) -> Callable[[], Ranker]:
    def load() -> Ranker:
        from careernav.knowledge.links import RecordedLinks
        from careernav.knowledge.retrieval import load_retriever

        return Ranker(load_retriever(settings), settings, links=RecordedLinks(settings))

    return load


def templates() -> Jinja2Templates:
    found = Jinja2Templates(directory=WEB_DIR / "templates")
    found.env.globals.update(
        levels=[level.value for level in Level],
        styles=STYLES,
        csrf_field=CSRF_FIELD,
        csrf_header=CSRF_HEADER,
    )
    return found


def rate_limits(web: WebSettings) -> RateLimits:
    return RateLimits(
        RateLimitConfig(web.login_rate_limit, web.analysis_rate_limit, web.rate_limit_storage)
    )


async def error_with_status(request: Request, error: Exception) -> Response:
    response = await errors.careernav_error(request, error)
    response.status_code = next(s for kind, s in STATUSES.items() if isinstance(error, kind))
    if isinstance(error, RateLimitedError):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def create_app(
    settings: Settings | None = None,
    *,
    web: WebSettings | None = None,
    database: Database | None = None,
    sessions: SessionStore | None = None,
    feedback: FeedbackLog | None = None,
    ranker: Callable[[], Ranker] | None = None,
) -> FastAPI:
    """The CareerNav web app. ``database`` defaults to the one of ``settings`` (migrated
    here); ``sessions`` and ``feedback`` default to stores on it; ``ranker`` builds the
    resource ranker on first use (default: the full hybrid retriever)."""
    settings = settings or get_settings()
    web = web or WebSettings()
    database = database or open_database(settings)
    services = WebServices(
        settings=settings,
        web=web,
        sessions=sessions or database.session_store(web.session_max_age),
        feedback=feedback or database.feedback,
        cookie=SessionCookie(
            web.secret_key or database.secret(COOKIE_KEY_NAME), web.session_max_age
        ),
        templates=templates(),
        ranker_factory=ranker or default_ranker(settings),
        database=database,
        limits=rate_limits(web),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if web.preload:
            services.ranker()
            journey.warm_up(settings)
        yield

    app = FastAPI(
        title=TITLE,
        summary="Your skills, the gaps to a role, and a week-by-week route there.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served by routers.docs from local files
        redoc_url=None,
    )
    app.state.services = services
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    pages = (profile, analysis, notes, gap, roadmap, explain, account, docs)
    for module in pages:  # HTML pages; the OpenAPI page documents the JSON API
        app.include_router(module.router, include_in_schema=False)
    app.include_router(api.router)
    app.include_router(profiles_api.router, prefix=api.router.prefix)
    errors.install(app)
    for kind in STATUSES:
        app.add_exception_handler(kind, error_with_status)
    # Outermost last: headers on every answer, including a refused oversized body.
    app.add_middleware(
        SessionCookieMiddleware,
        cookie=services.cookie,
        name=web.cookie_name,
        secure=web.cookie_secure,
    )
    app.add_middleware(
        RequestSizeLimitMiddleware, max_bytes=settings.max_upload_bytes + web.form_overhead_bytes
    )
    app.add_middleware(SecurityHeadersMiddleware)
    return app
