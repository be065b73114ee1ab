"""Skills written as a verb and its object, or shared across a coordination.

"Managed vendor relationships" is vendor management and "deployed models to production" is
model deployment: for every skill named "<object> <action noun>", the action's verb forms
followed (within a few words) by the object count as a mention. "Written and verbal
communication skills" names written communication too: a modifier list before a head noun is
expanded into one phrase per modifier and matched again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from careernav.extract.matcher import SkillMatcher
from careernav.taxonomy.model import Taxonomy

# action noun -> regex of its verb forms
ACTION_VERBS: dict[str, str] = {
    "management": r"manag(?:e|ed|es|ing)",
    "deployment": r"deploy(?:ed|s|ing)?",
    "improvement": r"(?:improv|streamlin)(?:e|ed|es|ing)",
    "planning": r"plan(?:s|ned|ning)?",
    "analysis": r"analy[sz](?:e|ed|es|ing)",
    "development": r"develop(?:ed|s|ing)?",
    "design": r"design(?:ed|s|ing)?",
    "writing": r"(?:writ(?:e|es|ing|ten)|wrote|draft(?:ed|s|ing)?)",
    "maintenance": r"maint(?:ain|ained|ains|aining)",
    "testing": r"test(?:ed|s|ing)?",
    "modeling": r"model(?:ed|led|s|ing|ling)?",
    "reporting": r"report(?:ed|s|ing)?",
    "tracking": r"track(?:ed|s|ing)?",
    "forecasting": r"forecast(?:ed|s|ing)?",
    "scheduling": r"schedul(?:e|ed|es|ing)",
    "recruiting": r"recruit(?:ed|s|ing)?",
    "training": r"train(?:ed|s|ing)?",
    "negotiation": r"negotiat(?:e|ed|es|ing)",
    "reconciliation": r"reconcil(?:e|ed|es|ing)",
    "preparation": r"prepar(?:e|ed|es|ing)",
    "estimation": r"estimat(?:e|ed|es|ing)",
    "estimating": r"estimat(?:e|ed|es|ing)",
    "optimization": r"optimi[sz](?:e|ed|es|ing)",
    "automation": r"automat(?:e|ed|es|ing)",
    "integration": r"integrat(?:e|ed|es|ing)",
    "documentation": r"document(?:ed|s|ing)?",
    "administration": r"administer(?:ed|s|ing)?",
    "migration": r"migrat(?:e|ed|es|ing)",
    "installation": r"install(?:ed|s|ing)?",
    "inspection": r"inspect(?:ed|s|ing)?",
    "evaluation": r"evaluat(?:e|ed|es|ing)",
    "assessment": r"assess(?:ed|es|ing)?",
    "monitoring": r"monitor(?:ed|s|ing)?",
    "processing": r"process(?:ed|es|ing)?",
    "auditing": r"audit(?:ed|s|ing)?",
    "budgeting": r"budget(?:ed|s|ing)?",
    "coordination": r"coordinat(?:e|ed|es|ing)",
    "visualization": r"visuali[sz](?:e|ed|es|ing)",
    "cleaning": r"clean(?:ed|s|ing)?",
    "collection": r"collect(?:ed|s|ing)?",
    "generation": r"generat(?:e|ed|es|ing)",
    "research": r"research(?:ed|es|ing)?",
    "manipulation": r"manipulat(?:e|ed|es|ing)",
    "review": r"review(?:ed|s|ing)?",
    "gathering": r"gather(?:ed|s|ing)?",
    "elicitation": r"elicit(?:ed|s|ing)?",
    "interpretation": r"interpret(?:ed|s|ing)?",
    "mining": r"min(?:e|ed|es|ing)",
    "mitigation": r"mitigat(?:e|ed|es|ing)",
    "identification": r"identif(?:y|ied|ies|ying)",
    "implementation": r"implement(?:ed|s|ing)?",
    "standardization": r"standardi[sz](?:e|ed|es|ing)",
    "extraction": r"extract(?:ed|s|ing)?",
}
# The action noun itself followed by "of" governs the object too: "management of assets",
# "administration of benefits", "interpretation of laboratory data".
_NOMINAL_PLURALS = {"analyses": "analysis"}
_HEADS = (
    "skills", "skill", "communication", "abilities", "management", "analysis", "planning",
    "development", "design", "testing", "modeling", "modelling", "engineering", "reporting",
    "writing", "marketing", "accounting", "selling", "sales", "support", "services",
)  # fmt: skip
_CONJUNCTION = re.compile(r"\s+(and|or|&|/)\s+", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"([A-Za-z][\w-]*)\s+(" + "|".join(_HEADS) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*\b")
_LAST_WORD = re.compile(r"(?<![\w-])[A-Za-z][\w-]*(?=,?\s*$)")
_COMMA_BEFORE = re.compile(r",\s*$")
_PAIR_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+[A-Za-z][\w-]*$")
_LOOK_BACK = 120
_PAIR_REACH = 60


@dataclass(frozen=True)
class PhraseHit:
    skill_id: str
    start: int
    end: int


_WORD_START = re.compile(r"\s+(?=[\w$])")
_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w])")
_MAX_KNOWN_WORDS = 200_000
_MAX_GAP_WORDS = 3
_CLAUSE_MARK = re.compile(r"[.;:,]")
# "manipulate, and visualize", "plan and run", "design/build"; a space alone joins no verbs
# ("improve processes" is a verb and its object).
_VERB_JOINT = re.compile(r"\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+|/\s*)", re.I)


@dataclass(eq=False)
class VerbObjectPatterns:
    """One pass finds the action verbs; only then are their objects looked for after them."""

    verbs: re.Pattern[str]
    actions: list[tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]
    # Tables per taxonomy, kept for the process: verb form -> (its actions, a pattern that
    # finds it), and the words already found not to be verb forms.
    _verbs: dict[str, tuple[tuple[int, ...], re.Pattern[str]]] = field(default_factory=dict)
    _plain: set[str] = field(default_factory=set)
    # action noun ("management") -> (its action's index, a pattern that finds "<noun> of")
    nominals: dict[str, tuple[int, re.Pattern[str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._nominal_words = frozenset(self.nominals)

    def find(self, sentence: str, words: frozenset[str] | None = None) -> list[PhraseHit]:
        """Hits in ``sentence``; ``words`` are its distinct lower-case words when known."""
        hits: list[PhraseHit] = []
        # The sentence's distinct words are looked up in per-word tables: cheaper than one
        # regex with every verb form as an alternative. Only verbs found are then located.
        words = sentence_words(sentence) if words is None else words
        for word in sorted(words - self._plain):
            known = self._verbs.get(word)
            if known is None:
                if len(self._verbs) + len(self._plain) > _MAX_KNOWN_WORDS:
                    self._verbs.clear()
                    self._plain.clear()
                actions = self._actions_of(word)
                if not actions:
                    self._plain.add(word)
                    continue
                where = re.compile(rf"(?<![\w-]){word}(?!\w)", re.IGNORECASE)
                known = self._verbs[word] = (actions, where)
            hits.extend(self._hits_after(sentence, known[1], known[0]))
        for word in sorted(words & self._nominal_words):
            action, where = self.nominals[word]
            _, objects_pattern, objects = self.actions[action]
            for nominal in where.finditer(sentence):
                if nominal.start() and sentence[nominal.start()].isupper():
                    continue  # "Comparative Analysis of the Factors …": a title
                end = nominal.end()
                found = self._objects_after(sentence, end, objects_pattern, objects)
                hits.extend(PhraseHit(s, nominal.start(), nominal.end()) for s in found)
        return sorted(hits, key=lambda hit: (hit.start, hit.skill_id))

    def _hits_after(
        self, sentence: str, where: re.Pattern[str], actions: tuple[int, ...]
    ) -> list[PhraseHit]:
        hits: list[PhraseHit] = []
        for verb in where.finditer(sentence):
            if not _used_as_verb(sentence, verb.start(), verb.group(0)):
                continue
            after = self._skip_verb_list(sentence, verb.end())
            for action in actions:
                _, objects_pattern, objects = self.actions[action]
                found = self._objects_after(sentence, after, objects_pattern, objects)
                hits.extend(PhraseHit(skill_id, verb.start(), verb.end()) for skill_id in found)
        return hits

    def _actions_of(self, word: str) -> tuple[int, ...]:
        if self.verbs.fullmatch(word) is None:
            return ()
        return tuple(i for i, (verb, _, _) in enumerate(self.actions) if verb.fullmatch(word))

    def _skip_verb_list(self, sentence: str, position: int) -> int:
        """Past "…, manipulate, and visualize" so that every verb in a list reaches the object."""
        while True:
            joint = _VERB_JOINT.match(sentence, position)
            following = self.verbs.match(sentence, joint.end()) if joint else None
            if following is None or joint is None or joint.end() == position:
                return position
            position = following.end()

    @staticmethod
    def _objects_after(
        sentence: str,
        position: int,
        pattern: re.Pattern[str],
        objects: dict[str, str],
    ) -> list[str]:
        """Skills whose object noun follows the verb within a few words, in one clause.
        "analyze qualitative and quantitative data" yields all three analyses."""
        found: list[str] = []
        for count, gap in enumerate(_WORD_START.finditer(sentence, position)):
            if count > _MAX_GAP_WORDS or _CLAUSE_MARK.search(sentence, position, gap.start()):
                break
            match = pattern.match(sentence, gap.end())
            if match is not None and not sentence.startswith("'s", match.end()):
                word = match.group(0).lower()
                skill_id = objects.get(word) or objects.get(singular(word))
                if singular(word) in _HEAD_ONLY and not _bare_object(sentence, position, match):
                    continue
                if skill_id is not None and skill_id not in found:
                    found.append(skill_id)
        return found


# Bare verb forms that are also nouns: "the financial plan", "useful model features".
_NOUN_LIKE = {
    "plan", "design", "test", "model", "report", "track", "forecast", "schedule", "document",
    "audit", "budget", "monitor", "process", "research", "estimate", "draft", "train", "clean",
}  # fmt: skip
_VERB_BEFORE = re.compile(
    r"(?:^|[,;:(&/•*-]|\b(?:to|and|or|will|can|must|should|help|helps|also|then|who|you|we))\s*$",
    re.IGNORECASE,
)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")


def _used_as_verb(sentence: str, start: int, word: str) -> bool:
    """Whether a verb form reads as a verb: a bare form that is also a noun needs a verb's
    place ("to plan", "Plan and coordinate"), and a capitalised word after a lower-case one
    is part of a name or title ("the Managing Editor")."""
    before = sentence[max(0, start - 12) : start]
    if word[0].isupper() and _LOWER_WORD_BEFORE.search(before):
        return False
    if _noun_like(word.lower()):
        return bool(_VERB_BEFORE.search(before))
    return True


def _noun_like(word: str) -> bool:
    """A bare form that is also a noun, or its "-s" form ("business plans", "test reports")."""
    return word in _NOUN_LIKE or singular(word) in _NOUN_LIKE


def singular(noun: str) -> str:
    """A plural's singular, simply: "processes" -> "process", "vendors" -> "vendor", while
    "process" and "analysis" stay as they are."""
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"  # "technologies" -> "technology"
    if noun.endswith("s") and not noun.endswith(("ss", "sis", "news")):
        return noun[:-1]
    return noun


def sentence_words(sentence: str) -> frozenset[str]:
    """The distinct lower-case words of a sentence, as the phrase rules look them up."""
    return frozenset(_TOKEN.findall(sentence.lower()))


# Objects too vague to name the skill after a verb: "developed training programs", "evaluate
# programs", "developing organizational filing systems", "identify targets".
_VAGUE_OBJECTS = {"program", "programs", "organization", "organizational", "target"}
# Objects too vague after one action only: "implemented new systems", "implemented programs to
# maximize customer satisfaction", "assess potential risks and opportunities".
_VAGUE_PAIRS = {
    ("implementation", "system"), ("implementation", "customer"), ("assessment", "opportunity"),
    # "extract the pertinent information", "designed information packs": not NLP or infographics
    ("extraction", "information"), ("design", "information"),
}  # fmt: skip


# Everyday nouns that name the skill only as the verb's whole object: "automate the
# processes", "improve processes", but not "analyze business requirements" or "developed new
# processes to improve internal controls".
_HEAD_ONLY = {"process", "business", "strategy"}
_DETERMINERS = re.compile(r"\s*(?:(?:the|our|their|its|all|existing|current)\s+)*$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|in|of|with|across|within|by|as)\b)[a-z]")


def _bare_object(sentence: str, position: int, match: re.Match[str]) -> bool:
    """Whether an object follows its verb with at most determiners between and no noun after."""
    if _DETERMINERS.match(sentence, position, match.start()) is None:
        return False
    return _NOUN_AFTER.match(sentence, match.end()) is None


def _object_of(name: str) -> tuple[str, str] | None:
    words = name.lower().split()
    if len(words) not in (2, 3) or words[-1] not in ACTION_VERBS or words[0] in _VAGUE_OBJECTS:
        return None
    obj = " ".join(words[:-1])
    if not re.fullmatch(r"[a-z][a-z -]*", obj) or (words[-1], singular(obj)) in _VAGUE_PAIRS:
        return None
    return words[-1], obj


def _plural_y(noun: str) -> str:
    """An object as a pattern; one ending in a consonant and "y" also in its "-ies" plural."""
    if re.search(r"[^aeiou]y$", noun):
        return re.escape(noun[:-1]) + "(?:y|ies)"
    return re.escape(noun)


@lru_cache(maxsize=4)
def verb_object_patterns(taxonomy: Taxonomy) -> VerbObjectPatterns:
    by_action: dict[str, dict[str, str]] = {}
    for skill in taxonomy:
        for surface in (skill.name, *skill.aliases):
            found = _object_of(surface)
            if found is not None:
                action, obj = found
                by_action.setdefault(action, {}).setdefault(singular(obj), skill.id)
    actions = []
    for action, objects in by_action.items():
        alternatives = "|".join(_plural_y(o) for o in sorted(objects, key=len, reverse=True))
        actions.append((
            re.compile(ACTION_VERBS[action], re.IGNORECASE),
            # not the first word of a compound: "managed state-of-the-art facilities",
            # "maintenance of machine learning models", "management of human resources",
            # "managing cash registers"
            re.compile(
                rf"(?<!human )(?:{alternatives})(?:e?s)?\b(?!-\w)(?!\s+(?:learning|registers?)\b)",
                re.IGNORECASE,
            ),
            objects,
        ))  # fmt: skip
    verbs = "|".join(ACTION_VERBS[action] for action in by_action)
    index_of = {action: i for i, action in enumerate(by_action)}
    nominals = {
        noun: (index_of[action], re.compile(rf"(?<![\w-]){noun}\s+of(?=\s)", re.IGNORECASE))
        for noun in [*by_action, *_NOMINAL_PLURALS]
        if (action := _NOMINAL_PLURALS.get(noun, noun)) in index_of
    }
    return VerbObjectPatterns(
        re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE), actions, nominals=nominals
    )


def coordination_hits(sentence: str, matcher: SkillMatcher) -> list[PhraseHit]:
    """Skills named by distributing a head noun or a modifier over a coordination:
    "written and verbal communication" -> written communication; "data analysis and
    visualization" -> data visualization."""
    hits: list[PhraseHit] = []
    for joint in _CONJUNCTION.finditer(sentence):
        offset = max(0, joint.start() - _LOOK_BACK)
        headed = _HEAD_AFTER.match(sentence, joint.end())
        if headed is not None and _may_end_name(headed.group(2).lower(), matcher):
            head = headed.group(2)
            for word in _modifier_list(sentence[offset : joint.start()]):
                whole = matcher.exact(f"{word.group(0)} {head}")
                if whole is None or whole.needs_context:
                    continue
                if _names_other_skill(word.group(0), whole.skill_id, matcher):
                    continue  # "sales, marketing and account management": sales itself
                hits.append(PhraseHit(whole.skill_id, offset + word.start(), offset + word.end()))
        second = _WORD.match(sentence, joint.end()) if joint.group(1).lower() != "or" else None
        if second is None or not _may_end_name(second.group(0).lower(), matcher):
            continue
        pair = _pair_before(sentence[offset : joint.start()])
        if pair is not None:
            phrase = f"{pair.group(1)} {second.group(0)}"
            hits.extend(_whole_phrase(phrase, matcher, second.start(), second.end()))
    return hits


