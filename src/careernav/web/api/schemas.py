"""Request and response models of the JSON API (version 1)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from careernav.models import Level
from careernav.progress import Status

StyleName = Literal["video", "reading", "hands-on"]


class AnalyzeFields(BaseModel):
    """The form fields (or JSON body) of POST /analyze; a file goes in the ``file`` part."""

    target: str = Field(min_length=1, max_length=200, description="Target role.")
    text: str | None = Field(default=None, max_length=200_000, description="Resume text.")
    hours_per_week: float = Field(default=6.0, gt=0, le=80)
    style: StyleName | None = None
    current_role: str = Field(default="", max_length=200)
    education: str = Field(default="", max_length=500)


class SkillOut(BaseModel):
    id: str
    name: str
    type: str
    level: Level
    confidence: float
    evidence: list[str]
    reasons: list[str]
    method: str
    corrected_from: Level | None = None
    added_by_you: bool = False


class GapOut(BaseModel):
    skill_id: str
    name: str
    your_level: Level | None
    required_level: Level
    demand_share: float
    must_have_share: float
    gap: int
    priority: float
    priority_label: str


class TransferOut(BaseModel):
    have: str
    for_skill: str
    reason: str
    strength: float


class GapReportOut(BaseModel):
    role: str
    postings: int
    benchmark_method: str
    sources: list[str]
    first_posted: str | None
    last_posted: str | None
    note: str | None
    readiness: float
    gaps: list[GapOut]
    transferable: list[TransferOut]


class AnalyzeOut(BaseModel):
    csrf_token: str = Field(description="Send it as X-CSRF-Token on later POSTs.")
    skills: list[SkillOut]
    report: GapReportOut


class ResourceOut(BaseModel):
    id: str
    title: str
    url: str
    provider: str
    format: str
    hours: float
    free: bool


class RecommendationOut(BaseModel):
    resource: ResourceOut
    score: float
    components: dict[str, float]
    explanation: str


class RecommendationsOut(BaseModel):
    skill: str
    level: Level
    results: list[RecommendationOut]


class AlternativeOut(BaseModel):
    resource: ResourceOut
    why_different: str


class RoadmapItemOut(BaseModel):
    key: str
    skill: str
    from_level: Level | None
    to_level: Level
    first_week: int
    last_week: int
    hours: float = Field(description="Hours planned for this step (a long course in part).")
    resource: ResourceOut
    explanation: str
    alternatives: list[AlternativeOut]
    status: Status


class ProgressOut(BaseModel):
    done_hours: float
    remaining_hours: float
    percent_done: float
    pace: float
    measured: bool
    remaining_weeks: int | None
    eta: date | None
    planned_eta: date


class LaterOut(BaseModel):
    skill_id: str
    skill: str
    priority_label: str
    from_level: Level | None
    to_level: Level
    hours: float
    suggestion: ResourceOut | None


class RoadmapOut(BaseModel):
    target: str
    hours_per_week: float
    start: date
    eta_weeks: int
    target_date: date
    total_hours: float
    items: list[RoadmapItemOut]
    later: list[LaterOut] = Field(description="Optional gaps outside the route and its ETA.")
    missing: list[str]
    progress: ProgressOut


class ProgressIn(BaseModel):
    key: str = Field(min_length=3, max_length=200, description="Item key, e.g. python@Basic.")
    status: Status
    hours_done: float = Field(default=0.0, ge=0, description="For an item in progress.")


class SkillLevelIn(BaseModel):
    level: Level


class SkillAddIn(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="Skill name or alias.")
    level: Level


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail
