"""Hand-written resource rows (the curated YAML, a user's own YAML or CSV) -> resources.

A row names its skills by id or by any taxonomy name or alias, optionally with the level the
resource brings that skill to: ``python``, ``"Power BI"``, ``"sql@Expert"``. Without a level a
skill takes the row's level.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, Field, HttpUrl

from careernav.knowledge.identifiers import resource_id
from careernav.knowledge.model import (
    Access,
    MappingMethod,
    Popularity,
    Resource,
    ResourceFormat,
    TaughtSkill,
)
from careernav.knowledge.providers import provider_for
from careernav.models import Level
from careernav.taxonomy.model import Taxonomy

LEVEL_SEPARATOR = "@"


def _split_list(value: object) -> object:
    """A CSV cell such as "python; sql" or "python, sql" -> ["python", "sql"]."""
    if isinstance(value, str):
        parts = value.replace(";", ",").split(",")
        return [p.strip() for p in parts if p.strip()]
    return value


def _parse_level(value: object) -> object:
    return Level.parse(value) if isinstance(value, str) else value


def _parse_bool(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() in {"yes", "y", "1", "true"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"no", "n", "0", "false"}:
        return False
    return value


class ResourceRow(BaseModel):
    """One hand-written resource: what a user or a curator writes."""

    title: str = Field(min_length=2)
    url: HttpUrl
    format: ResourceFormat
    level: Annotated[Level, BeforeValidator(_parse_level)]
    hours: float = Field(gt=0)
    free: Annotated[bool, BeforeValidator(_parse_bool)]
    skills: Annotated[list[str], BeforeValidator(_split_list)] = Field(min_length=1)
    id: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.:-]*$")
    provider: str | None = None
    price: float | None = None
    access: Access | None = None
    description: str = ""
    topics: Annotated[list[str], BeforeValidator(_split_list)] = []
    expert_reviewed: Annotated[bool, BeforeValidator(_parse_bool)] = False
    popularity: Popularity = Popularity()


def resolve_skill(entry: str, default: Level, taxonomy: Taxonomy) -> tuple[str, Level]:
    """``"sql@Expert"`` -> ("sql", Expert); names and aliases resolve to ids; ValueError if
    the skill or level is unknown."""
    name, _, level_text = entry.partition(LEVEL_SEPARATOR)
    skill = taxonomy.get(name.strip()) or taxonomy.resolve(name)
    if skill is None:
        raise ValueError(f"unknown skill {name.strip()!r}")
    return skill.id, Level.parse(level_text) if level_text else default


def row_to_resource(
    row: ResourceRow,
    taxonomy: Taxonomy,
    *,
    id_prefix: str,
    method: MappingMethod,
    source: str,
    licence: str,
) -> Resource:
    """The resource a row describes; ValueError naming the first unknown skill."""
    taught: dict[str, TaughtSkill] = {}
    for entry in row.skills:
        skill_id, level = resolve_skill(entry, row.level, taxonomy)
        taught.setdefault(skill_id, TaughtSkill(skill_id=skill_id, level=level, method=method))
    url = str(row.url)
    return Resource(
        id=row.id or resource_id(id_prefix, row.title, url),
        title=row.title,
        url=row.url,
        provider=row.provider or provider_for(url),
        format=row.format,
        level=row.level,
        hours=row.hours,
        free=row.free,
        price=None if row.free else row.price,
        access=row.access or ("free" if row.free else "paid"),
        skills=list(taught.values()),
        topics=row.topics,
        description=row.description,
        popularity=row.popularity,
        expert_reviewed=row.expert_reviewed,
        source=source,
        licence=licence,
    )
