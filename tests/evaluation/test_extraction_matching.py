"""Pairing predicted skills with gold skills for precision and recall."""

from __future__ import annotations

from careernav.evaluation.extraction import match_document
from careernav.evaluation.gold import GoldSkill
from careernav.models import ExtractedSkill
from careernav.taxonomy import load_taxonomy


def predicted(skill_id: str, name: str) -> ExtractedSkill:
    return ExtractedSkill(skill_id, name, "hard", "Intermediate", 0.9, ("evidence",))


def gold(name: str, *aliases: str) -> GoldSkill:
    return GoldSkill(name=name, aliases=list(aliases), type="hard", level="Intermediate")


def test_a_prediction_fitting_two_gold_skills_leaves_the_other_to_its_own_match() -> None:
    # "Auditing" fits both gold skills; "Internal Audit" fits only the first. A greedy
    # pairing in prediction order would match one pair; the maximum matching finds two.
    gold_skills = [gold("Internal Audit", "audits"), gold("Financial Auditing", "Auditing")]
    guesses = [predicted("auditing", "Auditing"), predicted("internal-audit", "Internal Audit")]
    assert match_document(guesses, gold_skills, load_taxonomy()) == [(0, 1), (1, 0)]


def test_each_gold_skill_is_matched_at_most_once() -> None:
    guesses = [predicted("python", "Python"), predicted("python", "Python")]
    assert match_document(guesses, [gold("Python")], load_taxonomy()) == [(0, 0)]
    assert match_document(guesses, [], load_taxonomy()) == []
