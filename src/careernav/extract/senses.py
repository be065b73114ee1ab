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
_EVERYDAY_SENSE = {
    "report": _REPORTS_TO, "reports": _REPORTS_TO, "reporting": _REPORTS_TO,
    "compliance": _WITH_DEADLINES,
}  # fmt: skip


def everyday_sense(sentence: str, key: str, end: int) -> bool:
    """Whether a skill's word (its matched ``key``) is used in its everyday sense ("reporting
    to the CFO")."""
    pattern = _EVERYDAY_SENSE.get(key)
    return pattern is not None and pattern.match(sentence, end) is not None


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


# Words one of which each check in names_something_else needs, as sentence_words gives them.
_OTHER_SENSE_WORDS = frozenset({
    "report", "reports", "reporting", "compliance", "tool", "tools", "toolkit", "toolkits",
    "stack", "libraries", "packages", "programming", "programing", *_UNIT_PLURALS,
    "stakeholders", "groups", "units", "part", "work", "works", "working", "description",
    "descriptions",
})  # fmt: skip


def may_name_something_else(words: frozenset[str]) -> bool:
    """Whether a sentence's lower-case words hold one that names_something_else needs."""
    return not _OTHER_SENSE_WORDS.isdisjoint(words)


def names_something_else(
    sentence: str, start: int, end: int, key: str, name: str, category: str
) -> bool:
    """Whether a mention names a reporting line, a kind of tool, the document, a business unit
    or a partner function rather than the skill: the checks above, cheapest first."""
    if everyday_sense(sentence, key, end) or names_tool_kind(sentence, end, name):
        return True
    if names_the_document(sentence, start, key):
        return True
    if category in TOOL_CATEGORIES:
        return False
    return (
        coordinated_unit(sentence, end)
        or in_unit_list(sentence, start, category)
        or works_with_function(sentence, start, end, category)
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
