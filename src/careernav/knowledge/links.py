"""Link checks: is each resource's page still there? Dead links sink in the ranking.

`careernav kb check-links` asks every resource's URL (HEAD, then GET where a server refuses
HEAD) and records what the server answered in ``link_status.json`` in the data folder:
alive when the final answer after redirects is below 400, dead when it is 404 or 410 (gone).
Any other answer (403 to a robot, 429, 5xx) and network errors say nothing about the page,
so they are counted and not recorded: a check without network changes no ranking. The
ranker reads the records as ``LinkStatus`` (freshness: 1 alive and recent, 0.25 stale, 0
dead, and a dead link's total times ``dead_link_penalty``).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import httpx
from pydantic import BaseModel

from careernav.config import Settings
from careernav.knowledge.model import Resource
from careernav.ranking import LinkStatus

LINK_STATUS_FILE = "link_status.json"
GONE = frozenset({404, 410})
# Servers that refuse HEAD (or answer it wrongly) but serve GET.
RETRY_WITH_GET = frozenset({400, 403, 405, 501})
USER_AGENT = "CareerNav link check (+https://github.com/careernav)"


class LinkRecord(BaseModel):
    url: str
    alive: bool
    status: int
    checked: date


class LinkStatusFile(BaseModel):
    about: str = "CareerNav link checks: resource id -> the last answer of its URL."
    links: dict[str, LinkRecord] = {}


def link_status_path(settings: Settings) -> Path:
    return settings.data_dir / LINK_STATUS_FILE


def answer_of(client: httpx.Client, url: str) -> int | None:
    """The HTTP status the page answers with after redirects; None when nothing answered."""
    try:
        response = client.head(url)
        if response.status_code in RETRY_WITH_GET:
            with client.stream("GET", url) as streamed:
                return streamed.status_code
        return response.status_code
    except (httpx.HTTPError, httpx.InvalidURL):
        return None


def verdict(status: int | None) -> bool | None:
    """alive, dead, or None when the answer says nothing about the page."""
    if status is None:
        return None
    if status < 400:
        return True
    return False if status in GONE else None


class CheckSummary(BaseModel):
    checked: int
    alive: int
    dead: int
    unknown: int
    answers: dict[str, int]  # status (or "no answer") -> count


def check_links(
    resources: Iterable[Resource],
    *,
    today: date,
    timeout: float = 10.0,
    workers: int = 8,
    on_done: Callable[[], None] | None = None,
) -> tuple[dict[str, LinkRecord], CheckSummary]:
    """Check each resource's URL; records for the alive and the dead, and a summary."""
    items = [(r.id, str(r.url)) for r in resources]
    headers = {"User-Agent": USER_AGENT}
    with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client:

        def check(item: tuple[str, str]) -> tuple[str, str, int | None]:
            status = answer_of(client, item[1])
            if on_done is not None:
                on_done()
            return item[0], item[1], status

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            answers = list(pool.map(check, items))
    records: dict[str, LinkRecord] = {}
    counts: Counter[str] = Counter()
    for resource_id, url, status in answers:
        counts[str(status) if status is not None else "no answer"] += 1
        alive = verdict(status)
        if alive is not None and status is not None:
            records[resource_id] = LinkRecord(url=url, alive=alive, status=status, checked=today)
    dead = sum(1 for r in records.values() if not r.alive)
    summary = CheckSummary(
        checked=len(answers),
        alive=len(records) - dead,
        dead=dead,
        unknown=len(answers) - len(records),
        answers=dict(counts.most_common()),
    )
    return records, summary


def save_link_records(path: Path, records: dict[str, LinkRecord]) -> None:
    """Merge new records into the file: a later check of a resource replaces the earlier."""
    current = _read(path)
    current.links.update(records)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(current.model_dump_json(indent=1), encoding="utf-8")


def _read(path: Path) -> LinkStatusFile:
    if not path.is_file():
        return LinkStatusFile()
    return LinkStatusFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


def link_statuses(settings: Settings) -> dict[str, LinkStatus]:
    """The recorded statuses for the ranker (read again only when the file changes)."""
    path = link_status_path(settings)
    found = path.stat() if path.is_file() else None
    return _statuses(path, (found.st_mtime_ns, found.st_size) if found else (0, 0))


@lru_cache(maxsize=4)
def _statuses(path: Path, stamp: tuple[int, int]) -> dict[str, LinkStatus]:
    return {
        resource_id: LinkStatus(alive=record.alive, checked=record.checked)
        for resource_id, record in _read(path).links.items()
    }


@dataclass(eq=False)
class RecordedLinks(Mapping[str, LinkStatus]):
    """The recorded statuses as a live mapping for a long-running ranker (the web app): a
    `kb check-links` run while it serves reaches the next ranking. The file's timestamp is
    looked at most once every ``recheck_seconds``, not once per resource."""

    settings: Settings
    recheck_seconds: float = 5.0
    _statuses: dict[str, LinkStatus] = field(default_factory=dict, repr=False)
    _looked_at: float | None = field(default=None, repr=False)

    def _current(self) -> dict[str, LinkStatus]:
        now = time.monotonic()
        if self._looked_at is None or now - self._looked_at >= self.recheck_seconds:
            self._statuses = link_statuses(self.settings)
            self._looked_at = now
        return self._statuses

    def __getitem__(self, resource_id: str) -> LinkStatus:
        return self._current()[resource_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())
