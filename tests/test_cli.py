"""The command-line contract: JSON shapes, exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from careernav.cli import app

runner = CliRunner()
RESUME = """Sam Park
SUMMARY
Data analyst with 6 years of experience in SQL and Tableau.
SKILLS
Python, SQL, Tableau, Microsoft Excel
EXPERIENCE
Data Analyst, Acme
01/2018 to 12/2023
- Built dashboards in Tableau and wrote SQL for finance.
"""
POSTING = """Data Scientist
Requirements
- 3+ years of Python and SQL
- Experience with scikit-learn is a plus
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_skills_json_one_object_per_path(tmp_path: Path) -> None:
    resume, posting = write(tmp_path, "r.txt", RESUME), write(tmp_path, "p.txt", POSTING)
    result = runner.invoke(app, ["skills", str(resume), str(resume), "--json", "--no-semantic"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [p["path"] for p in payload] == [str(resume), str(resume)]
    skill = next(s for s in payload[0]["skills"] if s["name"] == "SQL")
    assert set(skill) >= {"id", "name", "type", "level", "required", "confidence", "evidence"}
    assert skill["type"] == "hard" and skill["level"] == "Expert" and skill["required"] is None
    jobs = runner.invoke(app, ["skills", str(posting), "--kind", "job", "--json", "--no-semantic"])
    flags = {s["name"]: s["required"] for s in json.loads(jobs.stdout)[0]["skills"]}
    assert flags["Python"] is True and flags["scikit-learn"] is False


def test_skills_reports_a_bad_file_and_keeps_the_good_one(tmp_path: Path) -> None:
    good = write(tmp_path, "r.txt", RESUME)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    result = runner.invoke(app, ["skills", str(good), str(bad), "--json", "--no-semantic"])
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    assert payload[0]["skills"] and payload[1]["error"] == "corrupt_document"


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["skills", str(write(tmp_path, "r.txt", RESUME)), "--kind", "cv"])
    assert result.exit_code == 2
    assert "--kind resume" in result.stderr


def test_roles_json_lists_posting_counts() -> None:
    result = runner.invoke(app, ["roles", "--json"])
    assert result.exit_code == 0
    roles = {r["role"]: r for r in json.loads(result.stdout)}
    assert roles["Data Scientist"]["postings"] >= 100
    assert len(roles) >= 24


def test_gap_json_and_unknown_role(tmp_path: Path) -> None:
    resume = write(tmp_path, "r.txt", RESUME)
    result = runner.invoke(app, ["gap", str(resume), "--target", "data analyst", "--json",
                                 "--no-semantic"])  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["role"] == "Data Analyst" and 0 < report["readiness"] <= 100
    sql = next(g for g in report["gaps"] if g["name"] == "SQL")
    assert sql["your_level"] == "Expert" and sql["gap"] == 0
    unknown = runner.invoke(app, ["gap", str(resume), "--target", "Data Scienst", "--no-semantic"])
    assert unknown.exit_code == 2
    assert "Data Scientist" in unknown.stderr
