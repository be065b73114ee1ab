"""The role benchmark and your gaps against it, with a server-drawn chart."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from careernav.web import journey
from careernav.web.deps import AnalysedSessionDep, SettingsDep, TemplatesDep

router = APIRouter(tags=["pages"])
CHART_ROWS = 20


@router.get("/gap", response_class=HTMLResponse)
def gap_page(
    request: Request, session: AnalysedSessionDep, settings: SettingsDep, templates: TemplatesDep
) -> Response:
    report = journey.gap_report(session, settings)
    context = {
        "session": session,
        "report": report,
        "benchmark": journey.benchmark(session, settings),
        "chart": report.gaps[:CHART_ROWS],
        "page": "gap",
    }
    return templates.TemplateResponse(request, "gap.html", context)
