"""Saved profiles are found by (id, owner) only."""

from __future__ import annotations

import pytest
from store_helpers import analysed_session

from careernav.store import Database
from careernav.store.profiles import ProfileNotFoundError


def _two_owners(database: Database):
    store = database.session_store(3600)
    ada, bob = analysed_session(), analysed_session("Data Engineer")
    store.save(ada)
    store.save(bob)
    return ada, bob


def test_an_owner_reads_and_writes_their_profile(database: Database) -> None:
    ada, _ = _two_owners(database)
    saved = database.profiles.get(ada.profile.id, ada.user_id)
    assert saved.profile == ada.profile and saved.corrections == ada.corrections
    saved.roadmap.progress.clear()
    database.profiles.save(ada.user_id, saved)
    assert database.profiles.get(ada.profile.id, ada.user_id).roadmap.progress == {}


def test_another_owner_can_neither_read_nor_write_it(database: Database) -> None:
    ada, bob = _two_owners(database)
    for owner in (bob.user_id, None):
        with pytest.raises(ProfileNotFoundError, match=f"no saved profile {ada.profile.id}"):
            database.profiles.get(ada.profile.id, owner)
        with pytest.raises(ProfileNotFoundError):
            database.feedback.notes(ada.profile.id, owner)
        with pytest.raises(ProfileNotFoundError):
            database.feedback.add_note(ada.profile.id, owner, "sneaky")
        with pytest.raises(ProfileNotFoundError):
            database.feedback.profile_events(ada.profile.id, owner)
    bob.profile.id = ada.profile.id  # a forged id in bob's own state
    with pytest.raises(ProfileNotFoundError):
        database.profiles.save(bob.user_id, bob)
    assert database.profiles.get(ada.profile.id, ada.user_id).profile.target == "Data Scientist"
    assert [p.target for p in database.profiles.list(bob.user_id)] == ["Data Engineer"]
    assert database.feedback.notes(ada.profile.id, ada.user_id) == []
