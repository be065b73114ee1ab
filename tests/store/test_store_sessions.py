"""Sessions and saved profiles on the database: what survives a restart, and what never is
stored."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from store_helpers import analysed_session

from careernav.models import Level
from careernav.store import Database
from careernav.store.records import new_session
from careernav.store.sessions import session_key
from careernav.store.tables import SessionRow, utcnow
from databases import all_rows


def test_a_session_and_its_analysis_survive_a_restart(database: Database) -> None:
    state = analysed_session()
    database.session_store(3600).save(state)
    assert state.user_id is not None and state.profile.id is not None

    restarted = Database(database.url)  # a new process: nothing held in memory
    found = restarted.session_store(3600).get(state.id)
    restarted.close()
    assert found is not None
    assert found.csrf_token == state.csrf_token and found.user_id == state.user_id
    assert found.profile == state.profile
    assert [(s.id, s.level, s.years, s.reasons) for s in found.skills] == [
        ("python", Level.EXPERT, 4.0, ("used in work experience",)),
        ("sql", Level.BASIC, None, ()),
    ]
    assert found.corrections == state.corrections
    assert found.roadmap == state.roadmap
    assert all(s.evidence == () for s in found.skills)  # quotes were never stored


def test_evidence_quotes_stay_in_this_process(database: Database) -> None:
    state = analysed_session()
    store = database.session_store(3600)
    store.save(state)
    found = store.get(state.id)
    assert found is not None and found.skill("python").evidence == (
        "Wrote Python tools for the lab.",
    )
    text = repr(all_rows(database.url))
    assert "Wrote Python tools" not in text and state.id not in text
    assert session_key(state.id) in text  # only the hash of the cookie's id


def test_a_visit_without_analysis_creates_no_user(database: Database) -> None:
    state = new_session()
    database.session_store(3600).save(state)
    rows = all_rows(database.url)
    assert rows["users"] == [] and len(rows["web_sessions"]) == 1


def test_unknown_and_expired_sessions(database: Database) -> None:
    store = database.session_store(60)
    assert store.get("no-such-session") is None
    state = analysed_session()
    store.save(state)
    with database.transaction() as session:
        session.execute(update(SessionRow).values(last_seen=utcnow() - timedelta(minutes=5)))
    assert store.get(state.id) is None


def test_purge_removes_expired_anonymous_work_but_keeps_accounts(database: Database) -> None:
    store = database.session_store(60)
    anonymous, member = analysed_session(), analysed_session("Data Engineer")
    store.save(anonymous)
    store.save(member)
    database.accounts.sign_up("member@example.org", "long enough password", member.user_id)
    with database.transaction() as session:
        session.execute(update(SessionRow).values(last_seen=utcnow() - timedelta(minutes=5)))
    assert store.purge_expired() == 2
    rows = all_rows(database.url)
    assert rows["web_sessions"] == []
    assert [r[0] for r in rows["users"]] == [member.user_id]
    assert [r[0] for r in rows["profiles"]] == [member.profile.id]


def test_a_new_analysis_is_a_new_saved_profile(database: Database) -> None:
    store = database.session_store(3600)
    state = analysed_session()
    store.save(state)
    first = state.profile.id
    state.profile = analysed_session("Data Engineer").profile  # what the wizard does
    store.save(state)
    assert state.profile.id != first
    assert [p.target for p in database.profiles.list(state.user_id)] == [
        "Data Engineer",
        "Data Scientist",
    ]
    assert store.get(state.id).profile.target == "Data Engineer"
