"""Typed records passed between pipeline stages. Stages add to these; none mutate them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal


class Level(StrEnum):
    """Proficiency, ordered: Basic < Intermediate < Expert."""

    BASIC = "Basic"
    INTERMEDIATE = "Intermediate"
    EXPERT = "Expert"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]

    @classmethod
    def from_rank(cls, rank: int) -> Level:
        return _RANK_LEVEL[max(1, min(3, rank))]

    @classmethod
    def parse(cls, value: str) -> Level:
        try:
            return cls(value.strip().capitalize())
        except ValueError:
            names = ", ".join(level.value for level in cls)
            raise ValueError(f"unknown level {value!r}; use one of {names}") from None


_LEVEL_RANK = {Level.BASIC: 1, Level.INTERMEDIATE: 2, Level.EXPERT: 3}
_RANK_LEVEL = {rank: level for level, rank in _LEVEL_RANK.items()}

DocumentKind = Literal["resume", "job"]

SectionKind = Literal[
    # resume sections
    "contact",
    "summary",
    "skills",
    "experience",
    "education",
    "certifications",
    "projects",
    # job-posting sections
    "about",
    "responsibilities",
    "requirements",
    "preferred",
    "benefits",
    "other",
]


@dataclass(frozen=True)
class DatedRole:
    """One position in a resume's experience section, with its dates when they were found."""

    title: str
    start: date | None
    end: date | None  # None with ``current`` True means "to present"
    current: bool
    lines: tuple[str, ...]

    @property
    def years(self) -> float | None:
        if self.start is None:
            return None
        end = self.end or (date.today() if self.current else None)
        if end is None or end < self.start:
            return None
        return round((end - self.start).days / 365.25, 2)


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    heading: str
    lines: tuple[str, ...]
    roles: tuple[DatedRole, ...] = ()


@dataclass(frozen=True)
class Document:
    """Text of one document, split into sections. Lives in memory only."""

    name: str
    media_type: str
    text: str
    sections: tuple[Section, ...]

    def lines(self) -> list[tuple[Section, str]]:
        return [(section, line) for section in self.sections for line in section.lines]


@dataclass(frozen=True)
class ExtractedSkill:
    """A skill found in a document, with the level judged from the evidence."""

    id: str
    name: str
    type: Literal["hard", "soft"]
    level: Level
    confidence: float
    evidence: tuple[str, ...]
    required: bool | None = None  # job postings only: must-have (True) or nice-to-have
    years: float | None = None  # years of use (resume) or asked (job posting)
    method: Literal["dictionary", "semantic"] = "dictionary"
    reasons: tuple[str, ...] = field(default=())  # how the level was decided, in words

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "level": self.level.value,
            "required": self.required,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "years": self.years,
            "method": self.method,
            "reasons": list(self.reasons),
        }
