"""The language of a course title, for sources that do not say (the Udemy and Coursera tables).

A title counts as written in another language when it holds at least two of that language's
common function words ("Introducción a la contabilidad": "a", "la"), or one of them and a
letter English titles do not use ("Análise de Crédito": "de" and "á"). A title written mostly
in another script ("Основы программирования на Python") is named by its script: Cyrillic "ru",
Greek "el", Arabic "ar", Hebrew "he", Devanagari "hi", Chinese "zh", Japanese kana "ja", Hangul
"ko". A title that says it is taught in a language ("AutoCAD Course in Urdu Hindi", "Photoshop
Essentials (Arabic)") is in that language. A course of a Spanish- or Portuguese-speaking
university whose title holds no English function word is in the university's language
("Marketing Gerencial" from the Universidad de Chile). Everything else is English: titles are
short, so the rules only fire on clear evidence.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split(" "))


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "es": _words(
        "de del la las el los y con para en por una un al como tu tus su sus desde hasta "
        "sin cómo qué aprende curso crea"
    ),
    "pt": _words(
        "de do da dos das com para em na no nas nos uma um ao como seu sua sem aprenda curso"
    ),
    "fr": _words("de du des la le les et avec pour en une un au aux sur pas à"),
    "de": _words("der die das und mit für ein eine zum zur im wie auf lernen von"),
    "it": _words("di del della il lo la gli le con per una un al come corso"),
}
FOREIGN_LETTERS = re.compile(r"[áíóúñãõçàèâêôüß¿¡ìòù]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 2
# Scripts by their Unicode blocks. An alphabet names the title when it writes most of its
# letters; kana, hanzi or hangul when they write two characters (each is a syllable or a word).
ALPHABETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
SYLLABARIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # before hanzi: Japanese mixes in kanji
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
)
# Languages a title may say it is taught in, by their English names.
LANGUAGE_NAMES: dict[str, str] = {
    "arabic": "ar", "bangla": "bn", "bengali": "bn", "chinese": "zh", "dutch": "nl",
    "english": "en", "farsi": "fa", "french": "fr", "german": "de", "greek": "el",
    "hebrew": "he", "hindi": "hi", "indonesian": "id", "italian": "it", "japanese": "ja",
    "korean": "ko", "malay": "ms", "persian": "fa", "polish": "pl", "portuguese": "pt",
    "romanian": "ro", "russian": "ru", "spanish": "es", "tamil": "ta", "telugu": "te",
    "thai": "th", "turkish": "tr", "urdu": "ur", "vietnamese": "vi",
}  # fmt: skip
_NAMES = "|".join(LANGUAGE_NAMES)
# "in Urdu", "in the Arabic language", "(Hindi)", "[Turkish]", "- Spanish" at the end.
STATED_LANGUAGE = re.compile(
    rf"\bin (?:the )?({_NAMES})\b|[(\[]\s*({_NAMES})\b|\s[-–|]\s*({_NAMES})\s*$", re.IGNORECASE
)


# A university that teaches in Spanish or Portuguese, by its own name ("Universidad de Chile",
# "Universidade de São Paulo"): its course titles without an English word are in its language
# ("Marketing Gerencial", "Marketing Digital").
_INSTITUTION_LANGUAGE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pt", re.compile(r"\bUniversidade\b|\bFunda[cç][aã]o\b|\bEstadual\b", re.IGNORECASE)),
    ("es", re.compile(r"\bUniversidad\b|\bPontificia\b|\bTecnol[oó]gico\b", re.IGNORECASE)),
)
ENGLISH_WORDS = _words(
    "the of and for to with in on your an how from using into by at what why you our"
)


def guess_language(title: str, institution: str = "") -> str:
    """The code of the language whose function words the title uses clearly, else the
    language of a Spanish- or Portuguese-speaking ``institution`` when the title holds no
    English function word, else "en"."""
    found = _title_language(title)
    if found != "en" or not institution:
        return found
    if any(w.lower() in ENGLISH_WORDS for w in _WORD.findall(title)):
        return "en"
    return next((code for code, name in _INSTITUTION_LANGUAGE if name.search(institution)), "en")


def _title_language(title: str) -> str:
    """The language a title states, is written in (its script) or clearly uses the function
    words of; else "en"."""
    stated = STATED_LANGUAGE.search(title)
    if stated:
        return LANGUAGE_NAMES[next(g for g in stated.groups() if g).lower()]
    script = _script(title)
    if script is not None:
        return script
    words = [w.lower() for w in _WORD.findall(title)]
    accented = bool(FOREIGN_LETTERS.search(title))
    best, hits = "en", 0
    for code, vocabulary in FUNCTION_WORDS.items():
        found = sum(1 for w in words if w in vocabulary)
        if found > hits:
            best, hits = code, found
    if hits >= MIN_WORDS or (hits >= 1 and accented):
        return best
    return "en"


def _script(title: str) -> str | None:
    """The language a title's non-Latin script names, if it is written in one."""
    if title.isascii():
        return None
    letters = [c for c in title if c.isalpha()]
    for code, syllables in SYLLABARIES:
        if len(syllables.findall(title)) >= 2:
            return code
    for code, alphabet in ALPHABETS:
        if 2 * len(alphabet.findall(title)) > len(letters):
            return code
    return None
