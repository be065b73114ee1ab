"""Mentions that name a skill's word but not the skill: degree fields, departments, URLs."""

from __future__ import annotations

import re
from functools import lru_cache

from careernav.extract.guards import guarded

# "B.S. in Computer Science", "degree in Mathematics, Statistics or a related field"
_DEGREE = re.compile(
    r"\b(?:degrees?|bachelor'?s?|masters?|master's|ph\.?\s?d\.?|doctorate|diploma|mba|"
    r"b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?\s?a\.?|m\.?\s?a\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?e\.?|"
    r"b\.?\s?com|associate'?s?|major(?:ed|ing)?|minor|graduate|concentrations?)"
    r"\s+(?:degree\s+)?(?:(?:preferred|required|or equivalent)\s+)?(?:in|of)\b",
    re.IGNORECASE,
)
# Every degree phrase ends in "in" or "of": a cheap test before the long pattern.
_DEGREE_TAIL = re.compile(r"\s(?:in|of)\b", re.IGNORECASE)
_FIELD_LIST = re.compile(r"^[\w\s,/&()'.:-]*$")
_NOT_A_FIELD = re.compile(
    r"\b(?:with|experience|using|skills?|knowledge|including|proficien\w*|and\s+\d)\b", re.I
)
# "the Sales team", "Marketing Manager": a department or a job title, not the skill itself.
_ROLE_NOUN = re.compile(
    r"^\s+(?:team|teams|department|dept|division|group|manager|managers|director|head|"
    r"representative|associate|executive|officer|assistant|coordinator|clerk|specialist|"
    r"intern|lead|leader|leaders|leadership|supervisor|staff|professional|professionals|"
    r"industry|sector|firm|company|agency|vp)\b",
    re.IGNORECASE,
)
_TOOL_CATEGORIES = {
    "Programming languages", "Libraries and frameworks", "Databases", "Cloud and DevOps",
    "Business software", "Web and mobile development", "Machine learning and AI",
    "Project management",  # "Scrum team", "Agile team": the practice, not a department
}  # fmt: skip
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


# An education line that only names a school, place or field of study ("Computer Science",
# "Liberal Arts", "State University City , State") states a degree, not knowledge shown.
_COURSE_CUE = re.compile(r"cours|class|training|certif|seminar|workshop|program", re.IGNORECASE)
_PLACE = re.compile(r"\bCity\s*,\s*State\b")
_MAX_FIELD_WORDS = 5


def names_degree_field(line: str) -> bool:
    """Whether an education-section line names a degree's field rather than coursework."""
    if _COURSE_CUE.search(line):
        return False
    return len(line.split()) <= _MAX_FIELD_WORDS or bool(_PLACE.search(line))


def mask_urls(text: str) -> str:
    """Blank out web and e-mail addresses, keeping offsets ("http" is not HTTP the skill)."""
    if "://" not in text and "www." not in text.lower() and "@" not in text:
        return text
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def in_degree_field(sentence: str, start: int) -> bool:
    """Whether a mention is a field of study in a degree phrase."""
    if not _mentions_degree(sentence):
        return False
    window = sentence[max(0, start - 90) : start]
    cues = list(_DEGREE.finditer(window))
    if not cues:
        return False
    between = window[cues[-1].end() :]
    return bool(_FIELD_LIST.match(between)) and not _NOT_A_FIELD.search(between)


# "Marketing and Sales teams": the first of coordinated departments ends in a plural group noun.
_COORDINATED_UNITS = re.compile(
    r"^(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?){1,4}"
    r"\s+(?:teams|departments|divisions|functions)\b",
    re.IGNORECASE,
)
_UNIT_PLURALS = ("teams", "departments", "divisions", "functions")
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


def names_department(sentence: str, end: int, category: str, *, ambiguous: bool = False) -> bool:
    """Whether the word is a department or title ("Sales team", "Marketing Manager"); a tool's
    name only counts as one when it is also an ordinary word ("Project Manager")."""
    if category in _TOOL_CATEGORIES and not ambiguous:
        return False
    return bool(_ROLE_NOUN.match(sentence[end : end + 30]))


def coordinated_unit(sentence: str, end: int) -> bool:
    """Whether the word is the first of coordinated departments ("Marketing and Sales teams")."""
    return _unit_words(sentence)[0] and bool(_COORDINATED_UNITS.match(sentence[end : end + 80]))


def names_tool_kind(sentence: str, end: int, name: str) -> bool:
    """Whether a field of study qualifies the tools that follow ("data science tools such as
    R", "a data science stack"): the tools are the skills asked for, not the field."""
    return name.endswith(_FIELD_ENDINGS) and bool(_TOOL_KIND.match(sentence, end))


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


def in_unit_list(sentence: str, start: int, category: str) -> bool:
    """Whether a field's name is one of the business units a cue lists ("stakeholders of
    Product development, Engineering, Marketing, Sales"): teams to work with, not skills."""
    if category in _TOOL_CATEGORIES or not _unit_words(sentence)[1]:
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
_EVERYDAY_SENSE = {
    "report": _REPORTS_TO, "reports": _REPORTS_TO, "reporting": _REPORTS_TO,
    "compliance": _WITH_DEADLINES,
}  # fmt: skip


def everyday_sense(sentence: str, key: str, end: int) -> bool:
    """Whether a skill's word (its matched ``key``) is used in its everyday sense ("reporting
    to the CFO")."""
    pattern = _EVERYDAY_SENSE.get(key)
    return pattern is not None and pattern.match(sentence, end) is not None


