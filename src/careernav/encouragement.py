"""Milestones reached on a roadmap: skills closed, share of the route done, weeks on pace.

Built from the progress records alone (what was marked done and when), so every message names
something the person did. A week is *on pace* when the hours done by its end reach the hours
planned by then (the weekly budget times the weeks since the start, at most the whole route);
the streak counts such weeks back from the last full week.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from careernav.progress import ItemProgress
from careernav.roadmap import Roadmap

Kind = Literal["skill_closed", "share_done", "streak"]
SHARES = (1.0, 0.75, 0.5, 0.25)  # the largest share passed is the one reported
MIN_STREAK = 2


@dataclass(frozen=True)
class Achievement:
    kind: Kind
    message: str


def skills_closed(roadmap: Roadmap, progress: Mapping[str, ItemProgress]) -> list[str]:
    """Skills whose every step on the route is done, in route order."""
    steps: dict[str, list[bool]] = {}
    names: dict[str, str] = {}
    for item in roadmap.items:
        state = progress.get(item.key)
        steps.setdefault(item.gap.skill_id, []).append(state is not None and state.done)
        names[item.gap.skill_id] = item.gap.name
    return [names[skill] for skill, done in steps.items() if all(done)]


def share_done(roadmap: Roadmap, progress: Mapping[str, ItemProgress]) -> float:
    total = sum(item.hours for item in roadmap.items)
    done = sum(item.hours for item in roadmap.items if _is_done(progress, item.key))
    return done / total if total else 0.0


def weeks_on_pace(roadmap: Roadmap, progress: Mapping[str, ItemProgress], today: date) -> int:
    """Consecutive full weeks, counted back from the last one, that ended on pace."""
    start = roadmap.request.start
    full_weeks = max(0, (today - start).days // 7)
    total = sum(item.hours for item in roadmap.items)
    finished = [
        (state.finished_on, roadmap.item(key).hours)
        for key, state in progress.items()
        if state.done and state.finished_on is not None and _on_route(roadmap, key)
    ]
    streak = 0
    for week in range(full_weeks, 0, -1):
        week_end = start + timedelta(weeks=week)
        done_by_then = sum(hours for day, hours in finished if day < week_end)
        planned = min(total, roadmap.hours_per_week * week)
        if done_by_then + 1e-9 < planned:
            break
        streak += 1
    return streak


def achievements(
    roadmap: Roadmap, progress: Mapping[str, ItemProgress], today: date
) -> list[Achievement]:
    found: list[Achievement] = []
    closed = skills_closed(roadmap, progress)
    if closed:
        found.append(Achievement("skill_closed", _closed_message(closed)))
    share = share_done(roadmap, progress)
    passed = next((s for s in SHARES if share >= s), None)
    if passed is not None:
        message = (
            "Route complete: you are ready for the role's demands on this route."
            if passed == 1.0
            else f"{passed:.0%} of the route done."
        )
        found.append(Achievement("share_done", message))
    streak = weeks_on_pace(roadmap, progress, today)
    if streak >= MIN_STREAK:
        found.append(Achievement("streak", f"{streak} weeks in a row on pace. Keep it going."))
    return found


def _closed_message(closed: list[str]) -> str:
    if len(closed) == 1:
        return f"Gap closed: {closed[0]}."
    return f"{len(closed)} gaps closed: {', '.join(closed)}."


def _is_done(progress: Mapping[str, ItemProgress], key: str) -> bool:
    state = progress.get(key)
    return state is not None and state.done


def _on_route(roadmap: Roadmap, key: str) -> bool:
    return any(item.key == key for item in roadmap.items)
