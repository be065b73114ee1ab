"""Progress on a roadmap, and the ETA recalculated from the actual pace, like a GPS.

Pace = hours done / weeks elapsed since the roadmap's start (once at least a week has passed;
before that the planned hours per week). Remaining work = every item not done or skipped (an
item in progress counts what is left of it), rescheduled at that pace from today.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from careernav.roadmap import Roadmap, StudyBlock, schedule

Status = Literal["todo", "in_progress", "done", "skipped"]
MIN_ELAPSED_WEEKS = 1.0


@dataclass(frozen=True)
class ItemProgress:
    status: Status
    hours_done: float = 0.0  # for an item in progress; a done item counts all its hours
    finished_on: date | None = None  # the day it was marked done

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class Recalculation:
    done_hours: float
    remaining_hours: float
    elapsed_weeks: float
    pace: float  # hours per week used for the rest of the route
    measured: bool  # False: too early to measure, the planned pace is used
    remaining_weeks: int | None  # None: no pace at all (nothing done after a week or more)
    eta: date | None
    planned_eta: date
    blocks: tuple[StudyBlock, ...]  # the remaining work, weeks counted from today

    @property
    def weeks_late(self) -> int | None:
        """Weeks behind (positive) or ahead (negative) of the plan."""
        return None if self.eta is None else (self.eta - self.planned_eta).days // 7


def hours_done(roadmap: Roadmap, progress: Mapping[str, ItemProgress]) -> float:
    total = 0.0
    for item in roadmap.items:
        state = progress.get(item.key)
        if state is None:
            continue
        if state.status == "done":
            total += item.hours
        elif state.status == "in_progress":
            total += min(item.hours, state.hours_done)
    return total


def remaining_work(
    roadmap: Roadmap, progress: Mapping[str, ItemProgress]
) -> list[tuple[str, float]]:
    left: list[tuple[str, float]] = []
    for item in roadmap.items:
        state = progress.get(item.key, ItemProgress("todo"))
        if state.status in ("done", "skipped"):
            continue
        hours = item.hours - (state.hours_done if state.status == "in_progress" else 0.0)
        if hours > 0:
            left.append((item.key, hours))
    return left


def recalculate(
    roadmap: Roadmap, progress: Mapping[str, ItemProgress], today: date
) -> Recalculation:
    done = hours_done(roadmap, progress)
    left = remaining_work(roadmap, progress)
    remaining = sum(hours for _, hours in left)
    elapsed = max(0.0, (today - roadmap.request.start).days / 7)
    measured = elapsed >= MIN_ELAPSED_WEEKS
    pace = done / elapsed if measured else roadmap.hours_per_week
    if remaining == 0:
        blocks: list[StudyBlock] = []
        weeks: int | None = 0
    elif pace <= 0:
        blocks, weeks = [], None
    else:
        blocks = schedule(left, pace)
        weeks = max(b.week for b in blocks)
    return Recalculation(
        done_hours=done,
        remaining_hours=remaining,
        elapsed_weeks=elapsed,
        pace=pace,
        measured=measured,
        remaining_weeks=weeks,
        eta=None if weeks is None else today + timedelta(weeks=weeks),
        planned_eta=roadmap.target_date,
        blocks=tuple(blocks),
    )
