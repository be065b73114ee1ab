"""The catalogue in memory: resources by id and by the skills they teach."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from careernav.knowledge.model import Resource
from careernav.models import Level


@dataclass(eq=False)
class Catalogue:
    """Learning resources indexed by id and by taught skill. Later sources override earlier
    ones with the same id (user entries over imported ones over the shipped catalogue)."""

    resources: dict[str, Resource]
    _by_skill: dict[str, list[Resource]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_skill: dict[str, list[Resource]] = defaultdict(list)
        for resource in self.resources.values():
            for taught in resource.skills:
                by_skill[taught.skill_id].append(resource)
        self._by_skill = dict(by_skill)

    @classmethod
    def from_resources(cls, *layers: Iterable[Resource]) -> Catalogue:
        merged: dict[str, Resource] = {}
        for layer in layers:
            for resource in layer:
                merged[resource.id] = resource
        return cls(merged)

    def __len__(self) -> int:
        return len(self.resources)

    def __iter__(self) -> Iterator[Resource]:
        return iter(self.resources.values())

    def __contains__(self, resource_id: object) -> bool:
        return resource_id in self.resources

    def get(self, resource_id: str) -> Resource | None:
        return self.resources.get(resource_id)

    def skill_ids(self) -> set[str]:
        return set(self._by_skill)

    def for_skill(self, skill_id: str, level: Level | None = None) -> list[Resource]:
        """Resources teaching a skill, optionally only those bringing it to ``level``."""
        found = self._by_skill.get(skill_id, [])
        if level is None:
            return list(found)
        return [r for r in found if _taught_level(r, skill_id) == level]


def _taught_level(resource: Resource, skill_id: str) -> Level | None:
    return next((t.level for t in resource.skills if t.skill_id == skill_id), None)


def taught_level(resource: Resource, skill_id: str) -> Level | None:
    """The level a resource brings ``skill_id`` to, or None when it does not teach it."""
    return _taught_level(resource, skill_id)
