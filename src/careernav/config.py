"""One place for settings. Every setting has a default and help text; env prefix CAREERNAV_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".careernav"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CAREERNAV_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Where imported taxonomies, built benchmarks and the database live.",
    )
    shared_data: Path = Field(
        default=Path("../shared/data"),
        description="Folder of public reference data used by evaluation and benchmarks.",
    )
    max_upload_bytes: int = Field(
        default=10 * 1024 * 1024, description="Largest document accepted, in bytes."
    )
    semantic_layer: bool = Field(
        default=True,
        description="Find skills described without being named, with sentence embeddings.",
    )
    semantic_threshold: float = Field(
        default=0.8,
        description="Cosine similarity a sentence needs to a skill description to count "
        "(chosen on the development set by `careernav eval extraction --sweep`).",
    )
    min_role_postings: int = Field(
        default=8,
        description="Postings a role needs before its benchmark is trusted; fewer falls back "
        "to ESCO essential/optional skills when ESCO is imported.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint for optional rephrasing; off when unset.",
    )
    llm_model: str = Field(
        default="gpt-4o-mini", description="Model name sent to the rephrasing endpoint."
    )
    llm_timeout: float = Field(
        default=10.0, description="Seconds to wait for the rephrasing endpoint before giving up."
    )
    # Retrieval of candidate resources (careernav.knowledge.retrieval).
    fusion_method: str = Field(
        default="rrf",
        description="How tag, BM25 and dense candidate lists are fused: 'rrf' (reciprocal rank "
        "fusion) or 'weighted' (weighted sum of min-max scores); chosen on the judged set by "
        "`careernav eval recommend --compare`.",
    )
    rrf_k: float = Field(default=60.0, description="The k of reciprocal rank fusion.")
    fusion_weights: tuple[float, float, float] = Field(
        default=(1.0, 0.5, 1.0),
        description="Weights of the tag, BM25 and dense runs for the weighted-sum fusion.",
    )
    candidates_per_run: int = Field(
        default=100, description="Candidates each retrieval run (BM25, dense) contributes."
    )
    max_candidates: int = Field(
        default=300, description="Fused candidates a skill's ranking looks at, at most."
    )
    # Ranking weights (careernav.ranking); each multiplies a component in [0, 1].
    weight_relevance: float = Field(
        default=0.14, description="Weight of retrieval relevance (fused score / best score)."
    )
    weight_alignment: float = Field(
        default=0.11,
        description="Weight of skill alignment: the resource is tagged with the skill, at or "
        "above the needed level.",
    )
    weight_focus: float = Field(
        default=0.09,
        description="Weight of focus: the share of the title's words that name the skill (its "
        "main subject rather than one part of it).",
    )
    weight_level_fit: float = Field(
        default=0.16,
        description="Weight of level fit: the resource's level is the next step from the "
        "learner's current level to the needed one.",
    )
    weight_depth: float = Field(
        default=0.09,
        description="Weight of depth: the resource is long enough to take a learner a level "
        "step (a one-hour cheat sheet is not).",
    )
    weight_rating: float = Field(
        default=0.07, description="Weight of the Bayesian-averaged learner rating."
    )
    weight_popularity: float = Field(
        default=0.05, description="Weight of log-scaled popularity (learners, else ratings)."
    )
    weight_expert: float = Field(default=0.03, description="Weight of the expert-reviewed flag.")
    weight_community: float = Field(
        default=0.03,
        description="Weight of CareerNav users' comment sentiment (VADER); neutral when none.",
    )
    weight_style: float = Field(
        default=0.16, description="Weight of the match between format and learning style."
    )
    weight_time_fit: float = Field(
        default=0.03,
        description="Weight of time fit: the resource fits in `time_fit_weeks` of the budget.",
    )
    weight_cost: float = Field(default=0.03, description="Weight of cost (free first).")
    weight_freshness: float = Field(
        default=0.01, description="Weight of link freshness (checked and alive); neutral unknown."
    )
    min_untagged_similarity: float = Field(
        default=0.5,
        description="Cosine a resource not tagged with a skill needs to the skill (and a BM25 "
        "match) to be recommended for it.",
    )
    rating_prior_mean: float = Field(
        default=4.0,
        description="Prior mean rating (0-5) of the Bayesian average: a resource with few "
        "ratings is pulled toward it.",
    )
    rating_prior_count: float = Field(
        default=20.0, description="Weight of the prior, in ratings, in the Bayesian average."
    )
    popularity_reference: int = Field(
        default=1_000_000, description="Learners at which popularity reaches 1 (log scale)."
    )
    time_fit_weeks: float = Field(
        default=4.0,
        description="Weeks of the weekly budget a resource may take at full time-fit score.",
    )
    dead_link_penalty: float = Field(
        default=0.25, description="Multiplier of the total score of a resource whose link is dead."
    )
    stale_link_days: int = Field(
        default=365, description="Days after which a link check is stale (freshness 0.25)."
    )
    roadmap_min_priority: float = Field(
        default=0.2,
        description="Gaps below this priority (gaps.py: Medium from 0.2, High from 0.5) stay out "
        "of the roadmap unless a chosen gap needs them first.",
    )
    roadmap_core_priority: float = Field(
        default=0.5,
        description="Gaps from this priority (High) and the gaps they need first make the "
        "route and its ETA; the other gaps above `roadmap_min_priority` are listed as optional "
        "later steps outside the ETA.",
    )
    study_start_hour: int = Field(
        default=18, description="Hour of day study blocks start in calendar exports."
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database that keeps accounts, confirmed profiles, "
        "roadmap progress and feedback, e.g. postgresql+psycopg://user@host/careernav; unset: "
        "the SQLite file careernav.db in data_dir.",
    )

    @property
    def imported_dir(self) -> Path:
        return self.data_dir / "imported"

    @property
    def database(self) -> str:
        """The database URL in use: ``database_url``, else SQLite in ``data_dir``."""
        return self.database_url or f"sqlite:///{self.data_dir / 'careernav.db'}"

    @property
    def index_dir(self) -> Path:
        """Where the resource vector index lives (built with the catalogue)."""
        return self.data_dir / "index"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
