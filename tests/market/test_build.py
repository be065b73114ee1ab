"""Role benchmarks from a small corpus whose shares can be counted by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careernav.errors import DataSourceError
from careernav.market.build import build_benchmarks
from careernav.market.corpus import iso_date, read_postings
from careernav.market.titles import normalise_title
from careernav.models import Level
from careernav.taxonomy import load_taxonomy

POSTINGS = [
    ("Senior Data Scientist", "Requirements\n- 5+ years of Python\n- SQL is a plus"),
    ("Data Scientist - NLP", "Requirements\n- Strong Python and SQL"),
    ("Lead Data Scientist", "Requirements\n- Familiarity with Tableau\n- Python"),
    ("Data Scientist", "Requirements\n- Python\n- Experience with Tableau is a plus"),
    ("Office Manager", "Requirements\n- Microsoft Excel"),
]


def write_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "postings.jsonl"
    lines = [
        json.dumps({"title": t, "company": "Acme", "description": d, "date": f"2024-03-0{i + 1}"})
        for i, (t, d) in enumerate(POSTINGS)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "role"),
    [("Sr. Data Scientist (NLP)", "Data Scientist"), ("Software Engineer, Machine Learning",
     "Software Engineer (ML)"), ("HR Business Partner", "HR Business Partner"),
     ("Human Resources Manager", "HR Manager"), ("Financial Planning and Analysis Specialist",
     "Financial Analyst"), ("Office Manager", None)],
)  # fmt: skip
def test_titles_normalise_to_roles(title: str, role: str | None) -> None:
    assert normalise_title(title) == role


def test_shares_and_levels_by_hand(tmp_path: Path) -> None:
    postings = list(read_postings(write_jsonl(tmp_path)))
    benchmarks, unrecognised = build_benchmarks(postings, load_taxonomy())
    assert unrecognised == {"Office Manager": 1}
    (scientist,) = benchmarks
    assert (scientist.role, scientist.postings) == ("Data Scientist", 4)
    assert (scientist.first_posted, scientist.last_posted) == ("2024-03-01", "2024-03-04")
    python = scientist.demand("python")
    assert python is not None
    assert (python.share, python.required_share) == (1.0, 1.0)
    # levels: Expert (5+ years), Intermediate (strong), Intermediate (no cue) x2
    assert python.levels == {Level.EXPERT: 0.25, Level.INTERMEDIATE: 0.75}
    assert python.required_level is Level.INTERMEDIATE
    sql = scientist.demand("sql")
    assert sql is not None and (sql.share, sql.required_share) == (0.5, 0.25)
    assert sql.must_have_share == 0.5
    tableau = scientist.demand("tableau")
    assert tableau is not None and (tableau.share, tableau.required_share) == (0.5, 0.25)


def test_corpus_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,text\nx,y\n", encoding="utf-8")
    with pytest.raises(DataSourceError, match="title and a description"):
        list(read_postings(bad))
    with pytest.raises(DataSourceError, match="No job-posting file"):
        list(read_postings(tmp_path / "missing.csv"))


def test_dates_become_iso() -> None:
    assert iso_date("6/12/2023") == "2023-06-12"
    assert iso_date("2024-02-02T10:00:00") == "2024-02-02"
    assert iso_date("yesterday") is None
