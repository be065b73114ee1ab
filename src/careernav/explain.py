"""Grounded explanations: a record of claims with their evidence, rendered by fixed templates.

Every sentence shown comes from a template in ``TEMPLATES`` filled with the claim's evidence;
nothing is made up. An optional LLM may rephrase the rendered text (careernav.rephrase); its
output is kept only when ``validate_rephrasing`` finds every skill, number and quoted title it
names in the record.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from careernav.config import Settings
from careernav.gaps import SkillGap
from careernav.models import Level
from careernav.ranking import RankedResource, RankingWeights

ClaimKind = Literal["gap", "resource", "week"]
Evidence = tuple[tuple[str, str], ...]

TEMPLATES: dict[str, str] = {
    "gap.closes": "Takes {skill} from {from_level} to {to_level}.",
    "gap.demand": "{share}% of {role} postings ask for {skill}, {must_have}% of them as a "
    "must-have.",
    "resource.rating": "{rating} stars from {count} learners",
    "resource.learners": "{learners} learners",
    "resource.expert": "reviewed by an expert",
    "resource.level": "brings {skill} to {level}",
    "resource.style": "{format}, your preferred format",
    "resource.lectures": "a course of video lectures, close to your preferred format",
    "resource.exercises": "exercises in the browser, for your hands-on style",
    "resource.time": "fits your {hours_per_week} h/week ({hours} h in all)",
    "resource.long": "{hours} h in all: about {weeks} weeks at your {hours_per_week} h/week",
    "resource.free": "free",
    "resource.audit": "free to audit",
    "resource.relevance": "matches {skill} closely in title and topics",
    "resource.focus": "{skill} is its main subject",
    "week.prerequisite": "Comes before {later} because {skill} is a prerequisite of it.",
    "week.priority": "Scheduled by priority: {skill} is a {priority} priority gap.",
    "week.when": "Weeks {first} to {last} of your plan.",
    "week.single": "Week {first} of your plan.",
    "week.part": "Plans {planned} of its {hours} h: the chapters or modules that reach {level}.",
}
# Ranking components that have a sentence, and the claim each one becomes.
_COMPONENT_CLAIMS = (
    "rating",
    "popularity",
    "expert",
    "level_fit",
    "style",
    "time_fit",
    "cost",
    "focus",
    "relevance",
)
MAX_REASONS = 4
FOCUSED = 0.75  # focus from which the skill is called the resource's main subject


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind
    template: str
    evidence: Evidence

    def render(self) -> str:
        return TEMPLATES[self.template].format(**dict(self.evidence))

    def values(self) -> list[str]:
        return [value for _, value in self.evidence]


@dataclass(frozen=True)
class Explanation:
    """Why a roadmap item is there: the gap it closes, why this resource, why this week."""

    skill: str
    resource_title: str
    claims: tuple[Claim, ...]

    def of_kind(self, kind: ClaimKind) -> list[Claim]:
        return [c for c in self.claims if c.kind == kind]

    def render(self) -> str:
        return render_explanation(self)

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.render(),
            "claims": [
                {"kind": c.kind, "claim": c.template, "evidence": dict(c.evidence)}
                for c in self.claims
            ],
        }


def render_explanation(explanation: Explanation) -> str:
    gap = " ".join(c.render() for c in explanation.of_kind("gap"))
    reasons = [c.render() for c in explanation.of_kind("resource")]
    week = " ".join(c.render() for c in explanation.of_kind("week"))
    parts = [gap]
    if reasons:
        parts.append(f'Why "{explanation.resource_title}": ' + "; ".join(reasons) + ".")
    if week:
        parts.append(week)
    return " ".join(p for p in parts if p)


# --- formatting of evidence values --------------------------------------------------------------


def fmt_count(value: int) -> str:
    return f"{value:,}"


def fmt_number(value: float) -> str:
    """At most one decimal, no trailing zero: 6.0 -> "6", 4.65 -> "4.7" (as shown)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def fmt_percent(share: float) -> str:
    return str(round(share * 100))


def _ev(**values: str) -> Evidence:
    return tuple(values.items())


# --- building the record -------------------------------------------------------------------------


