"""Rate limits on logging in and on starting an analysis, with the ``limits`` library: a moving
window per client address, counted in memory or in Redis when a Redis URL is configured."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Literal

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from careernav.errors import CareerNavError

Bucket = Literal["login", "analysis"]
WHAT = {"login": "sign-in attempts", "analysis": "analyses"}


class RateLimitedError(CareerNavError):
    code = "rate_limited"

    def __init__(self, message: str, *, hint: str | None = None, retry_after: int) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


@dataclass(frozen=True)
class RateLimitConfig:
    login: str  # e.g. "10/minute"
    analysis: str
    storage_url: str  # "memory://" or "redis://host:port/db"
    key_prefix: str = "careernav"


class RateLimits:
    def __init__(self, config: RateLimitConfig) -> None:
        self._limiter = MovingWindowRateLimiter(storage_from_string(config.storage_url))
        self._items: dict[str, RateLimitItem] = {
            "login": parse(config.login),
            "analysis": parse(config.analysis),
        }
        self._prefix = config.key_prefix

    def hit(self, bucket: Bucket, client: str) -> None:
        """Count one request of ``client``; raises ``RateLimitedError`` past the limit."""
        item = self._items[bucket]
        if self._limiter.hit(item, self._prefix, bucket, client):
            return
        reset = self._limiter.get_window_stats(item, self._prefix, bucket, client).reset_time
        wait = max(1, math.ceil(reset - time.time()))
        raise RateLimitedError(
            f"Too many {WHAT[bucket]} from your address in a short time.",
            hint=f"Wait {wait} seconds, then try again.",
            retry_after=wait,
        )
