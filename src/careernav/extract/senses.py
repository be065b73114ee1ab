"""Skill names used for something else: a department, a reporting line, a kind of tool.

"Work closely with Marketing and Sales teams", "stakeholders of Product development,
Engineering, Marketing", "reporting to the Finance Director", "data science tools such as R":
the words name a skill, the sentence names a team, a manager or the tools asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careernav.extract.duties import work_verb_governs
from careernav.extract.filters import TOOL_CATEGORIES
from careernav.taxonomy.model import SkillRecord

# "Marketing and Sales teams": the first of coordinated departments ends in a plural group noun.
_UNIT_PLURALS = ("teams", "departments", "divisions", "functions", "staff", "crews")
_COORDINATED_UNITS = re.compile(
    r"^(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?){1,4}"
    rf"\s+(?:{'|'.join(_UNIT_PLURALS)})\b",
    re.IGNORECASE,
)
# "Data science tools such as R", "a data science stack": a field naming the kind of tool.
_TOOL_KIND = re.compile(
    r"\s+(?:tools?|stack|toolkits?|libraries|packages|programm?ing languages?)\b", re.I
)
_FIELD_ENDINGS = ("Science", "Sciences", "Engineering")
# "stakeholders of Product development, Engineering, Marketing": a list of business units.
_UNITS_CUE = re.compile(
    r"\b(?:stakeholders|teams|departments|functions|groups|business units|part of the business)"
    r"\s*(?:\(|:|,?\s+such as\b|\s+like\b|\s+including\b|\s+of\b|\s+across\b)",
    re.IGNORECASE,
)
_UNIT_CUE_WORDS = ("stakeholders", "groups", "units", "business")  # and the plurals above
_UNIT_LIST = re.compile(r"^[A-Za-z\s,/&()-]*$")
_UNITS_REACH = 100


def coordinated_unit(sentence: str, end: int) -> bool:
    """Whether the word is the first of coordinated departments ("Marketing and Sales teams")."""
    return _unit_words(sentence)[0] and bool(_COORDINATED_UNITS.match(sentence[end : end + 80]))


# "data science applications", "a data science roadmap", "the data science space": a field
# naming what a thing belongs to, not a skill practised.
_FIELD_OF_THING = re.compile(
    r"\s+(?:applications|roadmaps?|space|field|fields|thought|strateg(?:y|ies)|platforms?|products|"
    r"capabilities|community|organi[sz]ations?|functions?|initiatives|design|specs|specifications|"
    r"landscape|world|opportunities|lab|labs|laboratory)\b"
)


_MASTERY = re.compile(r"\b(?:expert\w*|proficien\w*|skilled|mastery|knowledge)\b", re.IGNORECASE)


def names_tool_kind(sentence: str, end: int, name: str) -> bool:
    """Whether a field of study qualifies the tools that follow ("data science tools such as
    R", "a data science stack"): the tools are the skills asked for, not the field; or the
    thing it qualifies ("data science applications", "a data science roadmap")."""
    if not name.endswith(_FIELD_ENDINGS):
        return False
    if _TOOL_KIND.match(sentence, end):
        return True
    thing = _FIELD_OF_THING.match(sentence, end)
    # "an expert in the Data Science field" claims the field itself.
    return thing is not None and _MASTERY.search(sentence, max(0, end - 80), end) is None


# "Work with sales and finance to make sure ...": a business function as a partner to work with.
_WORK_WITH = re.compile(
    r"\bwork(?:s|ing)?\s+(?:closely\s+)?with\s+(?:the\s+)?(?:[a-z][\w-]*\s*(?:,|and|&|/)\s*)?$",
    re.IGNORECASE,
)
_PARTNER_AFTER = re.compile(r"(?:\s*(?:,|and|&|/)\s*[a-z][\w-]*)?\s+(?:to|on)\b", re.I)
_FUNCTION_CATEGORIES = {
    "Marketing", "Sales and customer success", "Product management", "Finance and accounting",
    "Human resources", "Legal",
}  # fmt: skip


def works_with_function(sentence: str, start: int, end: int, category: str) -> bool:
    """Whether a business function is named as a partner ("Work with marketing to help them
    understand ..."), not as the role's own skill."""
    return (
        category in _FUNCTION_CATEGORIES
        and _WORK_WITH.search(sentence, max(0, start - 40), start) is not None
        and _PARTNER_AFTER.match(sentence, end) is not None
    )


# "work closely with the Scientific Affairs, Proposals and Business Development to ...",
# "Working with external clients, R&D, Quality Control and GMP Manufacturing, the scientist
# will ...": capitalised names listed as the units a role works with.
_PARTNER_CUE = re.compile(
    r"(?:^Working|\b(?i:work(?:s|ing)?\s+closely|liais(?:e|es|ing)|collaborat(?:e|es|ing)|"
    r"interact(?:s|ing)?|partner(?:s|ing)?))\s+with\s+"
)
_PARTNER_LIST = re.compile(r"^[A-Za-z\s,/&'-]*$")
# "Working with software like Excel and SSRS", "Partners with business units to create the
# bank's Business Continuity plans": tools named, or the list has ended.
_NOT_PARTNERS = re.compile(
    r"\b(?:to|for|by|on|that|which|like|such|including|software|tools?|systems?|platforms?)\b",
    re.IGNORECASE,
)
_PARTNER_REACH = 80


def named_partner_unit(sentence: str, start: int, category: str) -> bool:
    """Whether a capitalised name is one of the units a role works with ("liaise with
    Proposals and Business Development"), not a skill the role practises."""
    if start == 0 or not sentence[start].isupper() or category in TOOL_CATEGORIES:
        return False
    cues = list(_PARTNER_CUE.finditer(sentence, max(0, start - _PARTNER_REACH), start))
    if not cues:
        return False
    between = sentence[cues[-1].end() : start]
    return bool(_PARTNER_LIST.match(between)) and _NOT_PARTNERS.search(between) is None


def in_unit_list(sentence: str, start: int, category: str) -> bool:
    """Whether a field's name is one of the business units a cue lists ("stakeholders of
    Product development, Engineering, Marketing, Sales"): teams to work with, not skills."""
    if category in TOOL_CATEGORIES or not _unit_words(sentence)[1]:
        return False
    window_start = max(0, start - _UNITS_REACH)
    cues = list(_UNITS_CUE.finditer(sentence, window_start, start))
    return bool(cues) and bool(_UNIT_LIST.match(sentence[cues[-1].end() : start]))


# Words of a skill's name used in their everyday sense, told by what follows them: "reporting
# to the Finance Director" is a reporting line, "compliance with client deadlines" punctuality.
_REPORTS_TO = re.compile(
    r"\s+(?:directly\s+)?to\s+(?:the\s+|a\s+|an\s+|our\s+|his\s+|her\s+)?"
    r"(?:[A-Z]|(?:[\w-]+\s+){0,2}(?:manager|director|head|lead|supervisor|officer|president|"
    r"partner|chief|vp|ceo|cfo|coo|cto)\b)"
)
_WITH_DEADLINES = re.compile(
    r"\s+(?:with|to)\s+(?:[\w-]+\s+){0,2}(?:deadlines|timelines|schedules|due dates)\b", re.I
)
# "Drafting and editing documents (memos, letters)", "drafting both corporate and executive
# communications": drafting text, not technical drawings.
_DRAFTS_TEXT = re.compile(
    r"(?:\s+(?:and|&|/)\s+[a-z]+ing)?\s+(?:of\s+)?(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:documents?|letters?|memos?|emails?|e-mails?|contracts?|agreements?|correspondence|"
    r"communications?|policies|procedures|proposals?|speeches|minutes|press\s+releases?)\b",
    re.IGNORECASE,
)
_COUNTRY = re.compile(r"\s+republic\b", re.IGNORECASE)  # "Czech Republic": a country
# "Markdown/promotional procedures", "markdowns and pricing": a price cut in retail, not the
# markup language.
_PRICE_CUT = re.compile(
    r"s?\s*(?:(?:/|&|,|\band\b|\bor\b)\s*)?(?:promo\w*|pric\w*|clearance|markups?|sales?|"
    r"merchandis\w*|signs?|signage|procedures|process\w*|optimi[sz]\w*)\b",
    re.IGNORECASE,
)
# "analysed sales data", "weekly sales reports": figures about sales, not selling.
_SALES_FIGURES = re.compile(
    r"\s+(?:data|figures|numbers|trends|metrics|statistics|volumes?|forecasts?|reports?|"
    r"reporting|analysis|analytics|results|history)\b",
    re.IGNORECASE,
)
_EVERYDAY_SENSE = {
    "report": _REPORTS_TO, "reports": _REPORTS_TO, "reporting": _REPORTS_TO,
    "compliance": _WITH_DEADLINES, "drafting": _DRAFTS_TEXT, "czech": _COUNTRY,
    "slovak": _COUNTRY, "markdown": _PRICE_CUT, "markdowns": _PRICE_CUT,
    "sales": _SALES_FIGURES,
}  # fmt: skip


# "HIPAA/HITECH compliance", "compliance with GCP guidelines": compliance with one named rule
# set, which is the skill to record, not regulatory compliance at large.
_NAMED_RULES_BEFORE = re.compile(
    r"(?:(?<![\w/-])[a-z]?[A-Z]{2,}\w*(?:/[a-z]?[A-Z]{2,}\w*)*|\b(?i:codes?|protocols?|company))\s+$"
)
_NAMED_RULES_AFTER = re.compile(r"\s+with\s+(?:the\s+)?[a-z]?[A-Z]{2,}\w*(?![\w-])")
_NAMED_RULES_KEYS = frozenset({"compliance"})


# "supporting materials for internal and external audits", "records for annual audits",
# "timely completion of audits": audits the person supports or undergoes, not performs.
_AUDITS_UNDERGONE = re.compile(r"\b(?:for|of|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def audits_undergone(sentence: str, start: int, end: int, key: str) -> bool:
    """Whether audits are named as what the work is for ("materials for audits")."""
    return (
        key.endswith("audit")
        and sentence.endswith("audits", start, end)
        and _AUDITS_UNDERGONE.search(sentence, max(0, start - 40), start) is not None
    )


# "an agile, dynamic startup environment", "an agile and fast-paced team": nimble, not the
# Agile method.
_AGILE_ADJECTIVE = re.compile(
    r"(?:\s*,|\s+and)\s+(?!(?:scrum|kanban|lean|waterfall|devops|iterative|scaled|safe)\b)[a-z]"
)


# "retail market leaders", "a monthly retail calendar", "in the retail aspect of the business":
# the trade a business is in, not a skill.
_SECTOR_WORD = re.compile(r"\s+(?!(?:and|or|to|in|of|with|for|at|by|as)\b)[a-z]")


def everyday_sense(sentence: str, key: str, end: int, start: int = 0) -> bool:
    """Whether a skill's word (its matched ``key``) is used in its everyday sense ("reporting
    to the CFO") or names compliance with one named rule set ("HIPAA compliance")."""
    pattern = _EVERYDAY_SENSE.get(key)
    if pattern is not None and pattern.match(sentence, end) is not None:
        return True
    if key == "retail":
        return _SECTOR_WORD.match(sentence, end) is not None or sentence.endswith(
            "the ", max(0, start - 4), start
        )
    if key == "agile" and sentence.startswith("agile", start):
        return _AGILE_ADJECTIVE.match(sentence, end) is not None
    return key in _NAMED_RULES_KEYS and (
        _NAMED_RULES_BEFORE.search(sentence, max(0, start - 40), start) is not None
        or _NAMED_RULES_AFTER.match(sentence, end) is not None
    )


# "Job Description" as a heading or "job description provided below" names the posting
# itself; "created and modified job descriptions" is the skill of writing them.
_DOCUMENT_NAMES = frozenset({"job description", "job descriptions"})
_LIST_MARKS = re.compile(r"[,;|•]")


def names_the_document(sentence: str, start: int, key: str) -> bool:
    """Whether a document's name ("job description") names a document, not the work of
    writing one: no work verb governs it and it is no list item."""
    return (
        key in _DOCUMENT_NAMES
        and not work_verb_governs(sentence, start)
        and len(_LIST_MARKS.findall(sentence)) < 2
    )


# "prestigious companies such as Advantage Mortgage, Progressive Nursing, Nortel Networks":
# capitalised names in a list of organisations are the organisations' names.
_ORGANISATION_WORDS = (
    "companies", "firms", "clients", "customers", "contractors", "subcontractors", "vendors",
    "suppliers", "partners", "organizations", "organisations", "employers", "brands",
    "agencies", "institutions", "retailers", "banks",
)  # fmt: skip
_ORGANISATIONS_CUE = re.compile(
    rf"\b(?:{'|'.join(_ORGANISATION_WORDS)})"
    r"\s*(?:,\s*)?(?:such as|like|including|e\.g\.|incl\.)\s+"
    # only names before the mention: capitalised words, commas, "and", "&"
    r"(?:(?-i:[A-Z][\w.&'-]*)\s*|,\s*|and\s+|&\s*)*$",
    re.IGNORECASE,
)


def in_organisation_list(sentence: str, start: int) -> bool:
    """Whether a capitalised name stands in a list of organisations ("companies such as ...")."""
    if not sentence[start : start + 1].isupper():
        return False
    return _ORGANISATIONS_CUE.search(sentence, max(0, start - 160), start) is not None


# Words one of which each check in names_something_else needs, as sentence_words gives them.
_OTHER_SENSE_WORDS = frozenset({
    "report", "reports", "reporting", "compliance", "drafting", "czech", "slovak", "markdown",
    "markdowns", "sales", "tool", "tools", "toolkit", "toolkits", "stack",
    "libraries", "packages", "programming", "programing", *_UNIT_PLURALS, "stakeholders", "groups",
    "units", "part", "work", "works", "working", "description", "descriptions", "applications",
    "roadmap", "roadmaps", "space", "field", "fields", "thought", "strategy", "strategies",
    "audits", "agile", "retail", "support", "from", "pertaining", "related", "relating", "liaise",
    "liaises", "liaising", "collaborate", "collaborates", "collaborating", "interact", "interacts",
    "interacting", "partner", "partners", "partnering", "platform", "platforms", "products",
    "capabilities", "community", "organization", "organizations", "organisation", "organisations",
    "function", "functions", "initiatives", "design", "specs", "specifications", "landscape",
    "world", "opportunities", "lab", "labs", "laboratory", *_ORGANISATION_WORDS,
})  # fmt: skip


def may_name_something_else(words: frozenset[str]) -> bool:
    """Whether a sentence's lower-case words hold one that names_something_else needs."""
    return not _OTHER_SENSE_WORDS.isdisjoint(words)


# "Modelling data and metadata to support machine learning and AI", "a budget to support fire
# suppression operations": the work the role serves, not the skill it practises.
_SERVES = re.compile(
    r"(?:\b(?:to|that|which|will)\s+support|\bin\s+support\s+of)\s+"
    r"(?:(?:the|our|your|their|all|new|future|ongoing)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "Use data from social media, online reviews ...", "evaluate spectral data from new sensors":
# where data comes from, not a skill.
_DATA_SOURCE = re.compile(
    r"\b(?:data|information|feedback)\s+(?:(?:collected|gathered|pulled)\s+)?from\s+"
    r"(?:(?:the|our|new|multiple|various|existing)\s+)?$"
    # "Record data pertaining to experimentation, research, or animal care": what records are
    # about.
    r"|\b(?:data|information|records|reporting|reports)\s+(?:pertaining|related|relating)\s+to\s+"
    r"(?:(?:the|all|any)\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}$",
    re.IGNORECASE,
)


def serves_work(sentence: str, start: int) -> bool:
    """Whether the name is the work that the sentence's duty supports, or a source of data."""
    window = max(0, start - 60)
    before = sentence[window:start].lower()
    # Each pattern needs one of these words: a substring test is far cheaper than a search.
    if "support" in before and _SERVES.search(sentence, window, start) is not None:
        return True
    return ("from" in before or "relat" in before or "pertain" in before) and (
        _DATA_SOURCE.search(sentence, window, start) is not None
    )


def names_something_else(
    sentence: str, start: int, end: int, key: str, name: str, category: str
) -> bool:
    """Whether a mention names a reporting line, a kind of tool or the thing a field qualifies,
    the document, audits undergone, the work a duty supports or a source of data, a business
    unit or a partner function rather than the skill: the checks above, cheapest first."""
    if everyday_sense(sentence, key, end, start) or names_tool_kind(sentence, end, name):
        return True
    if names_the_document(sentence, start, key) or audits_undergone(sentence, start, end, key):
        return True
    if sentence[start:end].islower() and serves_work(sentence, start):
        return True  # "to support machine learning", but "to support SAP users" names SAP
    if in_organisation_list(sentence, start):
        return True
    if category in TOOL_CATEGORIES:
        return False
    return (
        coordinated_unit(sentence, end)
        or in_unit_list(sentence, start, category)
        or works_with_function(sentence, start, end, category)
        or named_partner_unit(sentence, start, category)
    )


@lru_cache(maxsize=8192)
def _unit_words(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence holds a plural unit noun ("teams") and a unit-list cue's word."""
    lowered = sentence.lower()
    plural = any(word in lowered for word in _UNIT_PLURALS)
    cue = (plural or any(word in lowered for word in _UNIT_CUE_WORDS)) and bool(
        _UNITS_CUE.search(sentence)
    )
    return plural, cue


# "Entrepreneurship Development Institute of India (EDI)": an acronym that the words before it
# spell out names what they name, here an institute, not Electronic Data Interchange.
_EXPANSION_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "&"})
_EXPANSION_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|&")


def acronym_spells_other(sentence: str, start: int, end: int, skill: SkillRecord) -> bool:
    """Whether a bracketed acronym is spelt out just before it ("... Institute of India (EDI)":
    the spelt words may stop up to two words short of the bracket) in words that share none
    with the skill's name and aliases."""
    acronym = sentence[start:end]
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    if start < 2 or sentence[start - 1] != "(":
        return False
    words = [
        w
        for w in _EXPANSION_WORD.findall(sentence[max(0, start - 120) : start - 1])
        if w.lower() not in _EXPANSION_SKIP
    ]
    for trailing in range(3):
        stop = len(words) - trailing
        spelt = words[max(0, stop - len(acronym)) : stop]
        if len(spelt) == len(acronym) and "".join(w[0] for w in spelt).upper() == acronym:
            # another thing only when it shares no word with the skill's names ("Failure
            # Mode Effect Analysis (FMEA)" is a variant of the name, not another thing)
            named = {word for name in (skill.name, *skill.aliases) for word in _loose(name).split()}
            return named.isdisjoint(_loose(" ".join(spelt)).split())
    return False


def _loose(name: str) -> str:
    """A name compared loosely: lower case, -ise spelt -ize, no plural s, no linking words."""
    words = name.lower().replace("isation", "ization").replace("-", " ").split()
    return " ".join(
        w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _EXPANSION_SKIP
    )
