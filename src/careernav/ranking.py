"""Transparent ranking of candidate resources for one skill at one level.

Each result records every component, a value in [0, 1], and the total is the weighted sum of
the components (weights in Settings, ``weight_*``); a dead link then multiplies the total by
``dead_link_penalty``. Components:

- relevance: fused retrieval score over the best candidate's (careernav.knowledge.retrieval).
- focus: share of the title's words that name the skill (or are words like "introduction",
  "guide"): 1 for "Think Python", 0.5 for "Python GUIs with Tkinter": is the skill its main
  subject, or what it starts from (careernav.knowledge.focus).
- alignment: the resource is tagged with the skill: its mapping confidence, halved when it
  teaches the skill below the needed level (unless that level is only estimated); 0 when
  only the text matched.
- depth: hours / DEPTH_HOURS[needed level], capped at 1: a level step takes practice, so a
  one-hour cheat sheet scores 0.25 for Basic.
- level_fit: the level it brings the skill to, against the step from the learner's current
  level to the needed one: 1 exactly the needed level; 0.4 one step above or below the need
  and 0.1 two steps off (LEVEL_OFF); with a known current level, 0.7 a step on the way and
  0.2 at or below the current level. Without a current level a lower resource is not "on the
  way": someone asking for Expert material wants Expert material. When the level is only the
  importer's default (the source states none, ``level_estimated``), one step off scores
  ESTIMATED_OFF: a guess one step away is weak evidence of a mismatch.
- rating: Bayesian average (prior mean m, prior count C) of the source's mean rating and of
  CareerNav users' ratings, over 5: (C*m + n*mean + sum(user)) / (C + n + len(user)) / 5.
- popularity: log10(1 + learners) / log10(1 + popularity_reference), capped at 1 (learners,
  else the number of ratings).
- expert: 1 when expert-reviewed, else 0.
- community: CareerNav users' comments, (mean VADER compound + 1) / 2; 0.5 without comments.
- style: format against the preferred learning style (STYLE_FIT; a course by how it teaches,
  COURSE_STYLE_FIT); 0.5 when none is given.
- time_fit: 1 when it fits in ``time_fit_weeks`` weeks of the budget, else that over its
  weeks; 0.5 when no budget is given.
- cost: 1 free, 0.75 free to audit, 0.25 paid.
- freshness: 1 link checked alive within ``stale_link_days``, 0.25 alive but stale, 0 dead,
  0.5 never checked (`careernav kb check-links` records checks; careernav.knowledge.links).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from careernav.config import Settings
from careernav.knowledge.delivery import Delivery, course_delivery
from careernav.knowledge.focus import title_focus
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.knowledge.retrieval import Candidate, Retriever
from careernav.models import Level
from careernav.taxonomy.model import SkillRecord

Style = Literal["video", "reading", "hands-on"]
STYLES: tuple[str, ...] = ("video", "reading", "hands-on")
COMPONENTS = (
    "relevance",
    "alignment",
    "focus",
    "level_fit",
    "depth",
    "rating",
    "popularity",
    "expert",
    "community",
    "style",
    "time_fit",
    "cost",
    "freshness",
)
NEUTRAL = 0.5
# Level fit of a resource off the needed level, by the number of steps above or below.
LEVEL_OFF: dict[int, float] = {1: 0.4, 2: 0.1}
ON_THE_WAY = 0.7
AT_OR_BELOW_CURRENT = 0.2
ESTIMATED_OFF = 0.7
# Hours of study below which a resource cannot take a learner a full step to this level.
DEPTH_HOURS: dict[Level, float] = {Level.BASIC: 4.0, Level.INTERMEDIATE: 8.0, Level.EXPERT: 12.0}

# How well a format serves a learning style (1 its own format, 0.5 partly: MOOCs are mostly
# lectures with exercises, podcasts are listened to).
STYLE_FIT: dict[str, dict[str, float]] = {
    "video": {"video": 1.0, "course": 0.5, "podcast": 0.5},
    "reading": {"book": 1.0, "article": 1.0, "documentation": 1.0},
    "hands-on": {"interactive": 1.0, "course": 0.5},
}
# A course by how it teaches (careernav.knowledge.delivery): video lectures suit a video
# learner better than other courses do, text lessons partly suit a reader, browser exercises
# suit hands-on learning as an interactive resource does.
COURSE_STYLE_FIT: dict[str, dict[Delivery, float]] = {
    "video": {"lectures": 0.75, "interactive": 0.25, "text": 0.25},
    "reading": {"lectures": 0.0, "interactive": 0.0, "text": 0.5},
    "hands-on": {"lectures": 0.5, "interactive": 1.0, "text": 0.5},
}


@dataclass(frozen=True)
class Feedback:
    """What CareerNav users said about a resource: ratings (0-5) and free-text comments."""

    ratings: tuple[float, ...] = ()
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkStatus:
    alive: bool
    checked: date


@dataclass(frozen=True)
class RankingWeights:
    values: dict[str, float]

    @classmethod
    def from_settings(cls, settings: Settings) -> RankingWeights:
        return cls({name: float(getattr(settings, f"weight_{name}")) for name in COMPONENTS})


@dataclass(frozen=True)
class RankedResource:
    resource: Resource
    score: float
    components: dict[str, float]
    taught_level: Level  # the level it brings the skill to (its own level when untagged)
    dead_link: bool = False
    level_guessed: bool = False  # the importer guessed the level; no source or curator states it

    def contributions(self, weights: RankingWeights) -> dict[str, float]:
        return {name: weights.values[name] * value for name, value in self.components.items()}


# --- components: small pure functions -------------------------------------------------------


def alignment_score(taught: TaughtSkill | None, needed: Level, estimated: bool = False) -> float:
    if taught is None:
        return 0.0
    return taught.score * (1.0 if estimated or taught.level.rank >= needed.rank else 0.5)


def level_fit_score(
    taught: Level, current: Level | None, needed: Level, estimated: bool = False
) -> float:
    if taught == needed:
        return 1.0
    if estimated and abs(taught.rank - needed.rank) == 1:
        return ESTIMATED_OFF
    if taught.rank < needed.rank and current is not None:
        return ON_THE_WAY if taught.rank > current.rank else AT_OR_BELOW_CURRENT
    return LEVEL_OFF[abs(taught.rank - needed.rank)]


def depth_score(hours: float, needed: Level) -> float:
    return min(1.0, hours / DEPTH_HOURS[needed])


def bayesian_rating(
    mean: float | None,
    count: int | None,
    prior_mean: float,
    prior_count: float,
    extra: Sequence[float] = (),
) -> float:
    """(C*m + n*mean + sum(extra)) / (C + n + len(extra)); n is 0 without a mean."""
    n = count or 0 if mean is not None else 0
    total = prior_count * prior_mean + n * (mean or 0.0) + sum(extra)
    return total / (prior_count + n + len(extra))


def popularity_score(learners: int | None, ratings: int | None, reference: int) -> float:
    count = learners if learners is not None else (ratings or 0)
    return min(1.0, math.log10(1 + count) / math.log10(1 + reference))


def community_score(compounds: Sequence[float]) -> float:
    """(mean VADER compound + 1) / 2; neutral 0.5 without comments."""
    if not compounds:
        return NEUTRAL
    return (sum(compounds) / len(compounds) + 1) / 2


def style_score(resource_format: str, style: str | None, delivery: Delivery | None = None) -> float:
    """Format against style; a course's ``delivery`` (lectures, interactive, text) refines it."""
    if style is None:
        return NEUTRAL
    if style not in STYLE_FIT:
        raise ValueError(f"unknown learning style {style!r}; use one of {', '.join(STYLES)}")
    if resource_format == "course" and delivery is not None:
        return COURSE_STYLE_FIT[style][delivery]
    return STYLE_FIT[style].get(resource_format, 0.0)


