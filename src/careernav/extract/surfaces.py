"""Surface forms a skill is written as, and which of them are ambiguous without context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.taxonomy.model import SkillRecord

_PRODUCT_CASING = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")  # PySpark, RStudio, NodeJS
_CAMEL_SPLIT = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")  # PowerPoint -> Power Point
# Words written closed or open ("healthcare", "health care"): either spelling names the skill.
_COMPOUNDS = (
    ("healthcare", "health care"), ("database", "data base"), ("website", "web site"),
    ("workflow", "work flow"), ("bookkeeping", "book keeping"), ("benchmarking", "bench marking"),
    ("timekeeping", "time keeping"), ("e-mail", "email"), ("on-line", "online"),
    ("troubleshooting", "trouble shooting"), ("coursework", "course work"),
)  # fmt: skip
# Endings of common nouns: "Negotiation" -> "negotiations" is the same skill, while a product
# name ("Canva", "Sketch", "Project") in the plural is usually another word.
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ing|ity|ance|ence|ship|ism|ysis|ogy|ics?)$")


@dataclass(frozen=True)
class Surface:
    """One way of writing a skill, as the matcher looks for it."""

    skill_id: str
    text: str  # as curated, for case-sensitive checks
    key: str  # lower-cased key the automaton matches
    needs_context: bool
    plural: bool = True  # whether "<key>s" also counts ("APIs", but not "canvas" for Canva)
    # A product name written apart reads as ordinary words unless each word is capitalised:
    # "Success Factors" may be SuccessFactors, "critical success factors" is not.
    capitalised: bool = False


# Function words that, once a hyphen becomes a space, turn a name into a phrase ("OR-Tools").
_FUNCTION_WORDS = {"or", "and", "to", "in", "on", "at", "of", "a", "the", "for", "by", "with"}


def _split_names(surface: str, ambiguous: bool) -> set[str]:
    """Variants that split a name into ordinary words: an acronym spelt like a function word
    before a hyphen ("OR-Tools" -> "or tools") and, for a skill the taxonomy marks ambiguous,
    CamelCase written apart ("SuccessFactors" -> "success factors")."""
    split: set[str] = set()
    if ambiguous and " " not in surface and _CAMEL_SPLIT.search(surface):
        split.add(_CAMEL_SPLIT.sub(" ", surface).lower())
    parts = surface.split("-")
    if len(parts) > 1 and any(p.isupper() and p.lower() in _FUNCTION_WORDS for p in parts):
        split.add(" ".join(parts).lower())
    return split


def _variants(surface: str) -> set[str]:
    """Spelling variants: hyphen/space, dotted names ("Node.js" -> "nodejs", "node js"),
    apostrophes, the singular of a plural name, open or closed compounds and CamelCase
    written apart ("PowerPoint" -> "power point")."""
    lowered = surface.lower()
    variants = {lowered}
    if "-" in lowered:
        variants.add(lowered.replace("-", " "))
        variants.add(lowered.replace("-", ""))
    if "." in lowered.strip(".") and not lowered.startswith("."):
        variants.add(lowered.replace(".", ""))
        variants.add(lowered.replace(".", " "))
    if "/" in lowered:
        variants.add(lowered.replace("/", " / "))
    if "'" in lowered:  # "workers' compensation", "worker's compensation", "workers compensation"
        bare = lowered.replace("s'", "s").replace("'s", "s").replace("'", "")
        variants.update({bare, lowered.replace("s'", "'s"), lowered.replace("'s", "s'")})
    last = lowered.rsplit(" ", 1)[-1]
    if " " in lowered and last.endswith("s") and not last.endswith("ss") and len(last) > 4:
        variants.add(lowered[:-1])  # "Oracle Financials" -> "oracle financial"
    for closed, spaced in _COMPOUNDS:
        if re.search(rf"\b{closed}\b", lowered):
            variants.add(re.sub(rf"\b{closed}\b", spaced, lowered))
        elif re.search(rf"\b{spaced}\b", lowered):
            variants.add(re.sub(rf"\b{spaced}\b", closed, lowered))
    if " " not in surface and _CAMEL_SPLIT.search(surface):
        variants.add(_CAMEL_SPLIT.sub(" ", surface).lower())
    if lowered.startswith("microsoft "):  # "MS Windows Server", "MS Project"
        variants.add("ms " + lowered.removeprefix("microsoft "))
    return {re.sub(r"\s+", " ", v).strip() for v in variants if v.strip()}


def needs_context(skill: SkillRecord, surface: str) -> bool:
    """A surface of an ambiguous skill that reads as an ordinary word or letter."""
    if not skill.ambiguous:
        return False
    if " " in surface.strip() or not surface.isalpha():
        return len(surface) <= 2  # "C#", "R " stay strict only when tiny
    return not _PRODUCT_CASING.search(surface)


# Words whose "-s" form is another word: "arts" (liberal, martial, culinary arts) is no art.
_PLURAL_IS_ANOTHER_WORD = {"art"}


def takes_plural(surface: str) -> bool:
    """Whether an "s" ending still names the skill: common nouns and acronyms, not names."""
    if surface.lower() in _PLURAL_IS_ANOTHER_WORD:
        return False
    if " " in surface.strip() or surface.islower() or surface.isupper():
        return True
    return bool(_NOUN_ENDING.search(surface.lower()))


# Plurals that are not "-s": "variance analyses", "social media strategies".
_IRREGULAR_PLURAL = ((re.compile(r"sis$"), "ses"), (re.compile(r"(?<=[^aeiou])y$"), "ies"))


def irregular_plural(key: str) -> str | None:
    """The "-ses" or "-ies" plural of a name's last word, if it takes one; short words never."""
    last = key.rsplit(" ", 1)[-1]
    if len(last) < 5:
        return None
    for ending, plural in _IRREGULAR_PLURAL:
        if ending.search(last):
            return ending.sub(plural, key)
    return None


def surfaces_for(skill: SkillRecord) -> list[Surface]:
    found: dict[str, Surface] = {}
    plurals: dict[str, Surface] = {}
    for text in (skill.name, *skill.aliases):
        strict = needs_context(skill, text)
        split = _split_names(text, skill.ambiguous)
        plural = takes_plural(text)
        for key in _variants(text) - split:
            current = found.get(key)
            # an unambiguous spelling wins over an ambiguous one for the same key
            if current is None or (current.needs_context and not strict):
                found[key] = Surface(skill.id, text, key, strict, plural)
            if plural and (other := irregular_plural(key)) is not None:
                plurals.setdefault(other, Surface(skill.id, text, other, strict, False))
        for key in split:
            found.setdefault(key, Surface(skill.id, text, key, strict, False, capitalised=True))
    for key, surface in plurals.items():
        found.setdefault(key, surface)
    return list(found.values())
