"""Commands for learning: `recommend`, `roadmap`, `analyze`, `eval recommend`, `index build`.

Mount them with ``register(app, eval_app)``; each is a thin front end over ranking, roadmap,
explain and exports. JSON goes to stdout, progress and errors to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from careernav.config import Settings, get_settings
from careernav.errors import CareerNavError
from careernav.explain import Explanation, resource_claims
from careernav.models import Level
from careernav.ranking import STYLES, RankedResource, Ranker, RankingRequest
from careernav.roadmap import LaterItem, Roadmap, RoadmapRequest, build_roadmap, check_budget
from careernav.taxonomy.model import SkillRecord, Taxonomy

if TYPE_CHECKING:
    from careernav.pipeline import Analysis

console = Console()
errors = Console(stderr=True)
index_app = typer.Typer(help="The vector index of the learning-resource catalogue.")

StyleOption = Annotated[
    str | None, typer.Option(help="Preferred learning style: video, reading or hands-on.")
]


def _fail(error: CareerNavError) -> typer.Exit:
    errors.print(f"[bold red]{error.message}[/]" + (f"\n{error.hint}" if error.hint else ""))
    return typer.Exit(code=2)


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def _check_style(style: str | None) -> None:
    if style is not None and style not in STYLES:
        raise CareerNavError(f"Unknown style {style!r}.", hint=f"Use one of {', '.join(STYLES)}.")


def resolve_skill(name: str, taxonomy: Taxonomy) -> SkillRecord:
    """A skill by id, name or alias; an unknown name fails with the closest names."""
    return taxonomy.find(name)


def _ranker(settings: Settings) -> Ranker:
    from careernav.knowledge.links import link_statuses
    from careernav.knowledge.retrieval import load_retriever

    return Ranker(load_retriever(settings), settings, links=link_statuses(settings))


def recommendation_json(
    ranked: RankedResource, ranker: Ranker, skill: str, style: str | None, hours: float | None
) -> dict[str, object]:
    r = ranked.resource
    claims = resource_claims(ranked, ranker.weights, skill, hours_per_week=hours, style=style)
    return {
        "id": r.id,
        "title": r.title,
        "url": str(r.url),
        "format": r.format,
        "hours": r.hours,
        "free": r.free,
        "score": round(ranked.score, 4),
        "components": {name: round(value, 4) for name, value in ranked.components.items()},
        "explanation": Explanation(skill, r.title, tuple(claims)).render(),
    }


def recommend(
    skill: Annotated[str, typer.Option(help="Skill name, alias or id, e.g. 'pandas'.")],
    level: Annotated[str, typer.Option(help="Level to reach: Basic, Intermediate or Expert.")],
    style: StyleOption = None,
    free: Annotated[bool, typer.Option("--free", help="Only free resources.")] = False,
    k: Annotated[int, typer.Option(help="How many results.")] = 10,
    hours: Annotated[float | None, typer.Option(help="Your hours per week.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The best resources to learn a skill to a level, with every ranking component."""
    settings = get_settings()
    try:
        _check_style(style)
        wanted = Level.parse(level)
        ranker = _ranker(settings)
        found = resolve_skill(skill, ranker.retriever.taxonomy)
        results = ranker.rank(found, RankingRequest(wanted, None, style, free, hours), k=k)
    except ValueError as error:
        raise _fail(CareerNavError(str(error))) from None
    except CareerNavError as error:
        raise _fail(error) from None
    rows = [recommendation_json(r, ranker, found.name, style, hours) for r in results]
    if as_json:
        _print_json({"skill": found.name, "level": wanted.value, "results": rows})
        return
    table = Table(title=f"{found.name} to {wanted.value}", title_justify="left")
    for column in ("#", "Resource", "Format", "Hours", "Free", "Score", "Why"):
        table.add_column(column, overflow="fold")
    for number, row in enumerate(rows, start=1):
        table.add_row(
            str(number),
            f"{row['title']}\n{row['url']}",
            str(row["format"]),
            f"{row['hours']:g}",
            "yes" if row["free"] else "no",
            f"{row['score']:.3f}",
            str(row["explanation"]),
        )
    console.print(table)


def _analysis(path: Path, target: str) -> Analysis:
    from careernav.documents import read_path
    from careernav.pipeline import analyse

    if not path.is_file():
        raise CareerNavError(f"No file at {path}.", hint="Give the path of your resume.")
    return analyse(read_path(path, kind="resume"), target)


