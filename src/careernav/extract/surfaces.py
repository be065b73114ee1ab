"""Surface forms a skill is written as, and which of them are ambiguous without context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.taxonomy.model import SkillRecord

_PRODUCT_CASING = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")  # PySpark, RStudio, NodeJS


@dataclass(frozen=True)
class Surface:
    """One way of writing a skill, as the matcher looks for it."""

    skill_id: str
    text: str  # as curated, for case-sensitive checks
    key: str  # lower-cased key the automaton matches
    needs_context: bool


def _variants(surface: str) -> set[str]:
    """Spelling variants: hyphen/space, dotted names ("Node.js" -> "nodejs", "node js")."""
    lowered = surface.lower()
    variants = {lowered}
    if "-" in lowered:
        variants.add(lowered.replace("-", " "))
        variants.add(lowered.replace("-", ""))
    if "." in lowered.strip(".") and not lowered.startswith("."):
        variants.add(lowered.replace(".", ""))
        variants.add(lowered.replace(".", " "))
    if "/" in lowered:
        variants.add(lowered.replace("/", " / "))
    return {re.sub(r"\s+", " ", v).strip() for v in variants if v.strip()}


def needs_context(skill: SkillRecord, surface: str) -> bool:
    """A surface of an ambiguous skill that reads as an ordinary word or letter."""
    if not skill.ambiguous:
        return False
    if " " in surface.strip() or not surface.isalpha():
        return len(surface) <= 2  # "C#", "R " stay strict only when tiny
    return not _PRODUCT_CASING.search(surface)


def surfaces_for(skill: SkillRecord) -> list[Surface]:
    found: dict[str, Surface] = {}
    for text in (skill.name, *skill.aliases):
        strict = needs_context(skill, text)
        for key in _variants(text):
            if len(key) < 1:
                continue
            current = found.get(key)
            # an unambiguous spelling wins over an ambiguous one for the same key
            if current is None or (current.needs_context and not strict):
                found[key] = Surface(skill.id, text, key, strict)
    return list(found.values())
