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
    r"build\w*|built|design\w*|deliver\w*|present\w*|submit\w*|respond\w*|establish\w*"
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
_ADMINISTER = r"manag\w*|administ\w*|oversee\w*|oversaw"
_NEGOTIATE = r"negotiat\w*|renegotiat\w*"
_INTERVIEW = (
    "interview", "interviewed", "interviewing", "conduct", "conducted", "conducting",
    "screen", "screened", "screening",
)  # fmt: skip
_ORDER = (
    "order", "ordered", "ordering", "purchase", "purchased", "purchasing", "procure",
    "procured", "procuring", "requisition", "requisitioned", "requisitioning",
)  # fmt: skip
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
_FIND_OUT = (
    "identify", "identifies", "identified", "identifying", "assess", "assessed", "assesses",
    "assessing", "analyze", "analyzed", "analyzes", "analyzing", "analyse", "analysed",
    "analyses", "analysing", "determine", "determined", "determines", "determining",
    "evaluate", "evaluated", "evaluates", "evaluating", "examine", "examined", "examines",
    "examining", "understand", "understanding", "understood", "uncover", "uncovered",
    "uncovering",
)  # fmt: skip
_EXPLAIN = (
    *_WATCH, "identify", "identified", "identifying", "explain", "explained", "explaining",
    "investigate", "investigated", "investigating", "review", "reviewed", "reviewing",
    "examine", "examined", "examining",
)  # fmt: skip
_DEPLOY = (
    "deploy", "deploys", "deployed", "deploying", "productionize", "productionized",
    "productionizing", "operationalize", "operationalized", "operationalizing",
)  # fmt: skip
_LEAD = (
    "lead", "leads", "led", "leading", "drive", "drives", "drove", "driving", "direct",
    "directed", "directing", "oversee", "oversaw", "overseeing", "spearhead", "spearheaded",
    "spearheading", "execute", "executed", "executing",
)  # fmt: skip
_GATHER = (
    "gather", "gathered", "gathering", "collect", "collected", "collecting", "define",
    "defined", "defining", "derive", "derived", "deriving", "capture", "captured", "capturing",
    "document", "documented", "documenting", "translate", "translated", "translating",
)  # fmt: skip
_SEGMENT = (*_FIND_OUT, "prioritize", "prioritized", "prioritizing", "target", "targeted",
            "targeting", "define", "defined", "defining")  # fmt: skip
