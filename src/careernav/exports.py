"""Roadmap exports: Markdown for reading and sharing, iCalendar (RFC 5545) for a calendar.

The calendar has one VEVENT per study block (an item's hours in one week), on consecutive
days of its week from the roadmap's start, starting at ``study_start_hour`` local time.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from careernav.roadmap import LaterItem, Roadmap, RoadmapItem, StudyBlock

PRODID = "-//CareerNav//Learning roadmap//EN"
_FOLD_AT = 75  # octets per content line before folding (RFC 5545, 3.1)


def _hours(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


# --- Markdown -------------------------------------------------------------------------------------


def _item_markdown(item: RoadmapItem, block: StudyBlock, first: int, last: int) -> list[str]:
    r = item.resource
    span = f" (weeks {first}-{last})" if first != last else ""
    from_level = item.from_level.value if item.from_level else "none"
    lines = [
        f"- **{item.gap.name}**: {from_level} → {item.to_level.value}, {_hours(block.hours)} h"
        f"{span}: [{r.title}]({r.url}) ({r.format}, {r.provider}, {_hours(r.hours)} h in all"
        f"{', free' if r.free else ''})",
    ]
    if item.explanation is not None:
        lines.append(f"  - Why: {item.explanation.render()}")
    for alternative in item.alternatives:
        a = alternative.ranked.resource
        lines.append(f"  - Instead: [{a.title}]({a.url}): {alternative.why_different}")
    return lines


def _later_markdown(item: LaterItem) -> str:
    gap = item.gap
    start = gap.your_level.value if gap.your_level else "none"
    head = f"- **{gap.name}** ({gap.priority_label} priority): {start} → {gap.required_level.value}"
    if item.suggestion is None:
        return head
    r = item.suggestion.resource
    return f"{head}, start with [{r.title}]({r.url}) ({r.format}, about {_hours(item.hours)} h)"


def roadmap_markdown(roadmap: Roadmap) -> str:
    items = {i.key: i for i in roadmap.items}
    lines = [
        f"# Learning roadmap: {roadmap.target}",
        "",
        f"- Study time: {_hours(roadmap.hours_per_week)} h per week",
        f"- Estimated time: {roadmap.eta_weeks} weeks (target date {roadmap.target_date})",
        f"- Starting: {roadmap.request.start}",
        "",
    ]
    if roadmap.milestones:
        lines += ["## Milestones", ""]
        lines += [f"- Week {m.week}: {m.skill} at {m.level.value}" for m in roadmap.milestones]
        lines.append("")
    if roadmap.missing:
        lines += ["## Not covered yet", ""]
        lines += [f"- {m.message}" for m in roadmap.missing]
        lines.append("")
    for week, blocks in roadmap.weeks():
        total = sum(b.hours for b in blocks)
        lines += [f"## Week {week} ({_hours(total)} h)", ""]
        for block in blocks:
            first, last = roadmap.item_weeks(block.item_key)
            lines += _item_markdown(items[block.item_key], block, first, last)
        lines.append("")
    if roadmap.later:
        lines += ["## Later (optional, not in the estimate)", ""]
        lines += [_later_markdown(item) for item in roadmap.later]
        lines.append("")
    return "\n".join(lines)


# --- iCalendar ------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545, 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, continuation lines starting with a
    space (RFC 5545, 3.1); never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _FOLD_AT
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def duration(hours: float) -> str:
    """DURATION value (RFC 5545, 3.3.6) rounded to the minute: 1.5 -> PT1H30M."""
    minutes = max(1, round(hours * 60))
    h, m = divmod(minutes, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "")


def block_start(start: date, week: int, position: int, hour: int) -> datetime:
    day = start + timedelta(weeks=week - 1, days=position % 7)
    return datetime(day.year, day.month, day.day, hour, 0) + timedelta(hours=2 * (position // 7))


def _event(roadmap: Roadmap, block: StudyBlock, position: int, hour: int, stamp: str) -> list[str]:
    item = roadmap.item(block.item_key)
    r = item.resource
    begins = block_start(roadmap.request.start, block.week, position, hour)
    uid_source = f"{roadmap.target}|{roadmap.request.start}|{block.week}|{block.item_key}"
    uid = hashlib.sha1(uid_source.encode()).hexdigest()[:20]
    description = f"{r.title} ({r.format}, {r.provider}). {r.url}"
    if item.explanation is not None:
        description += "\n" + item.explanation.render()
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@careernav",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{begins:%Y%m%dT%H%M%S}",
        f"DURATION:{duration(block.hours)}",
        f"SUMMARY:{escape_text(f'Study {item.gap.name}: {r.title}')}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{r.url}",
        "END:VEVENT",
    ]


def roadmap_ics(roadmap: Roadmap, study_start_hour: int = 18, now: datetime | None = None) -> str:
    stamp = f"{(now or datetime.now(UTC)).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for _, blocks in roadmap.weeks():
        for position, block in enumerate(blocks):
            lines += _event(roadmap, block, position, study_start_hour, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
