"""Words and patterns that signal a proficiency level, a requirement, or years of experience.

The lexicons follow the annotation guide's definitions of Basic, Intermediate and Expert.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from careernav.extract.guards import guarded
from careernav.models import Level

_EXPERT = (
    r"expert(?:ise)?|advanced|extensive(?:ly)?|deep|mastery|exceptional|outstanding|"
    r"master(?:ed)?|"
    r"excellent|superior|in-depth|thorough|highly (?:skilled|proficient|experienced)|"
    r"architect(?:ed|ing)?|subject matter expert|sme"
)
_INTERMEDIATE = (
    r"proficien(?:t|cy)|strong|solid|hands-on|hands on|working knowledge|good|adept|"
    r"experience (?:with|in|using)|experienced|skilled|practical|competent|demonstrated|proven"
)
_BASIC = (
    r"familiar(?:ity)?|exposure|basic|understanding of|knowledge of|awareness|beginner|"
    r"coursework|course work|introductory|learning|some experience|a plus|nice to have|bonus"
)
# Leading, teaching or architecting with a skill marks expertise (annotation guide).
_LEADS = (
    r"\b(?:taught|teach(?:es|ing)?|trained (?:staff|others|colleagues|employees|team)|"
    r"mentor(?:ed|ing)?|architect(?:ed|ing)?)\b"
)

EXPERT_CUE = re.compile(rf"\b(?:{_EXPERT})\b", re.IGNORECASE)
INTERMEDIATE_CUE = re.compile(rf"\b(?:{_INTERMEDIATE})\b", re.IGNORECASE)
BASIC_CUE = re.compile(rf"\b(?:{_BASIC})\b", re.IGNORECASE)
LEADS_CUE = re.compile(_LEADS, re.IGNORECASE)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40,
}  # fmt: skip
YEARS = guarded(
    rf"\b(\d{{1,2}}(?:\.\d)?|{'|'.join(_NUMBER_WORDS)})"
    r"\s*(?:\+|plus)?\s*(?:-|to|–)?\s*(?:\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b",
    anchors=("year", "yr"),
)

PREFERRED_CUE = guarded(
    r"\b(?:prefer(?:red|ably)?|nice[- ]to[- ]have|a plus|is a plus|an advantage|advantageous|"
    r"bonus|desir(?:ed|able)|ideally|plus points?|good to have|would be great|optional|"
    r"not required|beneficial)\b",
    anchors=(
        "prefer",
        "nice",
        "plus",
        "advantag",
        "bonus",
        "desir",
        "ideally",
        "good to have",
        "would be great",
        "optional",
        "not required",
        "beneficial",
    ),
)
REQUIRED_CUE = re.compile(
    r"\b(?:must|required|requirement|mandatory|essential|need to|needs to|minimum)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def years_in(text: str) -> float | None:
    """The largest 'N years' figure in a sentence ("5+ years", "three years")."""
    found = []
    for match in YEARS.finditer(text):
        token = match.group(1).lower()
        value = _NUMBER_WORDS.get(token)
        found.append(float(value) if value is not None else float(token))
    plausible = [v for v in found if 0 < v <= 40]
    return max(plausible) if plausible else None


def level_from_years(years: float) -> Level:
    if years >= 5:
        return Level.EXPERT
    if years >= 2:
        return Level.INTERMEDIATE
    return Level.BASIC


_CUES = (
    (EXPERT_CUE, Level.EXPERT),
    (INTERMEDIATE_CUE, Level.INTERMEDIATE),
    (BASIC_CUE, Level.BASIC),
)
_CUE_REACH = 70  # characters a level word reaches forward to the skill it qualifies
_AFTER_REACH = 28  # "Python (advanced)", "SQL - expert"


# One pass over all three lexicons; the group name says which level matched.
_ANY_CUE = re.compile(
    rf"\b(?:(?P<expert>{_EXPERT})|(?P<intermediate>{_INTERMEDIATE})|(?P<basic>{_BASIC}))\b",
    re.IGNORECASE,
)
_CUE_LEVELS = {"expert": Level.EXPERT, "intermediate": Level.INTERMEDIATE, "basic": Level.BASIC}


def cue_near(sentence: str, start: int, end: int) -> tuple[Level, str] | None:
    """The level word nearest before a mention (or right after it: "Python (advanced)").
    A word reaches across a comma list ("strong Python, SQL and Tableau"), as annotators
    read it, but not past a semicolon or bullet."""
    window_start = max(0, start - _CUE_REACH)
    before = sentence[window_start:start]
    item_break = max(before.rfind(";"), before.rfind("•"), before.rfind("|"))
    if item_break >= 0:
        window_start += item_break + 1
    cues = _cue_words(sentence)
    # The nearest cue that ends before the mention and starts inside the window.
    index = bisect_left(cues, (start + 1,), key=lambda cue: (cue[1],)) - 1
    if index >= 0 and cues[index][0] >= window_start:
        cue_start, cue_end, level, word = cues[index]
        if not _whole_list_item(sentence, cue_start, cue_end):
            return _strengthened(sentence, cues, index) or (level, word)
    after = sentence[end : end + _AFTER_REACH]
    if _AFTER_OPEN.match(after):
        for pattern, level in _CUES:
            match = pattern.search(after)
            if match:
                return level, match.group(0)
    noun = _LEVEL_NOUN_AFTER.match(after)  # "Interviewing expertise", "SQL proficiency"
    if noun:
        return (Level.EXPERT if noun.group(1).lower().startswith("expert") else
                Level.INTERMEDIATE), noun.group(1)  # fmt: skip
    return None


@lru_cache(maxsize=16384)
def _cue_words(sentence: str) -> tuple[tuple[int, int, Level, str], ...]:
    """(start, end, level, word) of every level word in a sentence, read once for all of
    the sentence's mentions; ordered by position, so by end too."""
    return tuple(
        (m.start(), m.end(), _CUE_LEVELS[m.lastgroup or ""], m.group(0))
        for m in _ANY_CUE.finditer(sentence)
        if m.group(0).lower() != "master" or _a_master(sentence, m.end())
    )