def time_fit_score(hours: float, hours_per_week: float | None, weeks_ok: float) -> float:
    if not hours_per_week:
        return NEUTRAL
    weeks = hours / hours_per_week
    return 1.0 if weeks <= weeks_ok else weeks_ok / weeks


def cost_score(resource: Resource) -> float:
    if resource.access == "audit":
        return 0.75
    return 1.0 if resource.free else 0.25


def freshness_score(status: LinkStatus | None, today: date, stale_days: int) -> float:
    if status is None:
        return NEUTRAL
    if not status.alive:
        return 0.0
    return 1.0 if (today - status.checked).days <= stale_days else 0.25


@lru_cache(maxsize=4096)
def comment_compound(text: str) -> float:
    """VADER compound polarity of one comment (Hutto & Gilbert 2014), in [-1, 1]."""
    return _vader().polarity_scores(text)["compound"]


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


# --- the ranker --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankingRequest:
    level: Level
    current_level: Level | None = None
    style: str | None = None
    free_only: bool = False
    hours_per_week: float | None = None
    exclude: frozenset[str] = frozenset()


@dataclass
class Ranker:
    """Scores a skill's candidates; feedback and link checks may be fed in by the web app."""

    retriever: Retriever
    settings: Settings
    feedback: Mapping[str, Feedback] = field(default_factory=dict)
    links: Mapping[str, LinkStatus] = field(default_factory=dict)
    today: date = field(default_factory=date.today)

    @property
    def weights(self) -> RankingWeights:
        return RankingWeights.from_settings(self.settings)

    def components(
        self, candidate: Candidate, skill_id: str, request: RankingRequest
    ) -> dict[str, float]:
        resource, s = candidate.resource, self.settings
        taught = next((t for t in resource.skills if t.skill_id == skill_id), None)
        said = self.feedback.get(resource.id, Feedback())
        pop = resource.popularity
        rating = bayesian_rating(
            pop.rating, pop.ratings, s.rating_prior_mean, s.rating_prior_count, said.ratings
        )
        estimated = level_guessed(resource, taught)
        skill = self.retriever.taxonomy.get(skill_id)
        delivery = course_delivery(str(resource.url)) if resource.format == "course" else None
        return {
            "relevance": candidate.relevance,
            "alignment": alignment_score(taught, request.level, estimated),
            "focus": title_focus(resource.title, skill) if skill is not None else 0.0,
            "level_fit": level_fit_score(
                taught.level if taught else resource.level,
                request.current_level,
                request.level,
                estimated,
            ),
            "depth": depth_score(resource.hours, request.level),
            "rating": rating / 5.0,
            "popularity": popularity_score(pop.learners, pop.ratings, s.popularity_reference),
            "expert": 1.0 if resource.expert_reviewed else 0.0,
            "community": community_score([comment_compound(c) for c in said.comments]),
            "style": style_score(resource.format, request.style, delivery),
            "time_fit": time_fit_score(resource.hours, request.hours_per_week, s.time_fit_weeks),
            "cost": cost_score(resource),
            "freshness": freshness_score(
                self.links.get(resource.id), self.today, s.stale_link_days
            ),
        }

    def score(
        self,
        components: Mapping[str, float],
        dead: bool,
        weights: Mapping[str, float] | None = None,
    ) -> float:
        weights = weights if weights is not None else self.weights.values
        total = sum(weights[name] * value for name, value in components.items())
        return total * (self.settings.dead_link_penalty if dead else 1.0)

    def rank(
        self,
        skill: SkillRecord,
        request: RankingRequest,
        k: int = 10,
        candidates: Sequence[Candidate] | None = None,
    ) -> list[RankedResource]:
        """The k best eligible candidates; pass ``candidates`` to reuse a skill's retrieval."""
        if request.style is not None and request.style not in STYLE_FIT:
            raise ValueError(
                f"unknown learning style {request.style!r}; use one of {', '.join(STYLES)}"
            )
        pool = self.retriever.candidates(skill, request.level) if candidates is None else candidates
        ranked: list[RankedResource] = []
        weights = self.weights.values
        for candidate in pool:
            resource = candidate.resource
            if resource.id in request.exclude or (request.free_only and not resource.free):
                continue
            if not is_eligible(candidate, skill.id, self.settings.min_untagged_similarity):
                continue
            parts = self.components(candidate, skill.id, request)
            status = self.links.get(resource.id)
            dead = status is not None and not status.alive
            tag = next((t for t in resource.skills if t.skill_id == skill.id), None)
            ranked.append(
                RankedResource(
                    resource,
                    self.score(parts, dead, weights),
                    parts,
                    tag.level if tag else resource.level,
                    dead,
                    level_guessed(resource, tag),
                )
            )
        ranked.sort(key=lambda r: (-r.score, r.resource.id))
        return ranked[:k]


