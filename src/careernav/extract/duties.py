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
    r"execut\w*|negotiat\w*|reconcil\w*|enter(?:s|ed|ing)?|fulfil\w*|kept|keep\w*|run\w*|ran"
)
_MAKE_OR_RUN = _MAKE + "|" + _RUN
_ORGANISE = r"plan\w*|organi[sz]\w*|coordinat\w*|host\w*"
_DEAL_WITH = r"manag\w*|negotiat\w*|coordinat\w*|oversee\w*|oversaw|evaluat\w*|select\w*"
_KEEP = r"maintain\w*|manag\w*|organi[sz]\w*|updat\w*|kept|keep\w*"
_DRAFT = r"draft\w*|prepar\w*|writ\w*|wrote|creat\w*"
_ADMINISTER = r"manag\w*|administ\w*|negotiat\w*|review\w*|oversee\w*"
_SET_POLICY = r"develop\w*|writ\w*|wrote|draft\w*|creat\w*|implement\w*|updat\w*"
_HANDLE_ORDERS = r"process\w*|enter(?:s|ed|ing)?|fulfil\w*|handl\w*|track\w*"
_BILL = _MAKE + r"|process\w*|issu\w*|reconcil\w*"
# Verbs given as their word forms name the duty only in those forms (no "<nominal> of": the
# "preparation of reports" is not typing), and a sentence without one of them is passed over
# at once, so common nouns ("data", "costs") cost nothing where no such verb is written.
_KEY_IN = (
    "input", "inputs", "inputted", "inputting", "enter", "enters", "entered", "entering",
    "keyed", "keying",
)  # fmt: skip
_TYPE = ("type", "types", "typed", "typing")
_TAKE_CASH = (
    "handle", "handled", "handles", "handling", "receipted", "receipting", "count", "counted",
    "counting", "balance", "balanced", "balances", "balancing", "control", "controlled",
    "controlling", "collect", "collected", "collecting", "process", "processed", "processing",
    "accept", "accepted", "accepting",
)  # fmt: skip
_WATCH = (
    "monitor", "monitors", "monitored", "monitoring", "track", "tracks", "tracked", "tracking",
    "research", "researched", "researching", "analyze", "analyzed", "analyzing", "analyse",
    "analysed", "analysing", "analysis", "study", "studied", "studying", "follow", "followed",
    "following", "assess", "assessed", "assessing", "evaluate", "evaluated", "evaluating",
)  # fmt: skip
_CUT_COSTS = (
    "control", "controls", "controlled", "controlling", "reduce", "reduced", "reduces",
    "reducing", "reduction", "contain", "contained", "containing", "containment", "minimize",
    "minimized", "minimizing", "minimise", "minimised", "minimising", "cut", "cutting", "lower",
    "lowered", "lowering", "monitor", "monitored", "monitoring",
)  # fmt: skip
# skill id -> (work-product nouns, verbs that make or run them)
WORK_PRODUCTS: dict[str, tuple[tuple[str, ...], str | tuple[str, ...]]] = {
    "reporting": (("report", "reports"), _MAKE_OR_RUN),
    "budgeting": (("budget", "budgets"), _MAKE_OR_RUN),
    "proposal-writing": (("proposal", "proposals", "RFP responses", "bids"), _MAKE),
    "scheduling": (("schedules", "rosters", "shift schedules"), _MAKE_OR_RUN),
    "invoicing": (("invoices",), _BILL),
    "forecasting": (("forecast", "forecasts", "forecast model", "forecast models"), _MAKE_OR_RUN),
    "presentation-skills": (("presentations",), _MAKE),
    "event-planning": (
        ("events", "event", "conferences", "conference", "trade shows", "celebrations",
         "fundraisers", "seminars"),
        _ORGANISE + r"|arrang\w*",
    ),
    "vendor-management": (
        ("vendors", "suppliers", "vendor relationships", "contractors", "subcontractors",
         "service providers"),
        _DEAL_WITH + r"|supervis\w*|liais\w*",
    ),
    "data-entry": (("data", "customer data", "information", "records", "files"), _KEY_IN),
    "typing": (
        ("reports", "letters", "documents", "correspondence", "memos", "transcripts", "minutes"),
        _TYPE,
    ),
    "cash-handling": (("cash", "cash deposits", "deposits", "cash receipts"), _TAKE_CASH),
    "market-research": (("market trends", "market conditions", "market data"), _WATCH),
    "cost-control": (
        ("costs", "expenses", "labor costs", "operating costs", "spending", "overhead"),
        _CUT_COSTS,
    ),
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
    "hired": "recruiting",
    "forecasted": "forecasting",
    "negotiated": "negotiation",
    "recruited": "recruiting",
    "coached": "coaching",
    "mentored": "mentoring",
}
# A noun that is the first word of a compound names something else: "data science",
# "cash flow", "information technology".
_COMPOUND_HEAD = (
    r"[-\s]+(?:science|scientists?|analy\w*|engineer\w*|model\w*|visuali\w*|warehous\w*|"
    r"base|bases|sets?|mining|pipelines?|flows?|management|technology|systems?|security)\b"
)
# "was hired as", "got negotiated": the person is the object, not the one doing the work.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|newly)\s+$", re.IGNORECASE)
_MAX_GAP_WORDS = 5
_GOVERNING_REACH = 120  # characters that surely hold the few words looked at
_CLAUSE_BREAK = re.compile(r"[.;:!?()]|\b(?:to|for|with|by|from|which|that|who)\b", re.IGNORECASE)


