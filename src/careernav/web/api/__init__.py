"""The JSON API, version 1: one router per resource under /api/v1."""

from fastapi import APIRouter

from careernav.web.api import analyze, gap, recommend, roadmap, skills

router = APIRouter(prefix="/api/v1")
for _resource in (analyze, skills, gap, recommend, roadmap):
    router.include_router(_resource.router)
