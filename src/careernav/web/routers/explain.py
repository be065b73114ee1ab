"""How every figure was reached: skills from evidence, the benchmark, the ranking."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from careernav.ranking import COMPONENTS
from careernav.web import journey
from careernav.web.deps import AnalysedSessionDep, RankerDep, SettingsDep, TemplatesDep

router = APIRouter(tags=["pages"])


@router.get("/explain", response_class=HTMLResponse)
def explain_page(
    request: Request,
    session: AnalysedSessionDep,
    settings: SettingsDep,
    ranker: RankerDep,
    templates: TemplatesDep,
) -> Response:
    plan = journey.roadmap(session, settings, ranker)
    context = {
        "session": session,
        "benchmark": journey.benchmark(session, settings),
        "report": journey.gap_report(session, settings),
        "plan": plan,
        "weights": ranker.weights.values,
        "components": COMPONENTS,
        "page": "explain",
    }
    return templates.TemplateResponse(request, "explain.html", context)
