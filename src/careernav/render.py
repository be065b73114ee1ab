"""Rich terminal rendering of analysis results. Pure presentation; no decisions here."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from careernav.gaps import GapReport
from careernav.market.model import RoleBenchmark
from careernav.models import ExtractedSkill

_LEVEL_STYLE = {"Basic": "yellow", "Intermediate": "cyan", "Expert": "green"}


def skills_table(title: str, skills: list[ExtractedSkill]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("Skill")
    table.add_column("Type")
    table.add_column("Level")
    table.add_column("Req.", justify="center")
    table.add_column("Conf.", justify="right")
    table.add_column("Evidence", overflow="fold", max_width=70)
    for skill in skills:
        level = skill.level.value
        required = "" if skill.required is None else ("must" if skill.required else "plus")
        evidence = skill.evidence[0] if skill.evidence else ""
        name = skill.name + (" *" if skill.method == "semantic" else "")
        table.add_row(name, skill.type, f"[{_LEVEL_STYLE[level]}]{level}[/]", required,
                      f"{skill.confidence:.2f}", evidence)  # fmt: skip
    return table


def roles_table(benchmarks: list[RoleBenchmark]) -> Table:
    table = Table(title="Roles with benchmarks", title_justify="left")
    table.add_column("Role")
    table.add_column("Postings", justify="right")
    table.add_column("Source")
    table.add_column("Top skills", overflow="fold")
    for b in benchmarks:
        source = "ESCO" if b.method == "esco" else ", ".join(b.sources)
        top = ", ".join(s.name for s in b.skills[:6])
        table.add_row(b.role, str(b.postings), source, top)
    return table


def _bar(share: float, width: int = 12) -> str:
    filled = round(share * width)
    return "█" * filled + "·" * (width - filled)


def print_gap_report(console: Console, report: GapReport) -> None:
    console.print(
        f"[bold]{report.role}[/]: readiness [bold]{report.readiness:.0f}/100[/] "
        f"(benchmark from {report.postings} postings)"
    )
    if report.note:
        console.print(f"[yellow]{report.note}[/]")
    table = Table(title="Skill gaps, by priority", title_justify="left")
    for column in ("Skill", "You", "Needed", "Demand", "Must-have", "Gap", "Priority"):
        table.add_column(column, justify="right" if column in {"Gap"} else "left")
    for gap in report.gaps:
        you = gap.your_level.value if gap.your_level else "—"
        if gap.implied_by:
            you += f" (from {gap.implied_by})"
        style = {"High": "red", "Medium": "yellow", "Low": "white", "Met": "green"}[
            gap.priority_label
        ]
        table.add_row(gap.name, you, gap.required_level.value,
                      f"{_bar(gap.share)} {gap.share:.0%}", f"{gap.must_have:.0%}",
                      str(gap.gap), f"[{style}]{gap.priority_label}[/]")  # fmt: skip
    console.print(table)
    if report.transferable:
        transfers = Table(title="Transferable skills", title_justify="left")
        for column in ("You have", "Counts toward", "Why", "Strength"):
            transfers.add_column(column)
        for t in report.transferable:
            transfers.add_row(t.have_name, t.for_name, t.reason, f"{t.strength:.2f}")
        console.print(transfers)
