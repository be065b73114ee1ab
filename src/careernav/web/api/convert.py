"""Core records -> API response models."""

from __future__ import annotations

from careernav.explain import Explanation, resource_claims
from careernav.gaps import GapReport
from careernav.knowledge.model import Resource
from careernav.market.model import RoleBenchmark
from careernav.progress import Recalculation
from careernav.ranking import RankedResource, Ranker
from careernav.roadmap import Roadmap
from careernav.web.api import schemas
from careernav.web.sessions import SessionState


def skills_out(state: SessionState) -> list[schemas.SkillOut]:
    return [
        schemas.SkillOut(
            id=s.id,
            name=s.name,
            type=s.type,
            level=s.level,
            confidence=round(s.confidence, 3),
            evidence=list(s.evidence),
            reasons=list(s.reasons),
            method=s.method,
            corrected_from=state.corrections.get(s.id),
            added_by_you=s.id in state.corrections and state.corrections[s.id] is None,
        )
        for s in state.skills
    ]


def report_out(report: GapReport, benchmark: RoleBenchmark) -> schemas.GapReportOut:
    return schemas.GapReportOut(
        role=report.role,
        postings=report.postings,
        benchmark_method=report.method,
        sources=benchmark.sources,
        first_posted=benchmark.first_posted,
        last_posted=benchmark.last_posted,
        note=report.note,
        readiness=round(report.readiness, 1),
        gaps=[
            schemas.GapOut(
                skill_id=g.skill_id,
                name=g.name,
                your_level=g.your_level,
                required_level=g.required_level,
                demand_share=round(g.share, 3),
                must_have_share=round(g.must_have, 3),
                gap=g.gap,
                priority=round(g.priority, 3),
                priority_label=g.priority_label,
            )
            for g in report.gaps
        ],
        transferable=[
            schemas.TransferOut(
                have=t.have_name,
                for_skill=t.for_name,
                reason=t.reason,
                strength=round(t.strength, 2),
            )
            for t in report.transferable
        ],
    )


def resource_out(resource: Resource) -> schemas.ResourceOut:
    return schemas.ResourceOut(
        id=resource.id,
        title=resource.title,
        url=str(resource.url),
        provider=resource.provider,
        format=resource.format,
        hours=resource.hours,
        free=resource.free,
    )


def recommendation_out(
    ranked: RankedResource, ranker: Ranker, skill: str, style: str | None, hours: float | None
) -> schemas.RecommendationOut:
    claims = resource_claims(ranked, ranker.weights, skill, hours_per_week=hours, style=style)
    return schemas.RecommendationOut(
        resource=resource_out(ranked.resource),
        score=round(ranked.score, 4),
        components={name: round(value, 4) for name, value in ranked.components.items()},
        explanation=Explanation(skill, ranked.resource.title, tuple(claims)).render(),
    )


def progress_out(recalc: Recalculation) -> schemas.ProgressOut:
    total = recalc.done_hours + recalc.remaining_hours
    return schemas.ProgressOut(
        done_hours=round(recalc.done_hours, 2),
        remaining_hours=round(recalc.remaining_hours, 2),
        percent_done=round(100 * recalc.done_hours / total, 1) if total else 100.0,
        pace=round(recalc.pace, 2),
        measured=recalc.measured,
        remaining_weeks=recalc.remaining_weeks,
        eta=recalc.eta,
        planned_eta=recalc.planned_eta,
    )


def roadmap_out(plan: Roadmap, state: SessionState, recalc: Recalculation) -> schemas.RoadmapOut:
    items = []
    for item in plan.items:
        first, last = plan.item_weeks(item.key)
        status = state.roadmap.progress.get(item.key)
        items.append(
            schemas.RoadmapItemOut(
                key=item.key,
                skill=item.gap.name,
                from_level=item.from_level,
                to_level=item.to_level,
                first_week=first,
                last_week=last,
                hours=round(item.hours, 1),
                resource=resource_out(item.resource),
                explanation=item.explanation.render() if item.explanation else "",
                alternatives=[
                    schemas.AlternativeOut(
                        resource=resource_out(a.ranked.resource), why_different=a.why_different
                    )
                    for a in item.alternatives
                ],
                status=status.status if status else "todo",
            )
        )
    return schemas.RoadmapOut(
        target=plan.target,
        hours_per_week=plan.hours_per_week,
        start=plan.request.start,
        eta_weeks=plan.eta_weeks,
        target_date=plan.target_date,
        total_hours=round(plan.total_hours, 1),
        items=items,
        later=[
            schemas.LaterOut(
                skill_id=later.gap.skill_id,
                skill=later.gap.name,
                priority_label=later.gap.priority_label,
                from_level=later.gap.your_level,
                to_level=later.gap.required_level,
                hours=round(later.hours, 1),
                suggestion=resource_out(later.suggestion.resource) if later.suggestion else None,
            )
            for later in plan.later
        ],
        missing=[m.message for m in plan.missing],
        progress=progress_out(recalc),
    )
