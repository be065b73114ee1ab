"""How errors reach people: JSON with a stable code under /api, a page or a redirect elsewhere."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response

from careernav.errors import (
    CareerNavError,
    DocumentError,
    UnknownRoleError,
    UnknownSkillError,
)
from careernav.roadmap import UnknownItemError
from careernav.web.deps import CsrfError, NoAnalysisError, get_services

API_PREFIX = "/api/"


def status_of(error: CareerNavError) -> int:
    if isinstance(error, CsrfError):
        return 403
    if isinstance(error, UnknownRoleError | UnknownSkillError | UnknownItemError):
        return 404
    if isinstance(error, NoAnalysisError):
        return 409
    if isinstance(error, DocumentError):
        return 400
    return 422


def error_body(code: str, message: str, hint: str | None = None, **extra: object) -> dict:
    return {"error": {"code": code, "message": message, "hint": hint, **extra}}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


async def careernav_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, CareerNavError)
    status = status_of(error)
    if _is_api(request):
        return JSONResponse(error_body(error.code, error.message, error.hint), status_code=status)
    if isinstance(error, NoAnalysisError):
        return RedirectResponse("/", status_code=303)
    templates = get_services(request).templates
    context = {"error": error, "status": status}
    name = "_partials/error.html" if request.headers.get("HX-Request") else "error.html"
    return templates.TemplateResponse(request, name, context, status_code=status)


def _field(location: tuple[object, ...]) -> str:
    parts = [str(p) for p in location if p not in ("body", "query", "path", "header", "form")]
    return ".".join(parts) or "request"


async def validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = [
        {"field": _field(tuple(e.get("loc", ()))), "message": e.get("msg", "invalid")}
        for e in error.errors()
    ]
    message = "; ".join(f"{p['field']}: {p['message']}" for p in problems)
    body = error_body("invalid_request", message, None, fields=problems)
    return JSONResponse(body, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(CareerNavError, careernav_error)
    app.add_exception_handler(RequestValidationError, validation_error)
