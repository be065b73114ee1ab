"""Resume mentions -> skills with a level judged from evidence (annotation guide rules).

Expert: 5+ years in the dated roles that mention it, teaching or architecting with it, or an
expert cue ("advanced", "extensive"). Intermediate: used in work experience (1-5 years) or a
proficiency cue ("proficient", "strong"). Basic: listed only, coursework, "familiar with".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from careernav.extract.cues import (
    COURSEWORK,
    LANGUAGE_MASTERY,
    LEADS_CUE,
    cue_near,
    level_from_years,
    years_in,
)
from careernav.extract.mentions import Mention
from careernav.models import DatedRole, ExtractedSkill, Level
from careernav.taxonomy.model import Taxonomy

_WORK_SECTIONS = {"experience", "projects"}
# An accomplishments section's line opening with a past-tense work verb ("Maintained records
# for annual audits", "Led the migration") tells of work delivered, as an experience line does.
_ACCOMPLISHMENT_SECTIONS = {"other", "certifications"}
_DONE_VERB = re.compile(
    r"^(?!(?:Experienced|Skilled|Motivated|Dedicated|Detailed|Talented|Qualified|Certified|"
    r"Licensed|Interested|Focused|Organized)\b)[A-Z][a-z]+ed\b|"
    r"^(?:Led|Ran|Built|Wrote|Oversaw|Taught|Made|Set up|Won|Grew)\b"
)


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def document_date(text: str, today: date | None = None) -> date:
    """When the document was written, as far as its text tells: the start of the year after
    the latest year it mentions, never later than today. A role ending "Present" runs to it."""
    today = today or date.today()
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today.year]
    if not years:
        return today
    return min(today, date(max(years) + 1, 1, 1))


def role_years(roles: Iterable[DatedRole], as_of: date | None = None) -> float | None:
    """Years covered by the roles, overlapping periods counted once."""
    as_of = as_of or date.today()
    spans = sorted(
        (role.start, role.end or as_of)
        for role in roles
        if role.start is not None and (role.end is not None or role.current)
    )
    if not spans:
        return None
    total_days, (current_start, current_end) = 0, spans[0]
    for start, end in spans[1:]:
        if start > current_end:
            total_days += (current_end - current_start).days
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    total_days += (current_end - current_start).days
    return round(max(total_days, 0) / 365.25, 1)


def judge_resume_skill(
    skill_id: str, mentions: list[Mention], taxonomy: Taxonomy, as_of: date | None = None
) -> ExtractedSkill:
    skill = taxonomy.skills[skill_id]
    reasons: list[str] = []
    level = Level.BASIC
    learned = {id(m) for m in mentions if COURSEWORK.search(m.sentence, 0, m.start)}
    used_at_work = [
        m
        for m in mentions
        if (m.role is not None or m.section.kind in _WORK_SECTIONS or _accomplished(m))
        and id(m) not in learned
    ]
    if used_at_work:
        level = Level.INTERMEDIATE
        reasons.append("used in work experience")
    years = role_years({m.role for m in used_at_work if m.role is not None}, as_of)
    if years is not None:
        reasons.append(f"{years:g} years in roles that mention it")
    stated = [y for m in mentions if (y := _stated_years(m)) is not None]
    if stated:
        years = max(years or 0.0, max(stated))
        reasons.append(f"{max(stated):g} years stated")
    if years is not None and level_from_years(years).rank > level.rank:
        level = level_from_years(years)
    cues = [c for m in mentions if (c := _cue(m, id(m) in learned)) is not None]
    strongest = max(cues, key=lambda c: c[0].rank, default=None)
    if strongest is not None:
        cue_level, word = strongest
        if cue_level is Level.BASIC and not used_at_work:
            level = Level.BASIC
        elif cue_level.rank > level.rank:
            level = cue_level
        reasons.append(f"described as {word!r}")
    if skill.category == "Languages" and any(LANGUAGE_MASTERY.search(m.sentence) for m in mentions):
        level = Level.EXPERT
        reasons.append("fluent, bilingual or native speaker")
    if any(LEADS_CUE.search(m.sentence[: m.start]) for m in used_at_work):
        level = Level.EXPERT
        reasons.append("teaches, mentors or architects with it")
    confidence = _confidence(mentions)
    return ExtractedSkill(
        id=skill.id,
        name=skill.name,
        type=skill.type,
        level=level,
        confidence=confidence,
        evidence=_evidence(mentions),
        years=years,
        reasons=tuple(reasons),
    )


def _accomplished(mention: Mention) -> bool:
    return mention.section.kind in _ACCOMPLISHMENT_SECTIONS and bool(
        _DONE_VERB.match(mention.sentence)
    )


def _cue(mention: Mention, learned: bool) -> tuple[Level, str] | None:
    """The level word for a mention; coursework names a course ("Coursework in Advanced
    Financial Accounting"), so it outranks the course title's own words."""
    if learned:
        return Level.BASIC, "coursework"
    found = cue_near(mention.sentence, mention.start, mention.end)
    if found is None and mention.lead:
        # "Excellent communication and" / "project management skills": the word that
        # governs the list sits on the line the sentence wrapped from.
        shift = len(mention.lead) + 1
        joined = f"{mention.lead} {mention.sentence}"
        found = cue_near(joined, mention.start + shift, mention.end + shift)
    return found


def _stated_years(mention: Mention) -> float | None:
    """Years stated in the mention's sentence, or in the wrapped line it continues."""
    years = years_in(mention.sentence)
    if years is None and mention.lead:
        years = years_in(f"{mention.lead} {mention.sentence}")
    return years


def _confidence(mentions: list[Mention]) -> float:
    sections = {m.section.kind for m in mentions}
    return min(0.98, 0.7 + 0.08 * len(mentions) + 0.05 * len(sections))


def _evidence(mentions: list[Mention], limit: int = 3) -> tuple[str, ...]:
    quotes: list[str] = []
    for mention in mentions:
        quote = mention.evidence
        if quote not in quotes:
            quotes.append(quote)
        if len(quotes) == limit:
            break
    return tuple(quotes)


def skills_from_resume(
    mentions: list[Mention], taxonomy: Taxonomy, as_of: date | None = None
) -> list[ExtractedSkill]:
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[mention.skill_id].append(mention)
    return [
        judge_resume_skill(skill_id, found, taxonomy, as_of) for skill_id, found in grouped.items()
    ]
