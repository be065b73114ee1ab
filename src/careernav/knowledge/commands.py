"""`careernav kb`: import public catalogues, add your own resources, check coverage and links."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from careernav.config import get_settings
from careernav.errors import CareerNavError, DataSourceError
from careernav.knowledge.coverage import MIN_DEMAND_SHARE, RoleCoverage, SkillCoverage
from careernav.models import Level

kb_app = typer.Typer(help="The learning-resource catalogue: import, add, coverage, link checks.")
console = Console()
errors = Console(stderr=True)


def _fail(error: CareerNavError) -> typer.Exit:
    errors.print(f"[bold red]{error.message}[/]" + (f"\n{error.hint}" if error.hint else ""))
    return typer.Exit(code=2)


@kb_app.command("import")
def kb_import(
    source: Annotated[
        str, typer.Argument(help="free-programming-books, ossu, udemy, edx, coursera")
    ],
    path: Annotated[Path, typer.Argument(help="The source's CSV file.")],
) -> None:
    """Import a public catalogue; its resources join the shipped ones."""
    from careernav.knowledge.importers import import_catalogue
    from careernav.knowledge.importers.base import count_rows
    from careernav.knowledge.importers.registry import source_named

    settings = get_settings()
    columns = (
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()
    )  # fmt: skip
    try:
        name = source_named(source).name
        total = count_rows(path) if path.is_file() else None
        with Progress(*columns, console=errors) as progress:
            task = progress.add_task(f"Importing {name}", total=total)
            summary = import_catalogue(name, path, settings, lambda: progress.advance(task))
    except CareerNavError as error:
        raise _fail(error) from None
    console.print(f"[green]{summary.imported} resources imported[/] from {summary.read} rows of "
                  f"{path.name}; {summary.skipped_total} skipped.")  # fmt: skip
    for reason, count in summary.skipped.most_common():
        console.print(f"  skipped {count:>5}: {reason}")


@kb_app.command("add")
def kb_add(file: Annotated[Path, typer.Argument(help="Your resources, YAML or CSV.")]) -> None:
    """Add your own resources (title, url, format, level, hours, free, skills)."""
    from careernav.knowledge.user import add_user_resources

    try:
        summary = add_user_resources(file, get_settings())
    except CareerNavError as error:
        raise _fail(error) from None
    console.print(f"[green]Added {summary.added} resources[/] to {summary.file}")


def _levels_cell(skill: SkillCoverage) -> list[str]:
    return [f"{skill.per_level[level]} ({skill.free_per_level[level]} free)" for level in Level]


def _role_table(role: RoleCoverage) -> Table:
    table = Table(title=f"{role.role}: {role.met}/{len(role.skills)} skills meet the target")
    for header in ("skill", *(level.value for level in Level), "formats", "target"):
        table.add_column(header)
    for skill in role.skills:
        status = "[green]met[/]" if skill.meets_target else f"[red]{'; '.join(skill.shortfalls)}[/]"
        table.add_row(skill.name, *_levels_cell(skill), ", ".join(skill.formats), status)
    return table


@kb_app.command("stats")
def kb_stats(
    role: Annotated[str | None, typer.Option(help="Only this role.")] = None,
    min_share: Annotated[
        float, typer.Option(help="Share of a role's postings that makes a skill demanded.")
    ] = MIN_DEMAND_SHARE,
    missing_only: Annotated[bool, typer.Option(help="Only skills that miss the target.")] = False,
) -> None:
    """Catalogue size, and coverage of each role's demanded skills against the target."""
    from careernav.knowledge.coverage import role_coverage
    from careernav.knowledge.store import load_catalogue
    from careernav.market.store import load_benchmarks

    try:
        catalogue = load_catalogue(get_settings())
        try:
            benchmarks = load_benchmarks()
        except FileNotFoundError:
            raise DataSourceError(
                "No role benchmarks to check coverage against.",
                hint="Build them with `careernav market build`.",
            ) from None
    except CareerNavError as error:
        raise _fail(error) from None
    by_format = Counter(r.format for r in catalogue)
    console.print(f"{len(catalogue)} resources, {sum(r.free for r in catalogue)} free; "
                  + ", ".join(f"{f} {n}" for f, n in by_format.most_common()))  # fmt: skip
    roles = role_coverage(catalogue, benchmarks, min_share)
    if role:
        roles = [r for r in roles if r.role.lower() == role.strip().lower()]
        if not roles:
            raise _fail(CareerNavError(f"No benchmark for the role {role!r}.",
                                       hint="`careernav roles` lists them."))  # fmt: skip
    missing: dict[str, SkillCoverage] = {}
    for current in roles:
        shown = [s for s in current.skills if not (missing_only and s.meets_target)]
        if shown:
            console.print(_role_table(RoleCoverage(current.role, shown)))
        missing.update({s.skill_id: s for s in current.skills if not s.meets_target})
    demanded = {s.skill_id for r in roles for s in r.skills}
    met = len(demanded) - len(missing)
    console.print(f"{met}/{len(demanded)} demanded skills meet the target.")
    if missing:
        console.print("Missing the target: " + ", ".join(sorted(s.name for s in missing.values())))


@kb_app.command("check-links")
def kb_check_links(
    only: Annotated[
        str | None, typer.Option(help="Only resources whose id starts with this (user:, curated:).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Check at most this many.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each page.")] = 10.0,
    workers: Annotated[int, typer.Option(help="Pages asked at once.")] = 8,
) -> None:
    """Ask every resource's page whether it is still there; dead links then sink in rankings."""
    from datetime import date

    from careernav.knowledge.links import check_links, link_status_path, save_link_records
    from careernav.knowledge.store import load_catalogue

    settings = get_settings()
    try:
        resources = [r for r in load_catalogue(settings) if only is None or r.id.startswith(only)]
    except CareerNavError as error:
        raise _fail(error) from None
    resources = resources[:limit] if limit is not None else resources
    if not resources:
        raise _fail(DataSourceError("No resources to check.", hint="Check the --only prefix."))
    columns = (
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()
    )  # fmt: skip
    with Progress(*columns, console=errors) as progress:
        task = progress.add_task("Checking links", total=len(resources))
        records, summary = check_links(
            resources, today=date.today(), timeout=timeout, workers=workers,
            on_done=lambda: progress.advance(task),
        )  # fmt: skip
    save_link_records(link_status_path(settings), records)
    console.print(
        f"[green]{summary.alive} alive[/], [red]{summary.dead} dead[/], {summary.unknown} "
        f"without a usable answer (not recorded) of {summary.checked}; saved to "
        f"{link_status_path(settings)}"
    )
    for answer, count in summary.answers.items():
        console.print(f"  {answer:>10}: {count}")
