"""A user's own resources: validated rows, a list of every bad row, and the merged catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from careernav.config import Settings
from careernav.errors import DataSourceError
from careernav.knowledge.store import load_catalogue, user_resources_path
from careernav.knowledge.user import UserResourcesError, add_user_resources
from careernav.models import Level

GOOD_CSV = """title,url,format,level,hours,free,skills
My SQL drills,https://example.org/sql,interactive,Intermediate,5,yes,sql; Power BI@Basic
Team notes on pandas,https://example.org/pandas,article,Basic,1,true,pandas
"""


def test_add_csv_and_load_merged(tmp_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    summary = add_user_resources(path, tmp_settings)
    assert summary.added == 2
    assert summary.file == user_resources_path(tmp_settings)
    catalogue = load_catalogue(tmp_settings)
    drills = next(r for r in catalogue if r.title == "My SQL drills")
    assert {t.skill_id: t.level for t in drills.skills} == {
        "sql": Level.INTERMEDIATE,
        "power-bi": Level.BASIC,
    }
    assert drills in catalogue.for_skill("sql", Level.INTERMEDIATE)
    assert len(catalogue) > 1200  # the shipped catalogue is merged in


def test_add_yaml(tmp_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- {title: Negotiation notes, url: 'https://example.org/n', format: article,"
        " level: Expert, hours: 2, free: false, price: 10, skills: [negotiation]}\n",
        encoding="utf-8",
    )
    assert add_user_resources(path, tmp_settings).added == 1
    added = next(r for r in load_catalogue(tmp_settings) if r.title == "Negotiation notes")
    assert not added.free and added.price == 10 and added.level == Level.EXPERT


def test_bad_rows_are_all_listed_and_nothing_is_added(
    tmp_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        GOOD_CSV
        + "Broken,not-a-url,course,Basic,3,yes,python\n"
        + "Unknown skill,https://example.org/x,course,Wizard,3,yes,basket weaving\n",
        encoding="utf-8",
    )
    with pytest.raises(UserResourcesError) as info:
        add_user_resources(path, tmp_settings)
    problems = info.value.problems
    assert any(p.startswith("row 3 ('Broken'): url") for p in problems)
    assert any(p.startswith("row 4 ('Unknown skill'): level") for p in problems)
    assert not user_resources_path(tmp_settings).exists()


def test_unknown_skill_is_named(tmp_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "title,url,format,level,hours,free,skills\n"
        "Weaving,https://example.org/w,course,Basic,3,yes,basket weaving\n",
        encoding="utf-8",
    )
    with pytest.raises(UserResourcesError, match="unknown skill 'basket weaving'"):
        add_user_resources(path, tmp_settings)


def test_missing_columns_and_wrong_type(tmp_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("title,url\nx,https://example.org\n", encoding="utf-8")
    with pytest.raises(DataSourceError, match="no column 'format'"):
        add_user_resources(path, tmp_settings)
    text = tmp_path / "short.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(DataSourceError, match="unsupported file type"):
        add_user_resources(text, tmp_settings)