def _plan(
    path: Path, target: str, hours: float, style: str | None, free: bool
) -> tuple[Analysis, Roadmap]:
    settings = get_settings()
    _check_style(style)
    check_budget(hours)
    analysis = _analysis(path, target)
    assert analysis.gaps is not None
    ranker = _ranker(settings)
    request = RoadmapRequest(
        hours_per_week=hours,
        style=style,
        free_only=free,
        min_priority=settings.roadmap_min_priority,
        core_priority=settings.roadmap_core_priority,
    )
    return analysis, build_roadmap(analysis.gaps, ranker, ranker.retriever.taxonomy, request)


def roadmap_json(roadmap: Roadmap) -> dict[str, object]:
    weeks = []
    for week, blocks in roadmap.weeks():
        items = []
        for block in blocks:
            item = roadmap.item(block.item_key)
            r = item.resource
            items.append(
                {
                    "skill": item.gap.name,
                    "from_level": item.from_level.value if item.from_level else None,
                    "to_level": item.to_level.value,
                    "hours": round(block.hours, 2),
                    "planned_hours": round(item.hours, 2),
                    "resource_hours": round(item.resource_hours, 2),
                    "resource": {
                        "id": r.id,
                        "title": r.title,
                        "url": str(r.url),
                        "format": r.format,
                    },
                    "explanation": item.explanation.render() if item.explanation else "",
                    "alternatives": [
                        {
                            "id": a.ranked.resource.id,
                            "title": a.ranked.resource.title,
                            "url": str(a.ranked.resource.url),
                            "why_different": a.why_different,
                        }
                        for a in item.alternatives
                    ],
                }
            )
        weeks.append(
            {"week": week, "hours": round(sum(b.hours for b in blocks), 2), "items": items}
        )
    return {
        "target": roadmap.target,
        "hours_per_week": roadmap.hours_per_week,
        "eta_weeks": roadmap.eta_weeks,
        "total_hours": round(roadmap.total_hours, 1),
        "weeks": weeks,
        "later": [later_json(item) for item in roadmap.later],
        "later_hours": round(roadmap.later_hours, 1),
    }


def later_json(item: LaterItem) -> dict[str, object]:
    """An optional gap outside the ETA and its suggested first resource."""
    gap, suggestion = item.gap, item.suggestion
    return {
        "skill": gap.name,
        "from_level": gap.your_level.value if gap.your_level else None,
        "to_level": gap.required_level.value,
        "priority": gap.priority_label,
        "hours": round(item.hours, 2),
        "resource": None
        if suggestion is None
        else {
            "id": suggestion.resource.id,
            "title": suggestion.resource.title,
            "url": str(suggestion.resource.url),
            "format": suggestion.resource.format,
        },
    }


