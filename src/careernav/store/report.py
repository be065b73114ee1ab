"""Aggregated corrections: which skills people correct most, and in which direction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from careernav.store.records import SkillFeedback

DIRECTIONS = ("raised", "lowered", "removed", "added")


@dataclass(frozen=True)
class SkillCorrections:
    skill_id: str
    raised: int = 0
    lowered: int = 0
    removed: int = 0
    added: int = 0

    @property
    def total(self) -> int:
        return self.raised + self.lowered + self.removed + self.added

    def to_json(self) -> dict[str, object]:
        return {"skill_id": self.skill_id, "total": self.total} | {
            d: getattr(self, d) for d in DIRECTIONS
        }


def direction(event: SkillFeedback) -> str | None:
    """raised / lowered / removed / added; None for an event that corrects nothing the
    analysis found (a person changing or removing a skill they added themselves)."""
    if event.action == "added":
        return "added"
    if event.extracted_level is None:
        return None
    if event.action == "removed":
        return "removed"
    if event.new_level is None or event.new_level == event.extracted_level:
        return None
    return "raised" if event.new_level.rank > event.extracted_level.rank else "lowered"


def correction_report(events: Iterable[SkillFeedback]) -> list[SkillCorrections]:
    """Counts per skill and direction, most corrected first (ties by skill id)."""
    counts: dict[str, Counter[str]] = {}
    for event in events:
        found = direction(event)
        if found is not None:
            counts.setdefault(event.skill_id, Counter())[found] += 1
    rows = [SkillCorrections(skill, **dict(c)) for skill, c in counts.items()]
    return sorted(rows, key=lambda r: (-r.total, r.skill_id))