# (skill id, pattern of the verbs that govern its nouns, verb words one of which must be there)
_Duty = tuple[str, re.Pattern[str], frozenset[str]]


class DutyPatterns:
    """Compiled once: for each work-product noun's first word, the nouns and verbs to check."""

    def __init__(self, skill_ids: frozenset[str]) -> None:
        by_noun: dict[str, list[_Duty]] = {}
        for skill_id, (nouns, verbs) in WORK_PRODUCTS.items():
            if skill_id not in skill_ids:
                continue
            if isinstance(verbs, tuple):
                governs = re.compile(rf"\b(?:{'|'.join(verbs)})\b", re.IGNORECASE)
                needs: frozenset[str] = frozenset(verbs)
            else:
                governs = re.compile(rf"\b(?:{verbs})\b|\b(?:{_NOMINAL})\s+of\b", re.IGNORECASE)
                needs = frozenset()
            for noun in nouns:
                by_noun.setdefault(noun.lower(), []).append((skill_id, governs, needs))
        self.nouns: dict[str, list[tuple[re.Pattern[str], list[_Duty]]]] = {}
        for noun, skills in by_noun.items():
            pattern = re.compile(rf"\b{re.escape(noun)}\b(?!{_COMPOUND_HEAD})", re.IGNORECASE)
            self.nouns.setdefault(noun.split()[0], []).append((pattern, skills))
        self.verb_skills = {w: s for w, s in VERB_SKILLS.items() if s in skill_ids}

    def find(self, sentence: str, words: frozenset[str] | None = None) -> list[PhraseHit]:
        """Hits in ``sentence``; ``words`` are its distinct lower-case words when known."""
        words = sentence_words(sentence) if words is None else words
        hits: list[PhraseHit] = []
        done: set[str] = set()
        for first in sorted(words & self.nouns.keys()):
            for pattern, duties in self.nouns[first]:
                skills = [
                    (i, g) for i, g, needs in duties if not needs or not needs.isdisjoint(words)
                ]
                for noun in pattern.finditer(sentence) if skills else ():
                    for skill_id, governs in skills:
                        if (
                            skill_id not in done
                            and _governed(sentence, noun.start(), governs)
                            and not _other_kind(sentence, noun.start(), noun.end(), skill_id)
                        ):
                            hits.append(PhraseHit(skill_id, noun.start(), noun.end()))
                            done.add(skill_id)
        for word in sorted(words & self.verb_skills.keys()):
            found = re.search(rf"\b{word}\b", sentence, re.IGNORECASE)
            if found is not None and not _PASSIVE.search(sentence, 0, found.start()):
                hits.append(PhraseHit(self.verb_skills[word], found.start(), found.end()))
        return hits


# A report qualified by another field ("patient reports", "internal audit reports", "Root Cause
# Analysis reports"), a person ("one direct report"), a report only handled ("faxed reports")
# or the verb ("monitor and report on ...") is not data reporting.
_OTHER_KIND_BEFORE: dict[str, re.Pattern[str]] = {
    "reporting": re.compile(
        r"\b(?:(?:direct|patient|medical|clinical|nursing|incident|accident|police|lab|"
        r"laboratory|dissertation|thesis|project|audit|budget|expense|tax|inspection|credit|"
        r"analysis|financial)\s+|(?:faxed|scanned|filed|copied|photocopied|mailed|typed|printed|"
        r"transcribed|proofread)\s+(?:[\w-]+\s+){0,2})$",
        re.IGNORECASE,
    )
}
_VERB_AFTER: dict[str, re.Pattern[str]] = {
    "reporting": re.compile(r"\s+(?:on|back|to)\b", re.IGNORECASE)
}
_BARE_VERB_BEFORE = re.compile(r"(?:^|\band|\bor|\bto|,|/)\s*$", re.IGNORECASE)


def _other_kind(sentence: str, start: int, end: int, skill_id: str) -> bool:
    """Whether a work-product noun names another field's document, or is the verb."""
    before = _OTHER_KIND_BEFORE.get(skill_id)
    if before is None:
        return False
    if before.search(sentence, max(0, start - 60), start):
        return True
    verb_after = _VERB_AFTER[skill_id]
    return bool(verb_after.match(sentence, end)) and bool(
        _BARE_VERB_BEFORE.search(sentence, max(0, start - 10), start)
    )


_WORK_VERB = re.compile(rf"\b(?:{_MAKE_OR_RUN}|modif\w*|revis\w*)\b|\b(?:{_NOMINAL})\s+of\b", re.I)


def work_verb_governs(sentence: str, start: int) -> bool:
    """Whether a work verb ("created", "updated") or "<noun> of" governs the words at ``start``."""
    return _governed(sentence, start, _WORK_VERB)


def _governed(sentence: str, start: int, verbs: re.Pattern[str]) -> bool:
    """Whether a work verb (or "<noun> of") stands a few words before ``start``, same clause."""
    words = sentence[max(0, start - _GOVERNING_REACH) : start].split()
    window = " ".join(words[-(_MAX_GAP_WORDS + 1) :])
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(verbs.search(window))


@lru_cache(maxsize=4)
def duty_patterns(taxonomy: Taxonomy) -> DutyPatterns:
    return DutyPatterns(frozenset(taxonomy.skills))