_PROMOTE = (
    "promote", "promoted", "promotes", "promoting", "build", "built", "building", "strengthen",
    "strengthened", "strengthening", "grow", "grew", "growing", "elevate", "elevated",
    "elevating",
)  # fmt: skip
_BUY_MEDIA = (
    "planned", "schedule", "scheduled", "scheduling", "purchase",
    "purchased", "purchasing", "buy", "bought", "buying", "negotiate", "negotiated",
    "negotiating", "place", "placed", "placing",
)  # fmt: skip
# Verbs that author a document or a plan; the lists below add their own.
_AUTHOR = (
    "create", "created", "creating", "develop", "developed", "developing", "design",
    "designed", "designing",
)  # fmt: skip
_WRITE_SURVEY = (
    *_AUTHOR, "draft", "drafted", "drafting", "write", "wrote", "written", "writing", "build",
    "built", "building",
)  # fmt: skip
_PLAN_STAFF = (
    "forecast", "forecasted", "forecasting", "plan", "planned", "planning", "anticipate",
    "anticipated", "anticipating", "monitor", "monitored", "monitoring", "track", "tracked",
    "tracking", "determine", "determined", "determining", "assess", "assessed", "assessing",
    "project", "projected", "projecting",
)  # fmt: skip
_FIND_PROSPECTS = (
    "identify", "identified", "identifying", "research", "researched", "researching",
    "locate", "located", "locating", "find", "found", "finding", "qualify", "qualified",
    "qualifying", "profile", "profiled", "profiling", "contact", "contacted", "contacting",
    "call", "called", "calling", "meet", "met", "meeting", "cultivate", "cultivated",
    "cultivating", "prospect", "prospected", "prospecting",
)  # fmt: skip
_DRAW = (
    *_AUTHOR, "generate", "generated", "generating", "produce", "produced", "producing",
    "prepare", "prepared", "preparing", "draft", "drafted", "drafting", "revise", "revised",
    "revising", "update", "updated", "updating",
)  # fmt: skip
_WRITE_CURRICULUM = (
    *_AUTHOR, "write", "wrote", "written", "writing", "build", "built", "building", "revise",
    "revised", "revising",
)  # fmt: skip
_CONDUCT = (
    "coordinate", "coordinated", "coordinating", "conduct", "conducted", "conducting",
    "facilitate", "facilitated", "facilitating", "lead", "led", "leading", "plan", "planned",
    "planning", "organize", "organized", "organizing", "deliver", "delivered", "delivering",
    "host", "hosted", "hosting", "schedule", "scheduled", "scheduling",
)  # fmt: skip
_SET_STRATEGY = (
    "develop", "developed", "develops", "developing", "set", "sets", "setting", "establish",
    "established", "establishing", "define", "defined", "defining", "formulate", "formulated",
    "formulating", "direct", "directed", "directing", "implement", "implemented",
    "implementing", "create", "created", "creating", "lead", "led", "leading", "drive", "drove",
    "driving", "execute", "executed", "executing", "plan", "planned", "planning", "recommend",
    "recommended", "recommends", "own", "owned",
)  # fmt: skip
# skill id -> (work-product nouns, verbs that make or run them)
WORK_PRODUCTS: dict[str, tuple[tuple[str, ...], str | tuple[str, ...]]] = {
    "reporting": (("report", "reports"), _MAKE_OR_RUN + r"|provid\w*"),
    "budgeting": (("budget", "budgets"), _MAKE_OR_RUN),
    "proposal-writing": (
        ("proposal", "proposals", "RFP responses", "bids", "RFPs", "RFP", "requests for proposals",
         "request for proposals"),
        _MAKE,
    ),
    "scheduling": (("schedules", "rosters", "shift schedules"), _MAKE_OR_RUN),
    "invoicing": (("invoices",), _BILL),
    "forecasting": (("forecast", "forecasts", "forecast model", "forecast models"), _MAKE_OR_RUN),
    "presentation-skills": (("presentations",), _MAKE),
    "event-planning": (
        ("events", "event", "conferences", "conference", "trade shows", "celebrations",
         "fundraisers", "seminars"),
        _ORGANISE + r"|arrang\w*|handl\w*|manag\w*",
    ),
    "vendor-management": (
        ("vendors", "suppliers", "vendor relationships", "contractors", "subcontractors",
         "service providers", "creative agencies", "advertising agencies", "marketing agencies",
         "staffing agencies", "PR agencies", "PR firms"),
        _DEAL_WITH + r"|supervis\w*|liais\w*|interfac\w*|work(?:s|ed|ing)?\s+(?:closely\s+)?with",
    ),
    "data-entry": (("data", "customer data", "information", "records", "files"), _KEY_IN),
    "typing": (
        ("reports", "letters", "documents", "correspondence", "memos", "transcripts", "minutes",
         "proposals", "contracts", "subcontracts", "forms"),
        _TYPE,
    ),
    "cash-handling": (("cash", "cash deposits", "deposits", "cash receipts"), _TAKE_CASH),
    "market-research": (("market trends", "market conditions", "market data", "market", "markets"),
                        (*_WATCH, "understand", "understanding", "understood")),
    "cost-control": (
        ("costs", "expenses", "labor costs", "labor cost", "food costs", "food cost",
         "operating costs", "spending", "overhead"),
        _CUT_COSTS,
    ),
    "records-management": (("records", "files", "filing systems"), _KEEP),
    "contract-drafting": (("contracts", "agreements"), _DRAFT),
    "contract-management": (("contracts", "agreements"), _ADMINISTER),
    "contract-negotiation": (("contracts", "agreements", "contract terms"), _NEGOTIATE),
    "interviewing": (("interviews", "candidates", "applicants", "job applicants"), _INTERVIEW),
    "procurement": (
        ("supplies", "office supplies", "materials", "parts", "products", "merchandise"), _ORDER
    ),
    "data-visualization": (
        ("visualizations", "visualisations", "charts and graphs"), _MAKE + r"|provid\w*"
    ),
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
    "loss-prevention": (("shrink", "shrinkage", "theft"), _CUT_COSTS),
    "variance-analysis": (("variances", "budget variances", "cost variances"), _EXPLAIN),
    "performance-management": (
        ("employees", "staff", "staff members", "team members", "personnel", "subordinates",
         "direct reports", "instructors", "teachers"),
        ("evaluate", "evaluated", "evaluates", "evaluating", "appraise", "appraised", "appraises",
         "appraising"),
    ),
    "graphic-design": (("graphics", "graphic elements", "visual assets"), _MAKE),
    "bug-tracking": (
        ("defects", "bugs", "software defects", "test errors", "errors"),
        ("track", "tracked", "tracks", "tracking", "log", "logged", "logs", "logging"),
    ),
    "account-reconciliation": (
        ("accounts", "charges", "balances", "statements", "transactions", "ledgers",
         "ledger accounts", "general ledger accounts", "credit card statements"),
        ("reconcile", "reconciled", "reconciles", "reconciling"),
    ),
    "construction-estimating": (
        ("projects", "jobs", "bids", "project costs", "construction costs", "job costs"),
        ("estimate", "estimated", "estimates", "estimating"),
    ),
    "competitive-analysis": (
        ("competitors", "competitor activity", "competitor activities", "competitive landscape"),
        _WATCH,
    ),
    "technical-drawing": (
        ("mechanical drawings", "technical drawings", "detailed drawings", "assembly drawings",
         "CAD drawings", "manufacturing drawings", "2D drawings"),
        _DRAW,
    ),
    "curriculum-development": (("curriculum", "curricula", "curriculums"), _WRITE_CURRICULUM),
    "onboarding": (("orientations", "new hire orientations", "orientation sessions"), _CONDUCT),
    "training-needs-analysis": (("training needs", "learning needs"), _FIND_OUT),
    "needs-analysis": (
        ("client needs", "customer needs", "clients' needs", "customers' needs", "financial needs"),
        _FIND_OUT,
    ),
    "model-deployment": (
        ("models", "machine learning models", "ML models", "predictive models",
         "analytics solutions"),
        _DEPLOY,
    ),
    "strategic-planning": (
        ("strategic initiatives", "strategic goals", "long-range goals", "long-range plans",
         "strategic objectives", "strategic direction"),
        _SET_STRATEGY,
    ),
    "project-management": (("projects",), _LEAD),
    "risk-assessment": (("risks", "risk factors"), _FIND_OUT),
    "quality-inspection": (
        ("parts", "products", "components", "materials", "incoming materials", "finished goods",
         "welds", "shipments", "finished products"),
        ("inspect", "inspects", "inspected", "inspecting"),
    ),
    "payroll": (
        ("salary", "salaries", "wages", "paychecks", "payslips", "pay slips"),
        ("prepare", "prepared", "preparing", "calculate", "calculated", "calculating", "compute",
         "computed", "computing", "processed", "processing", "disburse", "disbursed",
         "disbursing"),
    ),
    "networking": (
        ("networks", "server networks", "computer networks", "LANs", "WANs", "LAN", "WAN"),
        ("install", "installed", "installing", "maintain", "maintained", "maintaining",
         "configure", "configured", "configuring", "administer", "administered", "administering",
         "troubleshoot", "troubleshot", "troubleshooting", "upgrade", "upgraded", "upgrading"),
    ),
    "software-development": (
        ("software", "software applications", "software tools", "software solutions"),
        ("build", "builds", "built", "building", "code", "coded", "coding", "program",
         "programmed", "programming"),
    ),
    "risk-management": (
        ("risks", "risk"),
        ("reduce", "reduced", "reduces", "reducing", "minimize", "minimized", "minimizing",
         "minimise", "minimised", "minimising", "lower", "lowered", "lowering", "mitigate",
         "mitigated", "mitigating"),
    ),
    "feasibility-study": (("feasibility",), (*_FIND_OUT, "conduct", "conducted", "conducting")),
    "business-process-modeling": (
        ("process flows", "process flow diagrams", "process maps", "work-flow charts",
         "workflow charts", "workflow diagrams", "flowcharts", "flow charts"),
        (*_DRAW, "document", "documented", "documenting", "map", "mapped", "mapping"),
    ),
    "kpi-management": (
        ("metrics", "performance metrics", "scorecards", "KPIs", "key performance indicators"),
        ("develop", "developed", "developing", "define", "defined", "defining", "establish",
         "established", "establishing", "create", "created", "creating", "design", "designed",
         "designing", "set", "track", "tracked", "tracking", "monitor", "monitored", "monitoring"),
    ),
    "requirements-gathering": (
        ("requirements", "business requirements", "user requirements", "functional requirements"),
        _GATHER,
    ),
    "market-segmentation": (
        ("market segments", "market segment", "target market", "target markets",
         "customer segments"),
        _SEGMENT,
    ),
    "branding": (("brand", "brands", "brand image", "brand identity"), _PROMOTE),
    "media-planning": (
        ("advertising", "media buys", "ad placements", "media placements", "ad campaigns"),
        _BUY_MEDIA,
    ),
    "survey-design": (("survey", "surveys", "questionnaire", "questionnaires"), _WRITE_SURVEY),
    "workforce-planning": (
        ("headcount", "staffing needs", "staffing levels", "staffing requirements", "manpower"),
        _PLAN_STAFF,
    ),
    "prospecting": (
        ("prospects", "potential clients", "potential customers", "new leads", "potential leads",
         "sales leads", "new clients", "new customers"),
        _FIND_PROSPECTS,
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
    "cooked": "cooking",
    "billed": "invoicing",
    "invoiced": "invoicing",
    "prospected": "prospecting",
    "architected": "software-architecture",
    "architecting": "software-architecture",
}
# A noun that is the first word of a compound names something else: "data science",
# "cash flow", "information technology".
_COMPOUND_HEAD = (
    r"[-\s]+(?:science|scientists?|analy\w*|engineer\w*|model\w*|visuali\w*|warehous\w*|"
    r"base|bases|sets?|mining|pipelines?|flows?|management|technology|systems?|security|"
    r"drivers?|cards?|engines?|programming|rendering)\b"
)
# "was hired as", "got negotiated": the person is the object, not the one doing the work.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|newly)\s+$", re.IGNORECASE)
_MAX_GAP_WORDS = 5
_GOVERNING_REACH = 120  # characters that surely hold the few words looked at
# "to" after "respond" ("responding to RFPs") and "with" after "work" ("worked with vendors")
# join the verb to its object; elsewhere they break.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?()]|(?<!respond )(?<!responds )(?<!responded )(?<!responding )\bto\b|"
    r"(?<!work )(?<!works )(?<!worked )(?<!working )(?<!closely )\bwith\b|"
    r"\b(?:for|by|from|which|that|who)\b",
    re.IGNORECASE,
)


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
        self._first_words = frozenset(self.nouns)
        self._verb_words = frozenset(self.verb_skills)

    def find(self, sentence: str, words: frozenset[str] | None = None) -> list[PhraseHit]:
        """Hits in ``sentence``; ``words`` are its distinct lower-case words when known."""
        words = sentence_words(sentence) if words is None else words
        hits: list[PhraseHit] = []
        done: set[str] = set()
        for first in sorted(words & self._first_words):
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
        for word in sorted(words & self._verb_words):
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
        r"analysis|financial|accounting)\s+|(?:faxed|scanned|filed|copied|photocopied|mailed|typed|printed|"
        r"transcribed|proofread)\s+(?:[\w-]+\s+){0,2})$",
        re.IGNORECASE,
    ),
    # "exit interviews", "press interviews", "user interviews": not hiring
    "interviewing": re.compile(
        r"\b(?:exit|press|media|user|customer|client|stakeholder|research|radio|television|tv)"
        r"\s+$",
        re.IGNORECASE,
    ),
    # "personal networks": people, not computers
    "networking": re.compile(r"\b(?:personal|professional|social|alumni|referral)\s+$", re.I),
    # "regulatory requirements", "job requirements": not a system's requirements
    "requirements-gathering": re.compile(
        r"\b(?:regulatory|legal|compliance|statutory|tax|safety|licensing|reporting|training|"
        r"education|educational|eligibility|job|minimum|physical|certification|audit)\s+$",
        re.IGNORECASE,
    ),
}
_VERB_AFTER: dict[str, re.Pattern[str]] = {
    "reporting": re.compile(r"\s+(?:on|back|to)\b", re.IGNORECASE)
}
_BARE_VERB_BEFORE = re.compile(r"(?:^|\band|\bor|\bto|,|/)\s*$", re.IGNORECASE)


# A noun that is a modifier of another noun: "market share", "market value".
_MODIFIER_OF: dict[str, re.Pattern[str]] = {
    "market-research": re.compile(
        r"[-\s]+(?:share|shares|segments?|leaders?|leadership|value|cap|caps|prices?|pricing|"
        r"needs|demands?|opportunit(?:y|ies)|position|access|entry|expansion|makers?)\b",
        re.IGNORECASE,
    )
}


def _other_kind(sentence: str, start: int, end: int, skill_id: str) -> bool:
    """Whether a work-product noun names another field's document, is the verb, or modifies
    another noun."""
    modified = _MODIFIER_OF.get(skill_id)
    if modified is not None and modified.match(sentence, end):
        return True
    before = _OTHER_KIND_BEFORE.get(skill_id)
    if before is None:
        return False
    if before.search(sentence, max(0, start - 60), start):
        return True
    verb_after = _VERB_AFTER.get(skill_id)
    return (
        verb_after is not None
        and bool(verb_after.match(sentence, end))
        and bool(_BARE_VERB_BEFORE.search(sentence, max(0, start - 10), start))
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
