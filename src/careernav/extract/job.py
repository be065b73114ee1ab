"""Job-posting mentions -> required skills with the level asked and must-have / nice-to-have.

A mention is nice-to-have when it sits in a "preferred" section or its sentence says so
("a plus", "preferred", "bonus"); otherwise it is required, duties included. The level comes
from the nearest strength word ("expert", "strong", "familiarity") or the years asked; without
either, a must-have defaults to Intermediate and a nice-to-have to Basic.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from careernav.extract.cues import PREFERRED_CUE, cue_near, level_from_years, years_in
from careernav.extract.mentions import Mention
from careernav.models import ExtractedSkill, Level
from careernav.taxonomy.model import Taxonomy


def mention_is_required(mention: Mention) -> bool:
    if mention.section.kind == "preferred":
        return False
    return not _says_preferred(mention.sentence)


@lru_cache(maxsize=4096)
def _says_preferred(sentence: str) -> bool:
    return PREFERRED_CUE.search(sentence) is not None


def mention_level(mention: Mention, required: bool) -> tuple[Level, str]:
    cue = cue_near(mention.sentence, mention.start, mention.end)
    years = years_in(mention.sentence)
    candidates: list[tuple[Level, str]] = []
    if cue is not None:
        candidates.append((cue[0], f"asks for {cue[1]!r}"))
    if years is not None:
        candidates.append((level_from_years(years), f"asks for {years:g} years"))
    if candidates:
        return max(candidates, key=lambda c: c[0].rank)
    if required:
        return Level.INTERMEDIATE, "must-have with no level word"
    return Level.BASIC, "nice-to-have with no level word"


def judge_job_skill(skill_id: str, mentions: list[Mention], taxonomy: Taxonomy) -> ExtractedSkill:
    skill = taxonomy.skills[skill_id]
    judged = [(m, mention_is_required(m)) for m in mentions]
    required = any(flag for _, flag in judged)
    deciding = [(m, flag) for m, flag in judged if flag == required]
    level, reason = max((mention_level(m, flag) for m, flag in deciding), key=lambda c: c[0].rank)
    years = max((y for m, _ in deciding if (y := years_in(m.sentence)) is not None), default=None)
    evidence = tuple(dict.fromkeys(m.evidence for m, _ in deciding))[:3]
    return ExtractedSkill(
        id=skill.id,
        name=skill.name,
        type=skill.type,
        level=level,
        confidence=min(0.98, 0.75 + 0.07 * len(mentions)),
        evidence=evidence,
        required=required,
        years=years,
        reasons=(reason, "must-have" if required else "nice-to-have"),
    )


def skills_from_job(mentions: list[Mention], taxonomy: Taxonomy) -> list[ExtractedSkill]:
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[mention.skill_id].append(mention)
    return [judge_job_skill(skill_id, found, taxonomy) for skill_id, found in grouped.items()]
