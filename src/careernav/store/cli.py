"""`careernav db upgrade` and `careernav feedback report`. Mount with ``register_store(app)``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from careernav.config import get_settings
from careernav.store.report import DIRECTIONS, SkillCorrections, correction_report

db_app = typer.Typer(help="The database of accounts, saved profiles, progress and feedback.")
feedback_app = typer.Typer(help="What people corrected in their analyses.")
console = Console()


@db_app.command("upgrade")
def upgrade() -> None:
    """Create or migrate the database (the web app also does this when it starts)."""
    from careernav.store import Database

    database = Database(get_settings().database)
    try:
        revision = database.upgrade()
    finally:
        database.close()
    console.print(f"{database.describe()} is at revision [bold]{revision}[/].")


@feedback_app.command("report")
def report(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    top: Annotated[int, typer.Option(help="Skills to show, most corrected first.")] = 20,
) -> None:
    """Which skills people correct most often, and in which direction (raised, lowered,
    removed, added)."""
    from careernav.store import open_database

    database = open_database(get_settings())
    try:
        rows = correction_report(database.feedback.events())[:top]
    finally:
        database.close()
    if as_json:
        sys.stdout.write(json.dumps([r.to_json() for r in rows], indent=2) + "\n")
        return
    console.print(_table(rows))


def _table(rows: list[SkillCorrections]) -> Table:
    from careernav.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    table = Table(title=f"Most corrected skills ({len(rows)})")
    table.add_column("Skill")
    table.add_column("Total", justify="right")
    for direction in DIRECTIONS:
        table.add_column(direction.capitalize(), justify="right")
    for row in rows:
        known = taxonomy.get(row.skill_id)
        counts = [str(getattr(row, d)) for d in DIRECTIONS]
        table.add_row(known.name if known else row.skill_id, str(row.total), *counts)
    if not rows:
        table.caption = "No corrections recorded yet."
    return table


def register_store(app: typer.Typer) -> None:
    """Mount `db` and `feedback` on the main command line."""
    app.add_typer(db_app, name="db")
    app.add_typer(feedback_app, name="feedback")