def gap_claims(gap: SkillGap, role: str, from_level: Level | None, to_level: Level) -> list[Claim]:
    start = from_level.value if from_level else "none"
    claims = [
        Claim("gap", "gap.closes", _ev(skill=gap.name, from_level=start, to_level=to_level.value))
    ]
    claims.append(
        Claim(
            "gap",
            "gap.demand",
            _ev(
                share=fmt_percent(gap.share),
                role=role,
                skill=gap.name,
                must_have=fmt_percent(gap.must_have),
            ),
        )
    )
    return claims


def _component_claim(
    name: str, ranked: RankedResource, skill: str, hours_per_week: float | None, style: str | None
) -> Claim | None:
    r = ranked.resource
    value = ranked.components.get(name, 0.0)
    if name == "rating" and r.popularity.rating is not None and r.popularity.ratings:
        return Claim(
            "resource",
            "resource.rating",
            _ev(rating=fmt_number(r.popularity.rating), count=fmt_count(r.popularity.ratings)),
        )
    if name == "popularity" and r.popularity.learners:
        return Claim(
            "resource", "resource.learners", _ev(learners=fmt_count(r.popularity.learners))
        )
    if name == "expert" and r.expert_reviewed:
        return Claim("resource", "resource.expert", ())
    if name == "level_fit" and value >= 1.0:
        return Claim(
            "resource", "resource.level", _ev(skill=skill, level=ranked.taught_level.value)
        )
    if name == "style" and style and r.format == "course":
        if value >= 1.0:
            return Claim("resource", "resource.exercises", ())
        if style == "video" and value >= 0.75:
            return Claim("resource", "resource.lectures", ())
        return None
    if name == "style" and style and value >= 1.0:
        return Claim("resource", "resource.style", _ev(format=r.format))
    if name == "time_fit" and hours_per_week:
        weeks = r.hours / hours_per_week
        if weeks <= 1:
            return Claim(
                "resource",
                "resource.time",
                _ev(hours_per_week=fmt_number(hours_per_week), hours=fmt_number(r.hours)),
            )
        return Claim(
            "resource",
            "resource.long",
            _ev(
                hours=fmt_number(r.hours),
                weeks=str(round(weeks + 0.499)),
                hours_per_week=fmt_number(hours_per_week),
            ),
        )
    if name == "cost" and r.free:
        return Claim("resource", "resource.audit" if r.access == "audit" else "resource.free", ())
    if name == "focus" and value >= FOCUSED:
        return Claim("resource", "resource.focus", _ev(skill=skill))
    if name == "relevance" and value >= 0.5:
        return Claim("resource", "resource.relevance", _ev(skill=skill))
    return None


def resource_claims(
    ranked: RankedResource,
    weights: RankingWeights,
    skill: str,
    *,
    hours_per_week: float | None,
    style: str | None,
) -> list[Claim]:
    """The strongest ranking components (weight x value), up to MAX_REASONS, in words; then
    the level the resource brings the skill to, where a source or a reviewer states it (a
    guessed level is not asserted), so that a learner sees what it is pitched at."""
    contributions = ranked.contributions(weights)
    ordered = sorted(_COMPONENT_CLAIMS, key=lambda n: -contributions.get(n, 0.0))
    claims: list[Claim] = []
    for name in ordered:
        claim = _component_claim(name, ranked, skill, hours_per_week, style)
        if claim is not None:
            claims.append(claim)
        if len(claims) == MAX_REASONS:
            break
    stated = not ranked.level_guessed
    if stated and not any(c.template == "resource.level" for c in claims):
        claims.append(
            Claim("resource", "resource.level", _ev(skill=skill, level=ranked.taught_level.value))
        )
    return claims


def week_claims(
    skill: str, prerequisite_of: Sequence[str], priority: str, first: int, last: int
) -> list[Claim]:
    claims = [
        Claim("week", "week.prerequisite", _ev(later=later, skill=skill))
        for later in prerequisite_of[:2]
    ]
    if not claims:
        claims.append(Claim("week", "week.priority", _ev(skill=skill, priority=priority.lower())))
    if first == last:
        claims.append(Claim("week", "week.single", _ev(first=str(first))))
    else:
        claims.append(Claim("week", "week.when", _ev(first=str(first), last=str(last))))
    return claims


