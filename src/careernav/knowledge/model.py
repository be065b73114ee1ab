"""Learning resources: the schema of the shipped catalogue and of imported or user-added items."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, HttpUrl

from careernav.models import Level

ResourceFormat = Literal[
    "video", "article", "course", "book", "interactive", "documentation", "podcast"
]
MappingMethod = Literal["curated", "dictionary", "semantic", "source-subject"]
# "audit": the learning material is free, a certificate or graded work is paid for.
Access = Literal["free", "audit", "paid"]


class TaughtSkill(BaseModel):
    """A skill a resource teaches, and the level it brings a learner to."""

    skill_id: str
    level: Level
    method: MappingMethod = Field(description="how the skill was attached to the resource")
    score: float = Field(default=1.0, description="confidence of the mapping, 0-1")


class Popularity(BaseModel):
    rating: float | None = Field(default=None, description="mean learner rating, 0-5")
    ratings: int | None = Field(default=None, description="number of ratings or reviews")
    learners: int | None = Field(default=None, description="enrolments or subscribers")


class Resource(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.:-]*$")
    title: str
    url: HttpUrl
    provider: str
    format: ResourceFormat
    level: Level
    hours: float = Field(gt=0, description="estimated hours to complete")
    free: bool
    price: float | None = Field(default=None, description="price in USD when known and not free")
    access: Access | None = Field(
        default=None, description="free, free to audit (paid certificate) or paid, when known"
    )
    level_estimated: bool = Field(
        default=False,
        description="the source states no level and the title gives no cue: the level is the "
        "importer's default, a guess",
    )
    language: str = "en"
    skills: list[TaughtSkill]
    topics: list[str] = []
    description: str = Field(default="", description="one short sentence written by CareerNav")
    popularity: Popularity = Popularity()
    expert_reviewed: bool = False
    source: str = Field(description="catalogue the facts come from")
    licence: str = Field(description="licence of the source facts")


class CatalogueAbout(BaseModel):
    name: str
    version: str
    sources: list[str]
    licence: str


class CatalogueFile(BaseModel):
    about: CatalogueAbout
    resources: list[Resource]
