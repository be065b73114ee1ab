"""Roles with too few postings borrow ESCO's essential and optional skills for the occupation."""

from __future__ import annotations

import re

from careernav.market.model import RoleBenchmark, SkillDemand
from careernav.models import Level
from careernav.taxonomy.esco import EscoTaxonomy
from careernav.taxonomy.model import Taxonomy

# The ESCO occupation that stands for a role whose own name is not an ESCO title.
ESCO_OCCUPATION = {
    "Applied Scientist": "data scientist",
    "Decision Scientist": "data analyst",
    "Software Engineer (ML)": "software developer",
    "Machine Learning Engineer": "data scientist",
    "Research Scientist": "scientific researcher",
    "Data Engineer": "data engineer",
    "HR Business Partner": "human resources manager",
    "HR Manager": "human resources manager",
    "Web Developer": "web developer",
    "Content Writer": "copywriter",
    "Digital Marketing Specialist": "digital marketing manager",
    "Sales Manager": "sales manager",
    "Credit Analyst": "credit analyst",
    "QA Engineer": "ICT test analyst",
    "DevOps Engineer": "ICT system administrator",
    "Customer Success Manager": "customer service manager",
    "UX Designer": "user experience designer",
}
_ESSENTIAL = (1.0, 1.0, Level.INTERMEDIATE)
_OPTIONAL = (0.35, 0.0, Level.BASIC)
_SLUG = re.compile(r"[^a-z0-9]+")


def _demand(uri: str, esco: EscoTaxonomy, taxonomy: Taxonomy, weights: tuple) -> SkillDemand | None:
    skill = esco.skill(uri)
    if skill is None:
        return None
    share, required_share, level = weights
    ours = taxonomy.by_esco_uri(uri) or taxonomy.resolve(skill.label)
    if ours is not None:
        skill_id, name, kind = ours.id, ours.name, ours.type
    else:
        skill_id = "esco:" + uri.rsplit("/", 1)[-1]
        name = skill.label
        kind = "soft" if skill.reuse_level == "transversal" else "hard"
    return SkillDemand(
        skill_id=skill_id, name=name, type=kind, postings=0, share=share,
        required_share=required_share, levels={level: 1.0}, required_level=level,
    )  # fmt: skip


def esco_benchmark(
    role: str, postings: int, esco: EscoTaxonomy, taxonomy: Taxonomy
) -> RoleBenchmark | None:
    """A benchmark from ESCO's occupation-skill relations, or None when no occupation fits."""
    occupation = esco.occupation(ESCO_OCCUPATION.get(role, role)) or esco.occupation(role)
    if occupation is None:
        return None
    demands: dict[str, SkillDemand] = {}
    for uris, weights in ((occupation.essential, _ESSENTIAL), (occupation.optional, _OPTIONAL)):
        for uri in uris:
            demand = _demand(uri, esco, taxonomy, weights)
            if demand is not None and demand.skill_id not in demands:
                demands[demand.skill_id] = demand
    skills = sorted(
        demands.values(), key=lambda d: (-d.share, d.skill_id.startswith("esco:"), d.name)
    )
    return RoleBenchmark(
        role=role,
        postings=postings,
        method="esco",
        sources=["ESCO v1.1.1 occupation-skill relations (European Commission, CC BY 4.0)"],
        esco_occupation=occupation.label,
        note=(
            f"Only {postings} job postings for {role}: the benchmark uses ESCO's essential "
            f"(must-have) and optional skills for the occupation '{occupation.label}'."
        ),
        skills=skills,
    )
