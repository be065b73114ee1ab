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
    r"\s+(?:degree\s+)?(?:(?:preferred|required|or equivalent(?: work)?(?: experience)?)\s+)?"
    r"(?:in|of)\b"
    # "from a premier institution, preferably in Electronics"
    r"|\b(?:institut(?:e|ion)s?|universit(?:y|ies)|college)\s*,\s*(?:preferably|ideally)\s+in\b",
    re.IGNORECASE,
)
# "quantitative background (data science, applied mathematics or statistics)"
_BACKGROUND = re.compile(
    r"\b(?:quantitative|academic|educational|scientific)\s+(?:background|discipline|field)s?"
    r"\s*(?:\(|:|\bin\b|,?\s+such as\b|,?\s+e\.g\.)",
    re.IGNORECASE,
)
# Every degree phrase ends in "in" or "of": a cheap test before the long pattern.
_DEGREE_TAIL = re.compile(r"\s(?:in|of)\b", re.IGNORECASE)
_FIELD_LIST = re.compile(r"^[\w\s,/&()'.:-]*$")
_NOT_A_FIELD = re.compile(
    r"\b(?:with|experience|using|skills?|knowledge|including|proficien\w*|and\s+\d|that|which|"
    r"requir\w*|training)\b",
    re.I,
)
# "the Sales team", "Marketing Manager": a department or a job title, not the skill itself.
_ROLE_NOUN = re.compile(
    r"^\s+(?:(?:lab|laboratory|research|services?)\s+)?"
    r"(?:team|teams|department|dept|division|group|manager|managers|director|head|"
    r"representative|associate|executive|officer|assistant|coordinator|clerk|specialist|"
    r"intern|lead|leader|leaders|leadership|supervisor|staff|professional|professionals|"
    r"industry|sector|firm|company|agency|vp|technicians?|engineers?|scientists?|analysts?|"
    r"consultants?|developers?|designers?|administrators?|graduates?|students?|instructors?|"
    r"trainees?|folks|people|personnel|counterparts)\b",
    re.IGNORECASE,
)
# "Oracle Health Data & Analytics Platform", "the Social Media Calendar", "Waste Water Treatment
# Center": a capitalised name of a product, a document or a place.
_NAMED_PLACE = re.compile(
    r"^\s+(?:Center|Centre|Platform|Plant|Calendar|Office|Bureau|Agency|Department|Division)\b"
)
TOOL_CATEGORIES = {
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
    if not _field_cues(sentence):
        return False
    window = sentence[max(0, start - 160) : start]
    ends = [m.end() for pattern in _field_cues(sentence) for m in pattern.finditer(window)]
    if not ends:
        return False
    between = window[max(ends) :]
    return bool(_FIELD_LIST.match(between)) and not _NOT_A_FIELD.search(between)


# "Rancho Cordova, CA, USA", "Spring, TX 77379": a town before its US state.
_STATE_AFTER = re.compile(
    r"^\s*,\s*([A-Z][A-Za-z])(?:\s*,\s*(?:USA|U\.S\.A?\.?|US|United States)\b|\s+\d{5}\b|\s*$)"
)
_US_STATES = frozenset(
    re.findall(
        r"\w\w",
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC",
    )
)


def names_town(sentence: str, end: int) -> bool:
    """Whether a capitalised name is a town, followed by its US state ("Rancho Cordova, CA")."""
    found = _STATE_AFTER.match(sentence[end : end + 40])
    return found is not None and found.group(1).upper() in _US_STATES


# "National Academy of Sports Medicine", "Project Management Institute": a capitalised name
# inside an institution's name names the institution, not a skill.
_INSTITUTION_WORDS = (
    "Institute", "Academy", "Association", "Society", "Council", "Federation", "Foundation",
)  # fmt: skip
_INSTITUTIONS = rf"(?:{'|'.join(_INSTITUTION_WORDS)})"
_INSTITUTION_BEFORE = re.compile(
    rf"\b{_INSTITUTIONS}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){{0,3}}$"
)
_INSTITUTION_AFTER = re.compile(rf"^\s+(?:[A-Z][\w&'-]*\s+){{0,2}}{_INSTITUTIONS}\b")


def in_institution_name(sentence: str, start: int, end: int) -> bool:
    """Whether a capitalised name is part of an institution's name."""
    if not sentence[start : start + 1].isupper():
        return False
    if not any(word in sentence for word in _INSTITUTION_WORDS):
        return False  # most sentences name no institution: skip the two searches
    return bool(
        _INSTITUTION_BEFORE.search(sentence, max(0, start - 80), start)
        or _INSTITUTION_AFTER.match(sentence[end : end + 60])
    )


def names_department(sentence: str, end: int, category: str, *, ambiguous: bool = False) -> bool:
    """Whether the word is a department or title ("Sales team", "Marketing Manager"); a tool's
    name only counts as one when it is also an ordinary word ("Project Manager")."""
    if category in TOOL_CATEGORIES and not ambiguous:
        return False
    following = sentence[end : end + 30]
    return bool(_ROLE_NOUN.match(following) or _NAMED_PLACE.match(following))


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
def _field_cues(sentence: str) -> tuple[re.Pattern[str], ...]:
    """The field-of-study cues a sentence holds: a degree phrase, an academic background."""
    degree = _DEGREE_TAIL.search(sentence) is not None and _DEGREE.search(sentence) is not None
    # Its words without the first letter: any casing is found without lower-casing.
    background = (
        "ackground" in sentence or "iscipline" in sentence or "ield" in sentence
    ) and bool(_BACKGROUND.search(sentence))
    if not background:
        return (_DEGREE,) if degree else ()
    return (_DEGREE, _BACKGROUND) if degree else (_BACKGROUND,)


# "Kroll is the premier ...", "It also provides ...": a sentence that introduces the employer.
# "Gracenote, a Nielsen company, provides ...", "Acme makes ...", "About Acme".
_COMPANY_INTRO = re.compile(
    r"^(?:(?i:it|they)|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}(?:,\s+an?\s+[^,]{1,40},)?)"
    r"\s+(?:also\s+)?(?:(?:is|are|was|has been)\s+(?:a|an|the|one of|featured|headquartered|"
    r"backed|recognized|ranked|trusted|proud)|has\s+(?:showcased|grown|become|raised)|"
    r"(?:provides|offers|serves|helps|enables|delivers|operates|builds|makes|features|powers|"
    r"supports|works\s+with))\b"
    r"|^About\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\s*:?$"
)
_ROLE_VOICE = re.compile(
    r"\b(?:you|your|must|required|preferred|plus|candidates?|applicants?)\b", re.I
)
# "our expertise", "a better customer experience": the company's, not the candidate's.
_OUR_NOUN = re.compile(
    r"\b(?:(?:our|its|their)\s+(?:\w+\s+)?(?:experience|expertise|knowledge|skills?)|"
    r"(?:customer|employee|user|guest|patient|shopping|digital)\s+experiences?)\b",
    re.I,
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
    # "equal employment opportunity practices" and "affirmative action plans" are HR skills
    r"\b(?:equal (?:employment )?opportunity(?! (?:practices|compliance|laws|regulations))|"
    r"affirmative action(?! (?:plans?|programs?|compliance))|reasonable accommodations?|"
    r"recruit(?:ing|ment) agenc(?:y|ies)|submit (?:your )?resumes?|E-Verify|"
    r"regard to (?:race|age|sex)|without regard|irrespective of|"
    r"regardless of (?:race|age|sex|gender)|sexual orientation|gender identity)\b|"
    r"function\s*\(|\bvar\s+\w+\s*=|document\.\w+\(",
    anchors=(
        "equal",
        "affirmative",
        "accommodation",
        "agenc",
        "submit",
        "e-verify",
        "regard",
        "irrespective",
        "sexual orientation",
        "gender identity",
        "function",
        "var",
        "document.",
    ),
)


@lru_cache(maxsize=8192)
def hiring_notice(sentence: str) -> bool:
    """A posting sentence about applying or equal opportunity, or page code, not the role."""
    return _HIRING_NOTICE.search(sentence) is not None
