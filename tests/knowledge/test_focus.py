"""Title focus: how much of a title is about one skill."""

from __future__ import annotations

import pytest

from careernav.knowledge.focus import title_focus
from careernav.taxonomy import load_taxonomy


@pytest.mark.parametrize(
    ("title", "skill_id", "expected"),
    [
        ("Think Python", "python", 1.0),  # "think" is a learning word
        ("Python GUIs With Tkinter", "python", 2 / 4),  # python, with
        ("Python in Hydrology", "python", 2 / 3),  # python, in
        ("Introduction to Machine Learning", "machine-learning", 1.0),
        ("Hydrology", "python", 0.0),
        ("Advanced Python", "python", 1.0),  # a level word, not another subject
        # Learning words alone do not make a title about a skill it never names.
        ("An Introduction to Statistical Learning", "r", 0.0),
        ("", "python", 0.0),
    ],
)
def test_title_focus_by_hand(title: str, skill_id: str, expected: float) -> None:
    skill = load_taxonomy().get(skill_id)
    assert skill is not None
    assert title_focus(title, skill) == pytest.approx(expected)


def test_focus_reads_aliases() -> None:
    skill = load_taxonomy().get("machine-learning")
    assert skill is not None and "ML" in skill.aliases
    assert title_focus("ML Crash Course", skill) == pytest.approx(1.0)  # ml, crash, course