# "a master negotiator" is mastery; "course master files", "a master's degree" are not.
_A_MASTER = re.compile(r"\ba master$", re.IGNORECASE)


def _a_master(sentence: str, end: int) -> bool:
    return bool(_A_MASTER.search(sentence, max(0, end - 10), end)) and not sentence.startswith(
        "'s", end
    )


def _strengthened(
    sentence: str, cues: tuple[tuple[int, int, Level, str], ...], index: int
) -> tuple[Level, str] | None:
    """ "Strong knowledge of", "in-depth understanding of": the strength word right before a
    Basic noun phrase sets the level, as the annotation guide's strength words do."""
    start, _, level, _ = cues[index]
    if level is not Level.BASIC or index == 0:
        return None
    _, previous_end, previous_level, previous_word = cues[index - 1]
    if previous_level is Level.BASIC or sentence[previous_end:start].strip():
        return None
    return previous_level, previous_word


# "approach, Architect, banking": a level word that is a list item of its own qualifies none.
_ITEM_EDGE_BEFORE = re.compile(r"(?:^|[,;|•])\s*$")
_ITEM_EDGE_AFTER = re.compile(r"\s*(?:$|[,;|•])")


def _whole_list_item(sentence: str, start: int, end: int) -> bool:
    return bool(
        _ITEM_EDGE_AFTER.match(sentence, end)
        and _ITEM_EDGE_BEFORE.search(sentence, max(0, start - 4), start)
    )


# "Relevant coursework: Consumer behaviour", "Coursework in Advanced Financial Accounting".
COURSEWORK = re.compile(r"\b(?:coursework|course work)\b", re.IGNORECASE)
_AFTER_OPEN = re.compile(r"\s*[(\-–:,]")  # "Python (advanced)", "SQL - expert"
_LEVEL_NOUN_AFTER = re.compile(r"\s+(expertise|expert|proficiency)\b", re.IGNORECASE)
# Spoken languages: "fluent", "bilingual", "native" mark full command of the language.
LANGUAGE_MASTERY = re.compile(
    r"\b(?:fluen(?:t|cy)|bilingual|trilingual|native|mother tongue)\b", re.IGNORECASE
)
