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
        default=0.62,
        description="Cosine similarity a sentence needs to a skill description to count "
        "(chosen on the development set by `careernav eval extraction --sweep`).",
    )
    min_role_postings: int = Field(
        default=8,
        description="Postings a role needs before its benchmark is trusted; fewer falls back "
        "to ESCO essential/optional skills when ESCO is imported.",
    )
    llm_base_url: str | None = Field(
        default=None, description="OpenAI-compatible endpoint for optional rephrasing; off when unset."
    )

    @property
    def imported_dir(self) -> Path:
        return self.data_dir / "imported"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
