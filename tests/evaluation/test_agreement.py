"""Inter-annotator agreement of two labellings, on small hand-made gold folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careernav.cli import app
from careernav.errors import DataSourceError
from careernav.evaluation.agreement import measure_agreement

SOURCE = {"file": "jobs/example.csv", "key": "1"}


def _write(folder: Path, doc_id: str, skills: list[dict[str, object]]) -> None:
    (folder / "jobs").mkdir(parents=True, exist_ok=True)
    doc = {"id": doc_id, "kind": "job", "source": SOURCE, "skills": skills}
    (folder / "jobs" / f"{doc_id}.json").write_text(json.dumps(doc), encoding="utf-8")


def _skill(name: str, level: str = "Intermediate", required: bool = True, **extra: object) -> dict:
    return {"name": name, "type": "hard", "level": level, "required": required, **extra}


@pytest.fixture
def two_labellings(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    _write(first, "p1", [_skill("Python"), _skill("SQL", "Expert"), _skill("Tableau")])
    # Python again; SQL under another name with SQL as an alias; Tableau left out; Excel added.
    _write(second, "p1", [
        _skill("Python", required=False),
        _skill("Structured Query Language", "Expert", aliases=["SQL"]),
        _skill("Microsoft Excel"),
    ])  # fmt: skip
    return first, second


def test_agreement_by_hand(two_labellings: tuple[Path, Path]) -> None:
    report = measure_agreement(*two_labellings).to_json()["job"]
    # 2 of 3 skills paired on each side: F1 = 2 * 2 / (3 + 3).
    assert report["hard_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert report["level_agreement"] == 1.0  # Python Intermediate, SQL Expert on both sides
    assert report["required_agreement"] == 0.5  # Python must-have once, preferred once


def test_labellings_without_common_documents_are_refused(tmp_path: Path) -> None:
    _write(tmp_path / "a", "p1", [_skill("Python")])
    _write(tmp_path / "b", "p2", [_skill("Python")])
    with pytest.raises(DataSourceError, match="no document in common"):
        measure_agreement(tmp_path / "a", tmp_path / "b")


def test_cli_prints_agreement_json(two_labellings: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["eval", "agreement", *map(str, two_labellings)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["job"]["documents"] == 1
