"""Skill extraction: document -> skills with level, confidence and evidence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from careernav.config import get_settings
from careernav.extract.filters import describes_company, hiring_notice
from careernav.extract.job import skills_from_job
from careernav.extract.matcher import matcher_for
from careernav.extract.mentions import Mention, find_mentions
from careernav.extract.resume import document_date, skills_from_resume
from careernav.models import Document, DocumentKind, ExtractedSkill
from careernav.taxonomy import Taxonomy, load_taxonomy

__all__ = ["extract_skills"]

_EMPLOYER_SECTIONS = {"about", "benefits", "other"}  # where postings describe the company


def extract_skills(
    document: Document,
    kind: DocumentKind,
    *,
    taxonomy: Taxonomy | None = None,
    semantic: bool | None = None,
    threshold: float | None = None,
) -> list[ExtractedSkill]:
    """Skills of a resume (what the person has) or a job posting (what the role asks)."""
    settings = get_settings()
    taxonomy = taxonomy or load_taxonomy()
    mentions = find_mentions(document, matcher_for(taxonomy), join_wrapped=kind == "resume")
    if kind == "job":
        mentions = [m for m in mentions if not _about_employer(m)]
    skills = _judge(mentions, kind, taxonomy, document)
    use_semantic = settings.semantic_layer if semantic is None else semantic
    if use_semantic:
        skills.extend(_described_skills(document, kind, taxonomy, skills, mentions, threshold))
    return sorted(skills, key=lambda s: (s.type != "hard", -s.confidence, s.name.lower()))


def _described_skills(
    document: Document,
    kind: DocumentKind,
    taxonomy: Taxonomy,
    named: list[ExtractedSkill],
    mentions: list[Mention],
    threshold: float | None,
) -> list[ExtractedSkill]:
    from careernav.extract.semantic import semantic_hits

    limit = get_settings().semantic_threshold if threshold is None else threshold
    hits = semantic_hits(document, taxonomy, limit, exclude={s.id for s in named}, named=mentions)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    best: dict[str, float] = {}
    for hit in hits:
        grouped[hit.skill_id].append(hit.mention)
        best[hit.skill_id] = max(best.get(hit.skill_id, 0.0), hit.similarity)
    return [
        replace(
            skill,
            method="semantic",
            confidence=round(best[skill.id], 3),
            reasons=(*skill.reasons, f"described, not named (similarity {best[skill.id]:.2f})"),
        )
        for skill in _judge([m for ms in grouped.values() for m in ms], kind, taxonomy, document)
    ]


def _about_employer(mention: Mention) -> bool:
    if hiring_notice(mention.sentence):
        return True
    return mention.section.kind in _EMPLOYER_SECTIONS and describes_company(mention.sentence)


def _judge(
    mentions: list[Mention], kind: DocumentKind, taxonomy: Taxonomy, document: Document
) -> list[ExtractedSkill]:
    if kind == "resume":
        return skills_from_resume(mentions, taxonomy, document_date(document.text))
    return skills_from_job(mentions, taxonomy)