# Words one of which each check in names_something_else needs, as sentence_words gives them.
_OTHER_SENSE_WORDS = frozenset({
    "report", "reports", "reporting", "compliance", "tool", "tools", "toolkit", "toolkits",
    "stack", "libraries", "packages", "programming", "programing", *_UNIT_PLURALS,
    "stakeholders", "groups", "units", "part", "work", "works", "working",
})  # fmt: skip


def may_name_something_else(words: frozenset[str]) -> bool:
    """Whether a sentence's lower-case words hold one that names_something_else needs."""
    return not _OTHER_SENSE_WORDS.isdisjoint(words)


def names_something_else(
    sentence: str, start: int, end: int, key: str, name: str, category: str
) -> bool:
    """Whether a mention names a reporting line, a kind of tool, a business unit or a partner
    function rather than the skill: the checks above, cheapest first."""
    if everyday_sense(sentence, key, end) or names_tool_kind(sentence, end, name):
        return True
    if category in _TOOL_CATEGORIES:
        return False
    return (
        coordinated_unit(sentence, end)
        or in_unit_list(sentence, start, category)
        or works_with_function(sentence, start, end, category)
    )


# Postings describe the company too; its products and markets are not the role's skills.
_COMPANY_VOICE = re.compile(
    r"\b(?:we|our|us|company|founded|headquartered|customers|clients|leader in|leading)\b", re.I
)
_CANDIDATE_VOICE = re.compile(
    r"\b(?:you|your|candidate|applicant|experience|skills?|knowledge|ability|proficien\w*|"
    r"familiar\w*|expertise|degree|required|preferred|must|will)\b",
    re.IGNORECASE,
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


@lru_cache(maxsize=8192)
def _mentions_degree(sentence: str) -> bool:
    return _DEGREE_TAIL.search(sentence) is not None and _DEGREE.search(sentence) is not None


# "Kroll is the premier ...", "It also provides ...": a sentence that introduces the employer.
_COMPANY_INTRO = re.compile(
    r"^(?:(?i:it|they)|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+(?:also\s+)?"
    r"(?:(?:is|are|was|has been)\s+(?:a|an|the|one of|featured|headquartered|backed|recognized|"
    r"ranked|trusted|proud)|(?:provides|offers|serves|helps|enables|delivers|operates|builds))\b"
)
_ROLE_VOICE = re.compile(
    r"\b(?:you|your|must|required|preferred|plus|candidates?|applicants?)\b", re.I
)
_OUR_NOUN = re.compile(
    r"\b(?:our|its|their)\s+(?:\w+\s+)?(?:experience|expertise|knowledge|skills?)\b", re.I
)


# "As HFI, we manufacture ...", "The hub provides ...", "In future, the hub will also support
# ...": the employer, or a unit of it, doing its business.
_COMPANY_DOES = re.compile(
    r"^(?:(?:As|At|In|Today|Since|Together)\b[^,]{0,40},\s*)?"
    r"(?:(?:we|it)|(?P<unit>(?:the|our|this)\s+(?:[A-Za-z-]+\s+){0,2}(?:company|hub|platform|"
    r"firm|group|business|organi[sz]ation|team)))\s+(?:(?:also|will|now|currently|proudly)\s+){0,2}"
    r"(?:manufactur|provid|offer|serv|deliver|build|sell|operat|support|enabl|speciali[sz]|"
    r"anticipat|distribut|produc|has\s+(?:organi[sz]ed|built|grown)|(?P<is>is\s+(?:a|an)\b))",
    re.IGNORECASE,
)


def _company_does(sentence: str) -> bool:
    """ "We manufacture ...", "The hub provides ...", "The Data team is an agile group": only a
    named unit, not "it", is described by "is a" ("It is a chance to use Python")."""
    found = _COMPANY_DOES.match(sentence)
    return found is not None and (found.group("is") is None or found.group("unit") is not None)


@lru_cache(maxsize=8192)
def describes_company(sentence: str) -> bool:
    """A posting sentence about the employer rather than the role ("We serve 500 clients")."""
    stripped = sentence.strip()
    if _company_does(stripped):
        return True
    if _COMPANY_INTRO.match(stripped) and not _ROLE_VOICE.search(sentence):
        return True
    if not _COMPANY_VOICE.search(sentence):
        return False
    return not _CANDIDATE_VOICE.search(_OUR_NOUN.sub(" ", sentence))


# The hiring process and web page code: equal-opportunity notices, agencies, accommodations.
_HIRING_NOTICE = guarded(
    r"\b(?:equal (?:employment )?opportunity|affirmative action|reasonable accommodations?|"
    r"recruit(?:ing|ment) agenc(?:y|ies)|submit (?:your )?resumes?|E-Verify|"
    r"regard to (?:race|age|sex)|without regard)\b|function\s*\(|\bvar\s+\w+\s*=|document\.\w+\(",
    anchors=(
        "equal",
        "affirmative",
        "accommodation",
        "agenc",
        "submit",
        "e-verify",
        "regard",
        "function",
        "var",
        "document.",
    ),
)


@lru_cache(maxsize=8192)
def hiring_notice(sentence: str) -> bool:
    """A posting sentence about applying or equal opportunity, or page code, not the role."""
    return _HIRING_NOTICE.search(sentence) is not None
