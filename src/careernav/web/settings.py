"""Settings of the web front end (env prefix CAREERNAV_WEB_), each with a description."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CAREERNAV_WEB_", extra="ignore")

    secret_key: str | None = Field(
        default=None,
        description="Key that signs the session cookie; unset, a random key is generated once "
        "and kept in the database, so sessions survive a restart.",
    )
    cookie_name: str = Field(default="careernav_session", description="Session cookie name.")
    cookie_secure: bool = Field(
        default=False, description="Send the session cookie over HTTPS only (set behind TLS)."
    )
    session_max_age: int = Field(
        default=8 * 3600, description="Seconds a session lives after its last use."
    )
    max_sessions: int = Field(
        default=10_000, description="Sessions the in-memory store keeps; the oldest go first."
    )
    login_rate_limit: str = Field(
        default="10/minute",
        description="Sign-in and sign-up attempts allowed per client address (moving window, "
        "in the `limits` notation: '10/minute', '100/hour').",
    )
    analysis_rate_limit: str = Field(
        default="30/minute",
        description="Analyses (uploads, pasted resumes, the demo) allowed per client address.",
    )
    rate_limit_storage: str = Field(
        default="memory://",
        description="Where rate-limit counters live: 'memory://' (this process) or a Redis URL "
        "such as redis://127.0.0.1:6379/0, shared by every process of the app.",
    )
    analysis_slots: int = Field(
        default=2,
        ge=1,
        description="Resume analyses one process runs at once (each keeps a core busy for a "
        "fraction of a second); more wait their turn while pages keep being served.",
    )
    form_overhead_bytes: int = Field(
        default=512 * 1024,
        description="Bytes a request body may hold beyond the upload limit (form fields and "
        "pasted text) before it is refused unread.",
    )
    max_pasted_chars: int = Field(
        default=200_000, description="Characters of pasted resume text accepted."
    )
    preload: bool = Field(
        default=False,
        description="Load the resource index and reference data at start-up instead of on "
        "the first request (`careernav serve` turns it on).",
    )