def part_claims(resource_hours: float, planned: float, level: Level) -> list[Claim]:
    """When a step plans only part of a long resource, say how much."""
    if planned >= resource_hours:
        return []
    return [
        Claim(
            "week",
            "week.part",
            _ev(planned=fmt_number(planned), hours=fmt_number(resource_hours), level=level.value),
        )
    ]


# --- validating a rephrasing ---------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"[\"“”']([^\"“”']{4,})[\"“”']")


def _norm_number(text: str) -> str:
    plain = text.replace(",", "")
    try:
        return fmt_number(float(plain)) if "." in plain else str(int(plain))
    except ValueError:
        return plain


def record_terms(explanation: Explanation) -> tuple[set[str], set[str], set[str]]:
    """Numbers, skill names and titles the record holds (numbers normalised, names lower case)."""
    numbers: set[str] = set()
    for claim in explanation.claims:
        for value in claim.values():
            numbers.update(_norm_number(n) for n in _NUMBER.findall(value))
        numbers.update(_norm_number(n) for n in _NUMBER.findall(claim.render()))
    skills = {explanation.skill.lower()}
    for claim in explanation.claims:
        skills.update(v.lower() for k, v in claim.evidence if k in {"skill", "later"})
    titles = {explanation.resource_title.lower()}
    return numbers, skills, titles


def _mentions(text: str, name: str) -> bool:
    flags = 0 if len(name) <= 3 else re.IGNORECASE
    return re.search(rf"(?<![\w+#]){re.escape(name)}(?![\w+#])", text, flags) is not None


def validate_rephrasing(
    text: str,
    explanation: Explanation,
    skill_names: Iterable[str] = (),
    known_titles: Iterable[str] = (),
) -> list[str]:
    """Problems with a rephrasing; empty when every number, skill (of ``skill_names``) and
    title (quoted, or of ``known_titles``) it names is in the record."""
    numbers, skills, titles = record_terms(explanation)
    # A title may contain a skill name ("Python for Data Analysis"); check skills without it.
    untitled = re.sub(re.escape(explanation.resource_title), " ", text, flags=re.IGNORECASE)
    problems = [
        f"number {n} is not in the record"
        for n in _NUMBER.findall(text)
        if _norm_number(n) not in numbers
    ]
    problems += [
        f"skill {name!r} is not in the record"
        for name in skill_names
        if name.lower() not in skills and _mentions(untitled, name)
    ]
    quoted = {q.strip().lower() for q in _QUOTED.findall(text)}
    problems += [f"title {q!r} is not in the record" for q in sorted(quoted - titles - skills)]
    problems += [
        f"title {title!r} is not in the record"
        for title in known_titles
        if title.lower() not in titles and title.lower() in text.lower()
    ]
    return problems


# --- optional LLM rephrasing ---------------------------------------------------------------------

Post = Callable[[str, dict[str, object], float], dict[str, object]]
REPHRASE_PROMPT = (
    "Rephrase this explanation in two friendly sentences for a career changer. Use only the "
    "facts given; do not add numbers, skills or course titles.\n\n{text}"
)


def _post_json(url: str, payload: dict[str, object], timeout: float) -> dict[str, object]:
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def rephrase(
    explanation: Explanation,
    settings: Settings,
    *,
    skill_names: Iterable[str] = (),
    post: Post | None = None,
) -> str:
    """The template text, or an LLM's rephrasing of it when ``settings.llm_base_url`` is set
    and the rephrasing passes ``validate_rephrasing``; any failure keeps the template text."""
    text = explanation.render()
    if not settings.llm_base_url:
        return text
    payload: dict[str, object] = {
        "model": settings.llm_model,
        "messages": [{"role": "user", "content": REPHRASE_PROMPT.format(text=text)}],
        "temperature": 0,
    }
    url = settings.llm_base_url.rstrip("/") + "/chat/completions"
    try:
        answer = (post or _post_json)(url, payload, settings.llm_timeout)
        candidate = str(answer["choices"][0]["message"]["content"]).strip()
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return text
    if not candidate or validate_rephrasing(candidate, explanation, skill_names):
        return text
    return candidate
