"""Explanation records, their rendering, and the validator of LLM rephrasings (no network)."""

from __future__ import annotations

import pytest

from careernav.config import Settings
from careernav.explain import (
    Claim,
    Explanation,
    fmt_count,
    fmt_number,
    rephrase,
    resource_claims,
    validate_rephrasing,
)
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.models import Level
from careernav.ranking import COMPONENTS, RankedResource, RankingWeights

RECORD = Explanation(
    skill="pandas",
    resource_title="Python for Data Analysis",
    claims=(
        Claim(
            "gap",
            "gap.closes",
            (("skill", "pandas"), ("from_level", "none"), ("to_level", "Basic")),
        ),
        Claim(
            "gap",
            "gap.demand",
            (("share", "62"), ("role", "Data Scientist"), ("skill", "pandas"), ("must_have", "40")),
        ),
        Claim("resource", "resource.rating", (("rating", "4.7"), ("count", "35,895"))),
        Claim("resource", "resource.style", (("format", "video"),)),
        Claim("resource", "resource.time", (("hours_per_week", "6"), ("hours", "5"))),
        Claim("resource", "resource.free", ()),
        Claim("week", "week.prerequisite", (("later", "scikit-learn"), ("skill", "pandas"))),
        Claim("week", "week.single", (("first", "3"),)),
    ),
)
SKILLS = ["Python", "pandas", "scikit-learn", "SQL", "R", "Machine Learning"]


def test_render_fills_templates_from_evidence_only() -> None:
    assert RECORD.render() == (
        "Takes pandas from none to Basic. 62% of Data Scientist postings ask for pandas, 40% of "
        'them as a must-have. Why "Python for Data Analysis": 4.7 stars from 35,895 learners; '
        "video, your preferred format; fits your 6 h/week (5 h in all); free. Comes before "
        "scikit-learn because pandas is a prerequisite of it. Week 3 of your plan."
    )
    payload = RECORD.to_json()
    assert payload["claims"][2] == {"kind": "resource", "claim": "resource.rating",
                                    "evidence": {"rating": "4.7", "count": "35,895"}}  # fmt: skip


def test_formatting_helpers() -> None:
    assert fmt_count(35895) == "35,895"
    assert fmt_number(6.0) == "6" and fmt_number(4.65) == "4.7" and fmt_number(12.25) == "12.2"


GOOD = [
    RECORD.render(),
    "This takes your pandas from zero to Basic: 62% of Data Scientist job ads want it. "
    "'Python for Data Analysis' is rated 4.7 by 35895 learners, is a free video and fits your "
    "6 h a week; do it in week 3, before scikit-learn.",
    "Week 3: a free video course on pandas, 4.7 stars (35,895 ratings).",
]
BAD = [
    ("Rated 4.9 stars by 35,895 learners.", "number 4.9"),
    ("It also teaches SQL, which 62% of postings want.", "skill 'SQL'"),
    ("Then move on to 'Pandas in Action' for week 3.", "title 'pandas in action'"),
    ("About 10 hours in total.", "number 10"),
    ("Great for Machine Learning too.", "skill 'Machine Learning'"),
]


@pytest.mark.parametrize("text", GOOD)
def test_faithful_rephrasings_pass(text: str) -> None:
    assert validate_rephrasing(text, RECORD, SKILLS) == []


@pytest.mark.parametrize(("text", "problem"), BAD)
def test_rephrasings_with_invented_facts_fail(text: str, problem: str) -> None:
    problems = validate_rephrasing(text, RECORD, SKILLS)
    assert any(p.startswith(problem) for p in problems), problems


def test_known_titles_not_in_the_record_fail() -> None:
    text = "Pair it with Pandas in Action for practice."
    assert validate_rephrasing(text, RECORD, SKILLS, known_titles=["Pandas in Action"])


def _answer(content: str):
    def post(url: str, payload: dict[str, object], timeout: float) -> dict[str, object]:
        assert url == "http://llm.test/v1/chat/completions" and timeout == 10.0
        return {"choices": [{"message": {"content": content}}]}

    return post


def test_rephrase_keeps_template_unless_the_llm_output_is_grounded() -> None:
    off = Settings(llm_base_url=None)
    assert rephrase(RECORD, off, skill_names=SKILLS) == RECORD.render()
    on = Settings(llm_base_url="http://llm.test/v1")
    assert rephrase(RECORD, on, skill_names=SKILLS, post=_answer(GOOD[1])) == GOOD[1]
    assert rephrase(RECORD, on, skill_names=SKILLS, post=_answer(BAD[0][0])) == RECORD.render()

    def failing(url: str, payload: dict[str, object], timeout: float) -> dict[str, object]:
        raise TimeoutError("no answer")

    assert rephrase(RECORD, on, skill_names=SKILLS, post=failing) == RECORD.render()
    assert (
        rephrase(RECORD, on, skill_names=SKILLS, post=lambda *_: {"choices": []}) == RECORD.render()
    )


def _ranked(guessed: bool) -> RankedResource:
    resource = Resource(
        id="think-python",
        title="Think Python",
        url="https://greenteapress.com/wp/think-python-2e/",
        provider="Green Tea Press",
        format="book",
        level=Level.BASIC,
        level_estimated=guessed,
        hours=30,
        free=True,
        skills=[TaughtSkill(skill_id="python", level=Level.BASIC, method="dictionary")],
        source="test",
        licence="test",
    )
    components = {"style": 1.0, "cost": 1.0, "focus": 1.0, "relevance": 0.9}
    return RankedResource(resource, 0.8, components, Level.BASIC, level_guessed=guessed)


def test_a_stated_level_is_said_and_a_guessed_one_is_not() -> None:
    weights = RankingWeights({name: 1.0 for name in COMPONENTS})
    said = resource_claims(_ranked(False), weights, "Python", hours_per_week=6, style="reading")
    level = [c for c in said if c.template == "resource.level"]
    assert [c.render() for c in level] == ["brings Python to Basic"]
    guessed = resource_claims(_ranked(True), weights, "Python", hours_per_week=6, style="reading")
    assert not [c for c in guessed if c.template == "resource.level"]
