"""The analysis pipeline: document -> skills -> role benchmark -> gaps and transferable skills.

Each stage is a small function over one ``Analysis`` record; the CLI and the web app both run
the same stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from careernav.config import get_settings
from careernav.extract import extract_skills
from careernav.gaps import GapReport, ProfileSkill, analyse_gaps, relevant_demands
from careernav.market.model import RoleBenchmark
from careernav.market.store import find_role
from careernav.models import Document, ExtractedSkill
from careernav.taxonomy import load_taxonomy

SIMILAR_SKILL_THRESHOLD = 0.6


@dataclass
class Analysis:
    """Everything known about one person's journey to one role. Held in memory."""

    document: Document
    target: str | None = None
    skills: list[ExtractedSkill] = field(default_factory=list)
    benchmark: RoleBenchmark | None = None
    gaps: GapReport | None = None

    def profile(self) -> list[ProfileSkill]:
        return [ProfileSkill(s.id, s.name, s.level) for s in self.skills]


def extract_stage(analysis: Analysis, *, semantic: bool | None = None) -> None:
    analysis.skills = extract_skills(analysis.document, "resume", semantic=semantic)


def benchmark_stage(analysis: Analysis) -> None:
    if analysis.target:
        analysis.benchmark = find_role(analysis.target)


def gap_stage(analysis: Analysis, *, semantic: bool | None = None) -> None:
    if analysis.benchmark is not None:
        analysis.gaps = profile_gaps(analysis.profile(), analysis.benchmark, semantic=semantic)


def profile_gaps(
    profile: list[ProfileSkill], benchmark: RoleBenchmark, *, semantic: bool | None = None
) -> GapReport:
    """Gaps of a profile (extracted, or corrected by the person) against a role benchmark;
    with the semantic layer, close skills count as transferable."""
    taxonomy = load_taxonomy()
    similar: dict[str, tuple[str, float]] = {}
    use_semantic = get_settings().semantic_layer if semantic is None else semantic
    if use_semantic and profile:
        from careernav.extract.semantic import closest_skills

        wanted = [d.skill_id for d in relevant_demands(benchmark)]
        similar = closest_skills(wanted, [p.id for p in profile], taxonomy, SIMILAR_SKILL_THRESHOLD)
    return analyse_gaps(profile, benchmark, taxonomy, similar)


def analyse(document: Document, target: str | None, *, semantic: bool | None = None) -> Analysis:
    """Run every stage; an unknown role fails before any work is done."""
    analysis = Analysis(document=document, target=target)
    benchmark_stage(analysis)
    extract_stage(analysis, semantic=semantic)
    gap_stage(analysis, semantic=semantic)
    return analysis
