"""The language of a course title, for sources that do not say (the Udemy and Coursera tables).

A title counts as written in another language when it holds at least two of that language's
common function words ("Introducción a la contabilidad": "a", "la"), or one of them and a
letter English titles do not use ("Análise de Crédito": "de" and "á"). Everything else is
English: titles are short, so the rule only fires on clear evidence.
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


def guess_language(title: str) -> str:
    """The code of the language whose function words the title uses clearly, else "en"."""
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
