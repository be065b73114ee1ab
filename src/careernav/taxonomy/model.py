"""The skill taxonomy: skills with aliases, prerequisites and links to ESCO and O*NET."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field


class SkillRecord(BaseModel):
    """Schema of one skill in a taxonomy file."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.+#-]*$")
    name: str
    aliases: list[str] = []
    type: Literal["hard", "soft"]
    category: str
    prerequisites: list[str] = []
    related: list[str] = []
    # Short names that are also ordinary words ("R", "Go", "Spark", "Access"):
    # matched case-sensitively and only with one of these context words nearby,
    # or inside a list of other skills.
    ambiguous: bool = False
    context: list[str] = []
    # Words that, in the same sentence, show a name means something else unless a context
    # word is there too: "ATM" beside a vault and a cash drawer is a cash machine.
    other_sense: list[str] = []
    description: str = ""
    esco_uri: str | None = None
    # O*NET commodity code and title, "43232402 Development environment software"
    onet: str | None = None


class TaxonomyAbout(BaseModel):
    name: str
    version: str
    sources: list[str]
    licence: str


class TaxonomyFile(BaseModel):
    about: TaxonomyAbout
    skills: list[SkillRecord]


def normalise_name(text: str) -> str:
    """Key for comparing skill names: lower case, single spaces, no trailing dots."""
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(".")


@dataclass(eq=False)
class Taxonomy:
    """Skills indexed by id and by every name and alias."""

    about: TaxonomyAbout
    skills: dict[str, SkillRecord]
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)
    _by_esco: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for skill in self.skills.values():
            if skill.esco_uri:
                self._by_esco.setdefault(skill.esco_uri, skill.id)
            for surface in (skill.name, *skill.aliases):
                self._by_name.setdefault(normalise_name(surface), skill.id)

    @classmethod
    def from_file(cls, data: TaxonomyFile) -> Taxonomy:
        return cls(about=data.about, skills={skill.id: skill for skill in data.skills})

    def __len__(self) -> int:
        return len(self.skills)

    def __iter__(self) -> Iterator[SkillRecord]:
        return iter(self.skills.values())

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self.skills

    def get(self, skill_id: str) -> SkillRecord | None:
        return self.skills.get(skill_id)

    def resolve(self, name: str) -> SkillRecord | None:
        """The skill an exact name or alias denotes (case-insensitive), or None."""
        skill_id = self._by_name.get(normalise_name(name))
        return self.skills[skill_id] if skill_id else None

    def find(self, name: str) -> SkillRecord:
        """A skill by id, name or alias; an unknown name fails with the closest names."""
        skill = self.get(name.strip().lower()) or self.resolve(name)
        if skill is not None:
            return skill
        from rapidfuzz import process

        from careernav.errors import UnknownSkillError

        close = [match for match, _, _ in process.extract(name, [s.name for s in self], limit=3)]
        raise UnknownSkillError(
            f"No skill named {name!r}.", hint=f"Did you mean {', '.join(map(repr, close))}?"
        )

    def by_esco_uri(self, uri: str) -> SkillRecord | None:
        skill_id = self._by_esco.get(uri)
        return self.skills[skill_id] if skill_id else None

    def prerequisites_closure(self, skill_ids: Iterable[str]) -> set[str]:
        """Every skill reachable through prerequisites, excluding the starting ones."""
        seen: set[str] = set()
        stack = [p for s in skill_ids if s in self.skills for p in self.skills[s].prerequisites]
        while stack:
            current = stack.pop()
            if current in seen or current not in self.skills:
                continue
            seen.add(current)
            stack.extend(self.skills[current].prerequisites)
        return seen
