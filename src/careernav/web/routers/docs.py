"""The OpenAPI page: Swagger UI served from this server's static files, no CDN."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from careernav.web.deps import TemplatesDep

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request, templates: TemplatesDep) -> Response:
    return templates.TemplateResponse(
        request, "docs.html", {"openapi_url": request.app.openapi_url, "title": request.app.title}
    )
