"""The web front end's calls into the core: analysis, gaps, roadmap and progress of one session.

Every decision is the core's (pipeline, gaps, roadmap, progress); this module only feeds it the
session's confirmed profile and keeps what the person chose.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from careernav import encouragement
from careernav.config import Settings
from careernav.documents import document_from_text, read_document
from careernav.encouragement import Achievement
from careernav.errors import CareerNavError, UnknownSkillError
from careernav.gaps import GapReport, ProfileSkill
from careernav.market.model import RoleBenchmark
from careernav.market.store import find_role, load_benchmarks
from careernav.models import Document, ExtractedSkill, Level
from careernav.pipeline import Analysis, analyse, profile_gaps
from careernav.progress import ItemProgress, Recalculation, Status, recalculate
from careernav.ranking import STYLES, Ranker
from careernav.roadmap import Roadmap, RoadmapRequest, build_roadmap, check_budget
from careernav.taxonomy import SkillRecord, load_taxonomy
from careernav.web.feedback import FeedbackLog, SkillFeedback
from careernav.web.sessions import Profile, RoadmapState, SessionState
from careernav.web.uploads import UploadedFile

MAX_SUGGESTIONS = 12


class MissingResumeError(CareerNavError):
    code = "missing_resume"


class BadProfileError(CareerNavError):
    code = "bad_profile"


@dataclass(frozen=True)
class RoleChoice:
    role: str
    postings: int


def role_choices(settings: Settings) -> list[RoleChoice]:
    """Roles with a benchmark, for the target-role autocomplete."""
    return [RoleChoice(b.role, b.postings) for b in load_benchmarks(settings).roles]


def check_profile(profile: Profile, settings: Settings) -> RoleBenchmark:
    """The target's benchmark; raises when the role is unknown or the answers are unusable."""
    if not profile.target:
        raise BadProfileError("Choose a target role.", hint="Start typing to see the roles.")
    if profile.style is not None and profile.style not in STYLES:
        raise BadProfileError(
            f"Unknown learning style {profile.style!r}.", hint=f"Use one of {', '.join(STYLES)}."
        )
    check_budget(profile.hours_per_week)
    return find_role(profile.target, settings)


def read_resume(upload: UploadedFile | None, pasted: str, settings: Settings) -> Document:
    """The resume as a document, in memory: the uploaded file, else the pasted text."""
    if upload is not None:
        return read_document(
            upload.data,
            upload.filename,
            kind="resume",
            media_type=upload.content_type,
            max_bytes=settings.max_upload_bytes,
        )
    if pasted:
        return document_from_text(pasted, "pasted text", kind="resume")
    raise MissingResumeError(
        "Add your resume: upload a PDF, DOCX or TXT file, or paste its text.",
    )


def analyse_resume(
    state: SessionState,
    profile: Profile,
    upload: UploadedFile | None,
    pasted: str,
    settings: Settings,
) -> Analysis:
    """Read the resume in memory and start the journey with it."""
    return start_journey(state, profile, read_resume(upload, pasted, settings), settings)


@lru_cache(maxsize=1)
def demo_resume() -> Document:
    """The shipped resume of a fictional career changer, read once."""
    text = resources.files("careernav.data").joinpath("demo_resume.txt").read_text("utf-8")
    return document_from_text(text, "demo_resume.txt", kind="resume")


def warm_up(settings: Settings) -> None:
    """One analysis of the demo resume, so that the reference data, the matcher and (with the
    semantic layer on) the embedding model are loaded before the first person waits."""
    roles = load_benchmarks(settings).roles
    if roles:
        analyse(demo_resume(), roles[0].role, semantic=settings.semantic_layer)


def start_journey(
    state: SessionState, profile: Profile, document: Document, settings: Settings
) -> Analysis:
    """Analyse the resume against the target and keep only the confirmed profile."""
    check_profile(profile, settings)
    analysis = analyse(document, profile.target, semantic=settings.semantic_layer)
    state.profile = profile
    state.skills = list(analysis.skills)
    state.corrections = {}
    state.roadmap = RoadmapState(start=date.today())
    return analysis


def gap_report(state: SessionState, settings: Settings, target: str | None = None) -> GapReport:
    """Gaps of the session's confirmed skills (after any corrections) against the target."""
    role = find_role(target or state.profile.target, settings)
    profile = [ProfileSkill(s.id, s.name, s.level) for s in state.skills]
    return profile_gaps(profile, role, semantic=settings.semantic_layer)


def benchmark(state: SessionState, settings: Settings) -> RoleBenchmark:
    return find_role(state.profile.target, settings)


# --- corrections ------------------------------------------------------------------------------


def resolve_skill(name: str) -> SkillRecord:
    return load_taxonomy().find(name)


@lru_cache(maxsize=1)
def _skill_names() -> tuple[tuple[str, SkillRecord], ...]:
    return tuple(sorted(((s.name.lower(), s) for s in load_taxonomy()), key=lambda p: p[0]))


def suggest_skills(text: str, limit: int = MAX_SUGGESTIONS) -> list[SkillRecord]:
    """Taxonomy skills whose name starts with, then contains, the typed text."""
    typed = text.strip().lower()
    if not typed:
        return []
    names = _skill_names()
    starts = [s for name, s in names if name.startswith(typed)]
    contains = [s for name, s in names if typed in name and not name.startswith(typed)]
    return (starts + contains)[:limit]


