"""GET /api/v1/recommend: the best resources to learn a skill to a level."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from careernav.models import Level
from careernav.ranking import RankingRequest
from careernav.web import journey
from careernav.web.api import convert, schemas
from careernav.web.deps import RankerDep

router = APIRouter(tags=["learning"])
ERRORS = {404: {"model": schemas.ErrorOut, "description": "Unknown skill, with suggestions."}}


@router.get("/recommend", response_model=schemas.RecommendationsOut, responses=ERRORS)
def recommend(
    ranker: RankerDep,
    skill: Annotated[str, Query(min_length=1, max_length=100, description="Name, alias or id.")],
    level: Annotated[Level, Query(description="Level to reach.")],
    style: Annotated[schemas.StyleName | None, Query(description="Learning style.")] = None,
    free: Annotated[bool, Query(description="Only free resources.")] = False,
    hours: Annotated[float | None, Query(gt=0, le=80, description="Hours per week.")] = None,
    k: Annotated[int, Query(ge=1, le=50, description="How many results.")] = 10,
) -> schemas.RecommendationsOut:
    """Ranked resources, each with every ranking component and a plain explanation."""
    found = journey.resolve_skill(skill)
    ranked = ranker.rank(found, RankingRequest(level, None, style, free, hours), k=k)
    return schemas.RecommendationsOut(
        skill=found.name,
        level=level,
        results=[convert.recommendation_out(r, ranker, found.name, style, hours) for r in ranked],
    )
