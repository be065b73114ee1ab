"""Gap table, transferable skills and readiness against a hand-made benchmark."""

from __future__ import annotations

import pytest

from careernav.gaps import ProfileSkill, analyse_gaps
from careernav.market.model import RoleBenchmark, SkillDemand
from careernav.models import Level
from careernav.taxonomy import load_taxonomy


def demand(skill_id: str, share: float, required: float, level: Level) -> SkillDemand:
    skill = load_taxonomy().skills[skill_id]
    return SkillDemand(skill_id=skill_id, name=skill.name, type=skill.type,
                       postings=round(share * 10),
                       share=share, required_share=required, levels={level: 1.0},
                       required_level=level)  # fmt: skip


BENCHMARK = RoleBenchmark(
    role="Data Scientist",
    postings=10,
    sources=["test"],
    skills=[
        demand("python", 0.8, 0.8, Level.INTERMEDIATE),  # w = 0.8 * 2 = 1.6
        demand("sql", 0.5, 0.25, Level.INTERMEDIATE),  # w = 0.5 * 1.5 = 0.75
        demand("pandas", 0.4, 0.0, Level.BASIC),  # w = 0.4 * 1 = 0.4
    ],
)


def test_readiness_and_priorities_by_hand() -> None:
    profile = [
        ProfileSkill("python", "Python", Level.BASIC),
        ProfileSkill("sql", "SQL", Level.EXPERT),
    ]
    report = analyse_gaps(profile, BENCHMARK, load_taxonomy())
    # python: credit 1/2; sql: credit 1; pandas: related to python in the taxonomy -> 0.6 * 0.5
    expected = 100 * (1.6 * 0.5 + 0.75 * 1.0 + 0.4 * 0.3) / (1.6 + 0.75 + 0.4)
    assert report.readiness == pytest.approx(expected)
    rows = {g.skill_id: g for g in report.gaps}
    assert rows["python"].gap == 1 and rows["python"].priority == pytest.approx(1.6 / 3)
    assert rows["sql"].gap == 0 and rows["sql"].priority_label == "Met"
    assert rows["pandas"].gap == 1 and rows["pandas"].priority == pytest.approx(0.4 / 3)
    assert next(g.skill_id for g in report.gaps) == "python"


def test_transferable_skills_name_their_reason() -> None:
    profile = [ProfileSkill("python", "Python", Level.INTERMEDIATE)]
    report = analyse_gaps(profile, BENCHMARK, load_taxonomy())
    reasons = {(t.have_id, t.for_id): t.reason for t in report.transferable}
    assert reasons[("python", "python")] == "same skill"
    assert reasons[("python", "pandas")] == "related skill"


def test_empty_profile_scores_zero() -> None:
    report = analyse_gaps([], BENCHMARK, load_taxonomy())
    assert report.readiness == 0
    assert all(g.your_level is None for g in report.gaps)


@pytest.mark.parametrize(
    ("pandas_level", "python_level", "python_gap"),
    [(Level.BASIC, Level.BASIC, 1), (Level.INTERMEDIATE, Level.BASIC, 1),
     (Level.EXPERT, Level.INTERMEDIATE, 0)],
)  # fmt: skip
def test_a_skill_you_build_on_counts_one_level_below(
    pandas_level: Level, python_level: Level, python_gap: int
) -> None:
    """pandas needs Python first (taxonomy prerequisite): knowing pandas implies Python."""
    profile = [
        ProfileSkill("pandas", "pandas", pandas_level),
        ProfileSkill("sql", "SQL", Level.EXPERT),
    ]
    report = analyse_gaps(profile, BENCHMARK, load_taxonomy())
    python = next(g for g in report.gaps if g.skill_id == "python")
    assert python.your_level == python_level and python.implied_by == "pandas"
    assert python.gap == python_gap
    assert python.to_json()["implied_by"] == "pandas"
    reasons = {(t.have_id, t.for_id): t.reason for t in report.transferable}
    assert reasons[("pandas", "python")] == "builds on it"
    # credit as if Python were listed at the implied level
    pandas_credit = min(1.0, pandas_level.rank / Level.BASIC.rank)
    expected = 100 * (1.6 * python_level.rank / 2 + 0.75 + 0.4 * pandas_credit) / 2.75
    assert report.readiness == pytest.approx(expected)
    # SQL builds on nothing listed here, and nothing listed builds on SQL: no implication
    assert next(g for g in report.gaps if g.skill_id == "sql").implied_by is None
