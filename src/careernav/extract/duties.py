"""Skills named by the work product of a duty, or by the duty's verb alone.

"Prepared proposals and quotations" is proposal writing and "maintained three department
budgets" is budgeting, as the annotation guide counts duties: a work-product noun counts when
a work verb ("prepare", "maintain") or its noun ("preparation of") governs it within a few
words of the same clause. A few verbs name their skill on their own ("budgeted",
"negotiated"). The table is written per skill, not mined from any labelled document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careernav.extract.phrases import PhraseHit, sentence_words
from careernav.taxonomy.model import Taxonomy

_MAKE = (
    r"prepar\w*|creat\w*|develop\w*|writ\w*|wrote|draft\w*|produc\w*|generat\w*|compil\w*|"
    r"build\w*|built|design\w*|deliver\w*|present\w*|submit\w*|respond\w*"
)
_RUN = (
    r"maintain\w*|manag\w*|track\w*|monitor\w*|administ\w*|oversee\w*|oversaw|coordinat\w*|"
    r"review\w*|updat\w*|organi[sz]\w*|control\w*|own\w*|handl\w*|process\w*|plan\w*|"
    r"execut\w*|negotiat\w*|reconcil\w*|enter\w*|fulfil\w*|kept|keep\w*|run\w*|ran"
)
_MAKE_OR_RUN = _MAKE + "|" + _RUN
_ORGANISE = r"plan\w*|organi[sz]\w*|coordinat\w*|host\w*"
_DEAL_WITH = r"manag\w*|negotiat\w*|coordinat\w*|oversee\w*|oversaw|evaluat\w*|select\w*"
_KEEP = r"maintain\w*|manag\w*|organi[sz]\w*|updat\w*|kept|keep\w*"
_DRAFT = r"draft\w*|prepar\w*|writ\w*|wrote|creat\w*"
_ADMINISTER = r"manag\w*|administ\w*|negotiat\w*|review\w*|oversee\w*"
_SET_POLICY = r"develop\w*|writ\w*|wrote|draft\w*|creat\w*|implement\w*|updat\w*"
_HANDLE_ORDERS = r"process\w*|enter\w*|fulfil\w*|handl\w*|track\w*"
_BILL = _MAKE + r"|process\w*|issu\w*|reconcil\w*"
# skill id -> (work-product nouns, verbs that make or run them)
WORK_PRODUCTS: dict[str, tuple[tuple[str, ...], str]] = {
    "reporting": (("report", "reports"), _MAKE_OR_RUN),
    "budgeting": (("budget", "budgets"), _MAKE_OR_RUN),
    "proposal-writing": (("proposal", "proposals", "RFP responses", "bids"), _MAKE),
    "scheduling": (("schedules", "rosters", "shift schedules"), _MAKE_OR_RUN),
    "invoicing": (("invoices",), _BILL),
    "forecasting": (("forecast", "forecasts", "forecast model", "forecast models"), _MAKE_OR_RUN),
    "presentation-skills": (("presentations",), _MAKE),
    "event-planning": (("events", "conferences", "trade shows"), _ORGANISE),
    "vendor-management": (("vendors", "suppliers", "vendor relationships"), _DEAL_WITH),
    "records-management": (("records", "files", "filing systems"), _KEEP),
    "contract-drafting": (("contracts", "agreements"), _DRAFT),
    "contract-management": (("contracts", "agreements"), _ADMINISTER),
    "data-visualization": (("visualizations", "visualisations", "charts and graphs"), _MAKE),
    "prototyping": (("prototype", "prototypes"), _MAKE + r"|test\w*"),
    "hr-policies": (
        ("HR policies", "company policies", "personnel policies", "employee policies",
         "workplace policies"),
        _SET_POLICY,
    ),
    "technical-writing": (
        ("manuals", "user guides", "tutorials", "standard operating procedures", "SOPs"), _MAKE
    ),
    "order-processing": (
        ("orders", "customer orders", "purchase orders", "sales orders"), _HANDLE_ORDERS
    ),
}  # fmt: skip
_NOMINAL = (
    r"preparation|creation|development|production|generation|compilation|delivery|management|"
    r"maintenance|administration|coordination|review|tracking|monitoring|processing|negotiation|"
    r"planning|organi[sz]ation|drafting|writing"
)
# Verbs that name their skill on their own, past forms only ("budgeted", not "budget").
VERB_SKILLS: dict[str, str] = {
    "budgeted": "budgeting",
    "forecasted": "forecasting",
    "negotiated": "negotiation",
    "recruited": "recruiting",
    "coached": "coaching",
    "mentored": "mentoring",
}
_MAX_GAP_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[.;:!?()]|\b(?:to|for|with|by|from|which|that|who)\b", re.IGNORECASE)


class DutyPatterns:
    """Compiled once: for each work-product noun's first word, the nouns and verbs to check."""

    def __init__(self, skill_ids: frozenset[str]) -> None:
        by_noun: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for skill_id, (nouns, verbs) in WORK_PRODUCTS.items():
            if skill_id not in skill_ids:
                continue
            governs = re.compile(rf"\b(?:{verbs})\b|\b(?:{_NOMINAL})\s+of\b", re.IGNORECASE)
            for noun in nouns:
                by_noun.setdefault(noun.lower(), []).append((skill_id, governs))
        self.nouns: dict[str, list[tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]]] = {}
        for noun, skills in by_noun.items():
            pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
            self.nouns.setdefault(noun.split()[0], []).append((pattern, skills))
        self.verb_skills = {w: s for w, s in VERB_SKILLS.items() if s in skill_ids}

    def find(self, sentence: str, words: frozenset[str] | None = None) -> list[PhraseHit]:
        """Hits in ``sentence``; ``words`` are its distinct lower-case words when known."""
        words = sentence_words(sentence) if words is None else words
        hits: list[PhraseHit] = []
        done: set[str] = set()
        for first in sorted(words & self.nouns.keys()):
            for pattern, skills in self.nouns[first]:
                for noun in pattern.finditer(sentence):
                    for skill_id, governs in skills:
                        if skill_id not in done and _governed(sentence, noun.start(), governs):
                            hits.append(PhraseHit(skill_id, noun.start(), noun.end()))
                            done.add(skill_id)
        for word in sorted(words & self.verb_skills.keys()):
            found = re.search(rf"\b{word}\b", sentence, re.IGNORECASE)
            if found is not None:
                hits.append(PhraseHit(self.verb_skills[word], found.start(), found.end()))
        return hits


def _governed(sentence: str, start: int, verbs: re.Pattern[str]) -> bool:
    """Whether a work verb (or "<noun> of") stands a few words before ``start``, same clause."""
    before = sentence[:start]
    words = before.split()
    window = " ".join(words[-(_MAX_GAP_WORDS + 1) :])
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(verbs.search(window))


@lru_cache(maxsize=4)
def duty_patterns(taxonomy: Taxonomy) -> DutyPatterns:
    return DutyPatterns(frozenset(taxonomy.skills))
