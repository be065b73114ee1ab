"""The evidence quotes of confirmed skills, held in this process's memory only.

Quotes are sentences of the resume, so they never reach the database: a profile read back in
the same process gets them again from here, one read after a restart shows the skills without
them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from careernav.models import ExtractedSkill

Quotes = dict[str, tuple[str, ...]]  # skill id -> evidence quotes


class EvidenceCache:
    """Quotes per saved profile id, least recently used first out."""

    def __init__(self, max_profiles: int = 10_000) -> None:
        self.max_profiles = max_profiles
        self._quotes: OrderedDict[int, Quotes] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, profile_id: int, skills: list[ExtractedSkill]) -> None:
        quotes = {s.id: s.evidence for s in skills if s.evidence}
        with self._lock:
            known = self._quotes.pop(profile_id, {})
            # A skill read back without quotes keeps those held for it.
            self._quotes[profile_id] = {
                s.id: quotes.get(s.id) or known.get(s.id, ()) for s in skills
            }
            while len(self._quotes) > self.max_profiles:
                self._quotes.popitem(last=False)

    def quotes(self, profile_id: int) -> Quotes:
        with self._lock:
            found = self._quotes.get(profile_id)
            if found is None:
                return {}
            self._quotes.move_to_end(profile_id)
            return found

    def forget(self, profile_ids: list[int]) -> None:
        with self._lock:
            for profile_id in profile_ids:
                self._quotes.pop(profile_id, None)
