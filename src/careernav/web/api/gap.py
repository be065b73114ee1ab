"""GET /api/v1/gap: the session's skills against its target role (or another one)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from careernav.market.store import find_role
from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.deps import AnalysedSessionDep, SettingsDep

router = APIRouter(tags=["analysis"])
ERRORS = {
    404: {"model": schemas.ErrorOut, "description": "Unknown role, with suggestions."},
    409: {"model": schemas.ErrorOut, "description": "Nothing analysed in this session yet."},
}


@router.get("/gap", response_model=schemas.GapReportOut, responses=ERRORS)
def gap(
    session: AnalysedSessionDep,
    settings: SettingsDep,
    target: Annotated[
        str | None, Query(max_length=200, description="Another role to compare with.")
    ] = None,
) -> schemas.GapReportOut:
    """Gaps, transferable skills and readiness of your confirmed skills."""
    benchmark = find_role(target or session.profile.target, settings)
    report = journey.gap_report(session, settings, benchmark.role)
    return convert.report_out(report, benchmark)
