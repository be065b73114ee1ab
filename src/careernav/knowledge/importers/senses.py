"""Skill names that mean something else in another trade's titles: drop the skill there.

The dictionary matcher finds a skill by any of its names, but some names are ordinary words of
another trade. "Selling" is an alias of Sales, yet in "Short Selling: Learn To Sell Stocks",
"Master The Art of Covered Calls Selling" or "Buying, Selling, and Storing Precious Metal" it
is a trade in securities or assets, not the work of a salesperson; "Sales & Purchases" in a
bookkeeping title names ledgers, not selling. Each rule says which words of a title carry the
other sense and which words of the title show that other trade; a skill whose only mention in
a title is in that sense is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.knowledge.model import TaughtSkill


@dataclass(frozen=True)
class OtherSense:
    """A skill's ``surface`` words mean something else when ``context`` is in the title too,
    unless the title also names the skill by a word the rule does not cover (``unless``)."""

    skill_id: str
    surface: re.Pattern[str]
    context: re.Pattern[str]
    unless: re.Pattern[str] | None = None


_SALESPERSON = re.compile(r"\bsales(?:person|people|man|men|manship| teams?| reps?)\b", re.I)
OTHER_SENSES: tuple[OtherSense, ...] = (
    # Trading and investing: selling short, selling options or calls, selling assets.
    OtherSense(
        "sales",
        surface=re.compile(r"\bsell(?:s|ing)?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:stocks?|shares|equit(?:y|ies)|options?|calls|puts|strangles|straddles|"
            r"short|trading|traders?|invest(?:s|ing|ors?|ments?)?|forex|crypto\w*|"
            r"bitcoin|precious metals?|gold|silver)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(rf"\bsales\b(?!\s*(?:&|and)\s*purchases?)|{_SALESPERSON.pattern}", re.I),
    ),
    # Bookkeeping: sales and purchase ledgers, sales tax, cost of sales.
    OtherSense(
        "sales",
        surface=re.compile(r"\bsales\b", re.IGNORECASE),
        context=re.compile(
            r"\bsales\s*(?:&|and)\s*purchases?\b|\bsales (?:tax|ledger|invoices?|journal)\b|"
            r"\bcost of sales\b",
            re.IGNORECASE,
        ),
        unless=_SALESPERSON,
    ),
)


def holds_other_sense(title: str, rule: OtherSense) -> bool:
    """True when ``title`` uses the rule's words in the other trade's sense only."""
    if not (rule.surface.search(title) and rule.context.search(title)):
        return False
    return not (rule.unless and rule.unless.search(title))


def without_other_senses(title: str, skills: list[TaughtSkill]) -> list[TaughtSkill]:
    """``skills`` less those a title names only in another trade's sense (see OTHER_SENSES)."""
    dropped = {rule.skill_id for rule in OTHER_SENSES if holds_other_sense(title, rule)}
    return [s for s in skills if s.skill_id not in dropped]
