"""The free-text feedback box of an analysis."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careernav.store.feedback import NOTE_MAX_CHARS
from careernav.web.deps import AnalysedSessionDep, CsrfDep, ServicesDep, TemplatesDep, is_htmx

router = APIRouter(prefix="/analysis", tags=["pages"])


@router.post("/feedback", dependencies=[CsrfDep], response_class=HTMLResponse)
def leave_feedback(
    request: Request,
    session: AnalysedSessionDep,
    services: ServicesDep,
    templates: TemplatesDep,
    text: Annotated[str, Form(min_length=1, max_length=NOTE_MAX_CHARS)],
) -> Response:
    """Keep what the person wrote about this analysis, with the saved profile."""
    services.database.feedback.add_note(session.profile.id, session.user_id, text.strip())
    if not is_htmx(request):
        return RedirectResponse("/analysis", status_code=303)
    return templates.TemplateResponse(request, "_partials/feedback_thanks.html", {})