def roadmap(
    path: Annotated[Path, typer.Argument(help="Your resume (PDF, DOCX, HTML, TXT).")],
    target: Annotated[str, typer.Option(help="Target role, e.g. 'Data Scientist'.")],
    hours: Annotated[float, typer.Option(help="Hours you can study per week.")],
    style: StyleOption = None,
    free: Annotated[bool, typer.Option("--free", help="Only free resources.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    md: Annotated[Path | None, typer.Option("--md", help="Write Markdown here.")] = None,
    ics: Annotated[Path | None, typer.Option("--ics", help="Write an iCalendar file here.")] = None,
) -> None:
    """A week-by-week learning roadmap from your resume to a role, with an ETA."""
    from careernav.exports import roadmap_ics, roadmap_markdown

    try:
        _, plan = _plan(path, target, hours, style, free)
    except CareerNavError as error:
        raise _fail(error) from None
    if md is not None:
        md.write_text(roadmap_markdown(plan), encoding="utf-8")
        errors.print(f"Wrote {md}")
    if ics is not None:
        ics.write_text(
            roadmap_ics(plan, get_settings().study_start_hour), encoding="utf-8", newline=""
        )
        errors.print(f"Wrote {ics}")
    if as_json:
        _print_json(roadmap_json(plan))
    elif md is None and ics is None:
        print_roadmap(console, plan)


def print_roadmap(out: Console, plan: Roadmap) -> None:
    out.print(
        f"[bold]Roadmap to {plan.target}[/]: {plan.eta_weeks} weeks at "
        f"{plan.hours_per_week:g} h/week ({plan.total_hours:.0f} h), target date "
        f"{plan.target_date}"
    )
    for missing in plan.missing:
        out.print(f"[yellow]{missing.message}[/]")
    table = Table(title_justify="left", show_lines=True)
    for column in ("Week", "Skill", "Step", "Hours", "Resource", "Why"):
        table.add_column(column, overflow="fold")
    for week, blocks in plan.weeks():
        for block in blocks:
            item = plan.item(block.item_key)
            step = f"{item.from_level.value if item.from_level else '—'} → {item.to_level.value}"
            why = item.explanation.render() if item.explanation else ""
            table.add_row(
                str(week),
                item.gap.name,
                step,
                f"{block.hours:g}",
                f"{item.resource.title} ({item.resource.format})",
                why,
            )
    out.print(table)
    if plan.milestones:
        out.print(
            "[bold]Milestones[/]: "
            + "; ".join(f"week {m.week}: {m.skill} {m.level.value}" for m in plan.milestones)
        )
    if plan.later:
        out.print(
            f"[bold]Later[/] (optional, {plan.later_hours:.0f} h, not in the ETA): "
            + "; ".join(f"{i.gap.name} to {i.gap.required_level.value}" for i in plan.later)
        )


def analyze(
    path: Annotated[Path, typer.Argument(help="Your resume (PDF, DOCX, HTML, TXT).")],
    target: Annotated[str, typer.Option(help="Target role, e.g. 'Data Scientist'.")],
    hours: Annotated[float, typer.Option(help="Hours you can study per week.")],
    style: StyleOption = None,
) -> None:
    """The whole journey: your skills, gaps, transferable skills, roadmap and ETA."""
    from careernav.render import print_gap_report, skills_table

    try:
        analysis, plan = _plan(path, target, hours, style, False)
    except CareerNavError as error:
        raise _fail(error) from None
    assert analysis.gaps is not None
    console.print(skills_table(f"Your skills ({len(analysis.skills)})", analysis.skills))
    print_gap_report(console, analysis.gaps)
    print_roadmap(console, plan)
    console.print(f"[bold green]ETA: {plan.eta_weeks} weeks[/] ({plan.target_date}).")


def eval_recommend(
    judgements: Annotated[Path, typer.Option(help="The judged set.")] = Path(
        "evaluation/judgements/recommend.json"
    ),
    compare: Annotated[bool, typer.Option(help="Also score single runs and both fusions.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Precision@5, MRR, MAP@10 and nDCG@10 of recommendations on the judged set (ranx)."""
    from careernav.evaluation.recommend import (
        METRICS,
        compare_systems,
        evaluate,
        known,
        read_judgements,
        run_system,
    )
    from careernav.knowledge.retrieval import (
        RetrievalConfig,
        Retriever,
        load_retriever,
        retrieval_config,
    )

    settings = get_settings()
    try:
        judged = read_judgements(judgements)
        base = load_retriever(settings)
        if compare:

            def make(config: RetrievalConfig) -> Ranker:
                retriever = Retriever(base.catalogue, base.taxonomy, base.index, config)
                return Ranker(retriever, settings)

            systems = compare_systems(judged, make, base.taxonomy, retrieval_config(settings))
            scores = {s.system: s.scores for s in systems}
        else:
            ranker = Ranker(base, settings)
            run = run_system(ranker, base.taxonomy, judged)
            scores = {f"fused ({settings.fusion_method})": evaluate(judged, run, known(ranker))}
    except CareerNavError as error:
        raise _fail(error) from None
    if as_json:
        _print_json({name: {k: round(v, 4) for k, v in s.items()} for name, s in scores.items()})
        return
    title = f"Recommendations, {len(judged.queries)} judged queries"
    table = Table(title=title, title_justify="left")
    table.add_column("System")
    for metric in METRICS:
        table.add_column(metric, justify="right")
    for name, s in scores.items():
        table.add_row(name, *(f"{s[m]:.3f}" for m in METRICS))
    console.print(table)


@index_app.command("build")
def index_build(
    force: Annotated[bool, typer.Option(help="Rebuild even when the index is current.")] = False,
) -> None:
    """Embed the catalogue (after `kb import` or `kb add`); recommend builds it when stale."""
    import time

    from careernav.knowledge.index import build_index, load_index
    from careernav.knowledge.store import load_catalogue
    from careernav.taxonomy import load_taxonomy

    settings = get_settings()
    try:
        catalogue, taxonomy = load_catalogue(settings), load_taxonomy()
    except CareerNavError as error:
        raise _fail(error) from None
    if not force and load_index(catalogue, taxonomy, settings.index_dir) is not None:
        console.print(f"The index in {settings.index_dir} is current ({len(catalogue)} resources).")
        return
    started = time.perf_counter()
    build_index(catalogue, taxonomy, settings.index_dir, progress=True)
    console.print(
        f"Indexed {len(catalogue)} resources in {time.perf_counter() - started:.1f} s "
        f"to {settings.index_dir}."
    )


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Mount the learning commands on the main app and its `eval` group."""
    app.command("recommend")(recommend)
    app.command("roadmap")(roadmap)
    app.command("analyze")(analyze)
    app.add_typer(index_app, name="index")
    eval_app.command("recommend")(eval_recommend)
