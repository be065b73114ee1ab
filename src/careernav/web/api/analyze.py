"""POST /api/v1/analyze: a resume (file or text) and a target role -> skills and gaps."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.formparsers import MultiPartException

from careernav.gaps import GapReport
from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.deps import (
    CSRF_HEADER,
    AnalysisLimitDep,
    ServicesDep,
    SessionDep,
    check_csrf,
    is_new_session,
    save_session,
)
from careernav.web.sessions import Profile
from careernav.web.uploads import read_form, uploaded_file

router = APIRouter(tags=["analysis"])

ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["target"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "Resume: PDF, DOCX, HTML or TXT.",
                        },
                        **schemas.AnalyzeFields.model_json_schema()["properties"],
                    },
                }
            },
            "application/json": {"schema": schemas.AnalyzeFields.model_json_schema()},
        },
    }
}
ERRORS = {
    400: {"model": schemas.ErrorOut, "description": "The document could not be read."},
    403: {"model": schemas.ErrorOut, "description": "Missing or wrong X-CSRF-Token."},
    404: {"model": schemas.ErrorOut, "description": "Unknown role, with suggestions."},
}


async def _fields(request: Request, services: ServicesDep) -> tuple[dict, object]:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        try:
            return json.loads(await request.body() or b"null") or {}, None
        except json.JSONDecodeError as error:
            raise RequestValidationError(
                [{"loc": ("body",), "msg": f"invalid JSON: {error.msg}", "type": "json_invalid"}]
            ) from None
    settings, web = services.settings, services.web
    try:
        form = await read_form(request, settings.max_upload_bytes, web.max_pasted_chars * 4)
    except MultiPartException as error:
        raise RequestValidationError(
            [{"loc": ("body",), "msg": str(error), "type": "multipart"}]
        ) from None
    fields = {k: v for k, v in form.items() if isinstance(v, str) and v != ""}
    return fields, await uploaded_file(form, "file")


@router.post(
    "/analyze",
    response_model=schemas.AnalyzeOut,
    openapi_extra=ANALYZE_BODY,
    responses=ERRORS,
    dependencies=[AnalysisLimitDep],
)
async def analyze(
    request: Request, session: SessionDep, services: ServicesDep
) -> schemas.AnalyzeOut:
    """Analyse a resume against a target role. The file is read in memory and discarded; the
    session keeps the skills found, which later calls (gap, roadmap, progress) use."""
    if not is_new_session(request):
        check_csrf(session, request.headers.get(CSRF_HEADER))
    raw, upload = await _fields(request, services)
    try:
        fields = schemas.AnalyzeFields.model_validate(raw)
    except ValidationError as error:
        raise RequestValidationError(error.errors()) from None
    profile = Profile(
        current_role=fields.current_role,
        target=fields.target,
        education=fields.education,
        hours_per_week=fields.hours_per_week,
        style=fields.style,
    )
    settings = services.settings
    journey.check_profile(profile, settings)

    def analyse_and_report() -> GapReport:
        text = fields.text or ""
        journey.analyse_resume(session, profile, upload, text, settings)  # type: ignore[arg-type]
        return journey.gap_report(session, settings)

    report = await services.analyse_off_loop(analyse_and_report)
    await run_in_threadpool(save_session, services, session)
    return schemas.AnalyzeOut(
        csrf_token=session.csrf_token,
        skills=convert.skills_out(session),
        report=convert.report_out(report, journey.benchmark(session, settings)),
    )