def set_level(state: SessionState, skill_id: str, level: Level, log: FeedbackLog) -> None:
    skill = state.skill(skill_id)
    if skill is None:
        raise UnknownSkillError(f"{skill_id!r} is not in your profile.")
    if skill.level == level:
        return
    state.corrections.setdefault(skill_id, skill.level)
    state.skills = [replace(s, level=level) if s.id == skill_id else s for s in state.skills]
    log.record(
        SkillFeedback(
            state.id, "level_changed", skill_id, state.corrections[skill_id], level, skill.method
        )
    )


def remove_skill(state: SessionState, skill_id: str, log: FeedbackLog) -> None:
    skill = state.skill(skill_id)
    if skill is None:
        return
    state.skills = [s for s in state.skills if s.id != skill_id]
    extracted = state.corrections.pop(skill_id, skill.level)
    log.record(SkillFeedback(state.id, "removed", skill_id, extracted, None, skill.method))


def add_skill(state: SessionState, name: str, level: Level, log: FeedbackLog) -> ExtractedSkill:
    record = resolve_skill(name)
    if state.skill(record.id) is not None:
        set_level(state, record.id, level, log)
        found = state.skill(record.id)
        assert found is not None
        return found
    added = ExtractedSkill(record.id, record.name, record.type, level, 1.0, ())
    state.skills.append(added)
    state.corrections[record.id] = None
    log.record(SkillFeedback(state.id, "added", record.id, None, level))
    return added


# --- roadmap and progress ---------------------------------------------------------------------


def roadmap_request(state: SessionState, settings: Settings) -> RoadmapRequest:
    p = state.profile
    return RoadmapRequest(
        hours_per_week=p.hours_per_week,
        style=p.style,
        free_only=p.free_only,
        start=state.roadmap.start,
        choices=dict(state.roadmap.choices),
        min_priority=settings.roadmap_min_priority,
        core_priority=settings.roadmap_core_priority,
    )


class RoadmapCache:
    """Roadmaps already built in this process, by everything they depend on: reading a page
    again does not rebuild the route. Roadmaps are immutable, so entries are shared safely."""

    def __init__(self, max_entries: int = 512) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[weakref.ref[Ranker], Roadmap]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, ranker: Ranker) -> Roadmap | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0]() is not ranker:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: Hashable, ranker: Ranker, plan: Roadmap) -> None:
        with self._lock:
            self._entries[key] = (weakref.ref(ranker), plan)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


ROADMAPS = RoadmapCache()


def _roadmap_key(
    state: SessionState, request: RoadmapRequest, settings: Settings, ranker: Ranker
) -> Hashable:
    skills = tuple((s.id, s.name, s.level) for s in state.skills)
    options = (request.hours_per_week, request.style, request.free_only, request.start)
    choices = tuple(sorted(request.choices.items()))
    return (
        id(ranker),
        state.profile.target,
        skills,
        options,
        choices,
        request.min_priority,
        settings.semantic_layer,
    )


def roadmap(state: SessionState, settings: Settings, ranker: Ranker) -> Roadmap:
    request = roadmap_request(state, settings)
    key = _roadmap_key(state, request, settings, ranker)
    cached = ROADMAPS.get(key, ranker)
    if cached is not None:
        return cached
    plan = _build_roadmap(state, settings, ranker, request)
    ROADMAPS.put(key, ranker, plan)
    return plan


def _build_roadmap(
    state: SessionState, settings: Settings, ranker: Ranker, request: RoadmapRequest
) -> Roadmap:
    report = gap_report(state, settings)
    try:
        return build_roadmap(report, ranker, ranker.retriever.taxonomy, request)
    except CareerNavError:
        if not request.choices:
            raise
        # A correction can change which resources an item may use; start from the best again.
        state.roadmap.choices.clear()
        return build_roadmap(
            report, ranker, ranker.retriever.taxonomy, replace(request, choices={})
        )


def replace_resource(state: SessionState, plan: Roadmap, key: str) -> str | None:
    """Choose the next alternative for item ``key`` not shown yet (cycling when all were);
    returns the chosen resource id, None when the item has no alternative."""
    item = plan.item(key)
    if not item.alternatives:
        return None
    tried = state.roadmap.tried.setdefault(key, [item.resource.id])
    fresh = [a for a in item.alternatives if a.ranked.resource.id not in tried]
    chosen = (fresh or list(item.alternatives))[0].ranked.resource.id
    if not fresh:
        tried[:] = [item.resource.id]
    tried.append(chosen)
    state.roadmap.choices[key] = chosen
    return chosen


def set_progress(
    state: SessionState,
    plan: Roadmap,
    key: str,
    status: Status,
    hours: float = 0.0,
    today: date | None = None,
) -> None:
    plan.item(key)
    if status == "todo":
        state.roadmap.progress.pop(key, None)
    else:
        finished_on = (today or date.today()) if status == "done" else None
        state.roadmap.progress[key] = ItemProgress(status, hours, finished_on)


def achievements(
    state: SessionState, plan: Roadmap, today: date | None = None
) -> list[Achievement]:
    """Encouraging milestones reached on this route so far."""
    return encouragement.achievements(plan, state.roadmap.progress, today or date.today())


def progress(state: SessionState, plan: Roadmap, today: date | None = None) -> Recalculation:
    known = {i.key for i in plan.items}
    current = {k: v for k, v in state.roadmap.progress.items() if k in known}
    return recalculate(plan, current, today or date.today())