def level_guessed(resource: Resource, taught: TaughtSkill | None) -> bool:
    """Whether the level is only the importer's default: a curated tag states its level."""
    return resource.level_estimated and (taught is None or taught.method != "curated")


def is_eligible(candidate: Candidate, skill_id: str, min_similarity: float) -> bool:
    """Tagged with the skill; or found by BM25 and by dense vectors with a cosine of at least
    ``min_similarity``: one run's loose match is no evidence that it teaches the skill."""
    if any(t.skill_id == skill_id for t in candidate.resource.skills):
        return True
    close = candidate.similarity is not None and candidate.similarity >= min_similarity
    return "bm25" in candidate.runs and "dense" in candidate.runs and close


def rank_resources(
    skill_id: str,
    level: Level,
    *,
    current_level: Level | None = None,
    style: str | None = None,
    free_only: bool = False,
    hours_per_week: float | None = None,
    k: int = 10,
    ranker: Ranker | None = None,
) -> list[RankedResource]:
    """The k best resources to bring ``skill_id`` to ``level``, each with its components."""
    from careernav.config import get_settings
    from careernav.errors import UnknownSkillError
    from careernav.knowledge.links import link_statuses
    from careernav.knowledge.retrieval import load_retriever

    if ranker is None:
        settings = get_settings()
        ranker = Ranker(load_retriever(settings), settings, links=link_statuses(settings))
    skill = ranker.retriever.taxonomy.get(skill_id)
    if skill is None:
        raise UnknownSkillError(f"No skill with the id {skill_id!r}.")
    request = RankingRequest(level, current_level, style, free_only, hours_per_week)
    return ranker.rank(skill, request, k=k)
