"""`careernav kb` commands through Typer's test runner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from careernav.config import Settings
from careernav.knowledge.commands import kb_app
from careernav.knowledge.store import imported_resources_path, load_catalogue

runner = CliRunner()


def test_import_writes_the_local_catalogue(tmp_settings: Settings, shared_data: Path) -> None:
    path = shared_data / "learning" / "ossu_courses.csv"
    result = runner.invoke(kb_app, ["import", "ossu", str(path)])
    assert result.exit_code == 0, result.output
    assert "resources imported from 97 rows" in result.output
    assert imported_resources_path(tmp_settings).is_file()
    assert any(r.id.startswith("ossu:") for r in load_catalogue(tmp_settings))


def test_import_unknown_source_fails_clearly(tmp_settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(kb_app, ["import", "khan", str(tmp_path / "x.csv")])
    assert result.exit_code == 2
    assert "Unknown resource source 'khan'" in result.output


def test_add_reports_bad_rows(tmp_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "title,url,format,level,hours,free,skills\nX,nope,course,Basic,1,yes,python\n",
        encoding="utf-8",
    )
    result = runner.invoke(kb_app, ["add", str(path)])
    assert result.exit_code == 2
    assert "row 1 ('X'): url" in result.output
