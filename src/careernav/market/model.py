"""Role benchmarks: what a role's job postings ask for, skill by skill."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from careernav.models import Level


class SkillDemand(BaseModel):
    """One skill's demand within a role."""

    skill_id: str
    name: str
    type: Literal["hard", "soft"]
    postings: int = Field(description="postings of the role that ask for the skill")
    share: float = Field(description="postings asking for it / all postings of the role")
    required_share: float = Field(description="postings requiring it (must-have) / all postings")
    levels: dict[Level, float] = Field(description="share of asking postings per required level")
    required_level: Level = Field(description="the level most asking postings want (median)")
    median_years: float | None = None

    @property
    def must_have_share(self) -> float:
        """Of the postings that ask for the skill, the share that make it a must-have."""
        return self.required_share / self.share if self.share else 0.0


class RoleBenchmark(BaseModel):
    role: str
    postings: int
    method: Literal["postings", "esco"] = "postings"
    sources: list[str]
    first_posted: str | None = None
    last_posted: str | None = None
    esco_occupation: str | None = None
    note: str | None = None
    skills: list[SkillDemand]

    def demand(self, skill_id: str) -> SkillDemand | None:
        return next((s for s in self.skills if s.skill_id == skill_id), None)


class BenchmarkAbout(BaseModel):
    name: str
    built: str
    sources: list[str]
    licence: str
    method: str


class BenchmarkFile(BaseModel):
    about: BenchmarkAbout
    roles: list[RoleBenchmark]
