"""The web application: ``create_app`` builds it over the same core the CLI uses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from careernav.config import Settings, get_settings
from careernav.models import Level
from careernav.ranking import STYLES, Ranker
from careernav.web import api, errors
from careernav.web.deps import CSRF_FIELD, CSRF_HEADER, WebServices
from careernav.web.feedback import FeedbackLog, InMemoryFeedbackLog
from careernav.web.routers import analysis, explain, gap, profile, roadmap
from careernav.web.security import (
    RequestSizeLimitMiddleware,
    SecurityHeadersMiddleware,
    SessionCookieMiddleware,
)
from careernav.web.sessions import InMemorySessionStore, SessionCookie, SessionStore
from careernav.web.settings import WebSettings

WEB_DIR = Path(__file__).parent
TITLE = "CareerNav"


def default_ranker(settings: Settings) -> Callable[[], Ranker]:
    def load() -> Ranker:
        from careernav.knowledge.retrieval import load_retriever

        return Ranker(load_retriever(settings), settings)

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


def create_app(
    settings: Settings | None = None,
    *,
    web: WebSettings | None = None,
    sessions: SessionStore | None = None,
    feedback: FeedbackLog | None = None,
    ranker: Callable[[], Ranker] | None = None,
) -> FastAPI:
    """The CareerNav web app. ``sessions`` and ``feedback`` default to in-memory stores;
    ``ranker`` builds the resource ranker on first use (default: the full hybrid retriever)."""
    settings = settings or get_settings()
    web = web or WebSettings()
    services = WebServices(
        settings=settings,
        web=web,
        sessions=sessions or InMemorySessionStore(web.max_sessions, web.session_max_age),
        feedback=feedback or InMemoryFeedbackLog(),
        cookie=SessionCookie(web.secret_key, web.session_max_age),
        templates=templates(),
        ranker_factory=ranker or default_ranker(settings),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if web.preload:
            services.ranker()
        yield

    app = FastAPI(
        title=TITLE,
        summary="Your skills, the gaps to a role, and a week-by-week route there.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.services = services
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    for router in (profile.router, analysis.router, gap.router, roadmap.router, explain.router):
        app.include_router(router)
    app.include_router(api.router)
    errors.install(app)
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