def _names_other_skill(word: str, phrase_skill: str, matcher: SkillMatcher) -> bool:
    """Whether a modifier is a skill of its own, other than the phrase it would make ("sales"
    against "sales management"; "verbal" is the same skill as "verbal communication")."""
    surface = matcher.exact(word)
    return surface is not None and not surface.needs_context and surface.skill_id != phrase_skill


def _may_end_name(word: str, matcher: SkillMatcher) -> bool:
    """Whether a word (or its singular) is the last word of a two-word name."""
    ends = matcher.second_words
    return word in ends or (word.endswith("s") and word[:-1] in ends)


def _pair_before(before: str) -> re.Match[str] | None:
    """The last two words before a conjunction; the search starts near the end."""
    tail = len(before) - _PAIR_REACH
    if tail > 0:
        found = _PAIR_BEFORE.search(before, tail)
        if found is not None and found.start() > tail:
            return found
    return _PAIR_BEFORE.search(before)


def _modifier_list(before: str) -> list[re.Match[str]]:
    """The words of "a, b, c" ending right before a conjunction, last first."""
    words: list[re.Match[str]] = []
    end = len(before)
    while True:
        word = _LAST_WORD.search(before, 0, end)
        if word is None:
            return words
        words.append(word)
        comma = _COMMA_BEFORE.search(before, 0, word.start())
        if comma is None:
            return words
        end = comma.start()


def _whole_phrase(phrase: str, matcher: SkillMatcher, start: int, end: int) -> list[PhraseHit]:
    surface = matcher.exact(phrase)
    if surface is not None and not surface.needs_context:
        return [PhraseHit(surface.skill_id, start, end)]
    return []
