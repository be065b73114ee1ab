"""Accounts: Argon2id hashes, sign-up and log-in keep anonymous work, delete-my-data removes
every row of the user and none of anyone else's."""

from __future__ import annotations

import pytest
from store_helpers import analysed_session

from careernav.models import Level
from careernav.store import Database
from careernav.store.accounts import AccountError, AccountExistsError, LoginFailedError
from careernav.store.records import SkillFeedback
from databases import all_rows

PASSWORD = "correct horse battery staple"


def test_passwords_are_stored_as_argon2id_hashes(database: Database) -> None:
    user = database.accounts.sign_up(" Ada@Example.org ", PASSWORD, None)
    rows = all_rows(database.url)["users"]
    assert len(rows) == 1
    _, email, hashed, _ = rows[0]
    assert email == "ada@example.org" and hashed.startswith("$argon2id$")
    assert PASSWORD not in repr(rows)
    assert database.accounts.log_in("ADA@example.org", PASSWORD, None) == user


@pytest.mark.parametrize(
    ("email", "password", "message"),
    [
        ("not-an-email", PASSWORD, "is not an email address"),
        ("ada@example.org", "short", "at least 10 characters"),
    ],
)
def test_sign_up_says_what_to_fix(database: Database, email: str, password: str, message: str):
    with pytest.raises(AccountError, match=message):
        database.accounts.sign_up(email, password, None)


def test_one_account_per_email_and_wrong_passwords_fail(database: Database) -> None:
    database.accounts.sign_up("ada@example.org", PASSWORD, None)
    with pytest.raises(AccountExistsError):
        database.accounts.sign_up("ada@example.org", PASSWORD + "!", None)
    for email, password in (("ada@example.org", "wrong password!"), ("bob@example.org", PASSWORD)):
        with pytest.raises(LoginFailedError, match="Wrong email or password"):
            database.accounts.log_in(email, password, None)


def test_sign_up_keeps_the_anonymous_profile(database: Database) -> None:
    state = analysed_session()
    database.session_store(3600).save(state)
    anonymous = state.user_id
    assert database.accounts.sign_up("ada@example.org", PASSWORD, anonymous) == anonymous
    assert [p.id for p in database.profiles.list(anonymous)] == [state.profile.id]


def test_log_in_moves_anonymous_work_to_the_account(database: Database) -> None:
    account = database.accounts.sign_up("ada@example.org", PASSWORD, None)
    state = analysed_session()
    store = database.session_store(3600)
    store.save(state)
    database.feedback.record(SkillFeedback(state.id, "removed", "sql", Level.BASIC, None))
    database.feedback.add_note(state.profile.id, state.user_id, "Spot on.")
    anonymous = state.user_id
    assert database.accounts.log_in("ada@example.org", PASSWORD, anonymous) == account
    assert [p.id for p in database.profiles.list(account)] == [state.profile.id]
    assert database.profiles.list(anonymous) == []
    assert len(database.feedback.profile_events(state.profile.id, account)) == 1
    assert [n.text for n in database.feedback.notes(state.profile.id, account)] == ["Spot on."]
    assert [r[0] for r in all_rows(database.url)["users"]] == [account]


def test_logging_in_never_takes_another_accounts_work(database: Database) -> None:
    ada = database.accounts.sign_up("ada@example.org", PASSWORD, None)
    state = analysed_session()
    state.user_id = database.accounts.sign_up("bob@example.org", PASSWORD, None)
    database.session_store(3600).save(state)
    database.accounts.log_in("ada@example.org", PASSWORD, state.user_id)
    assert database.profiles.list(ada) == []
    assert len(database.profiles.list(state.user_id)) == 1


# Per table: the columns (by position) that hold a user id, and those that hold a profile id.
OWNER_COLUMNS = {
    "users": ((0,), ()),
    "profiles": ((1,), (0,)),
    "profile_skills": ((), (0,)),
    "roadmap_items": ((), (0,)),
    "skill_feedback": ((1,), (2,)),
    "analysis_feedback": ((1,), (2,)),
    "web_sessions": ((2,), (3,)),
}


def _rows_of(database: Database, user_id: int, profile_ids: set[int]) -> list[tuple]:
    """Rows that name the user or one of their profiles, in any table."""
    found = []
    for name, rows in all_rows(database.url).items():
        users, profiles = OWNER_COLUMNS.get(name, ((), ()))
        found += [
            (name, row)
            for row in rows
            if any(row[i] == user_id for i in users) or any(row[i] in profile_ids for i in profiles)
        ]
    return found


def test_delete_user_removes_every_row_of_the_user_only(database: Database) -> None:
    store = database.session_store(3600)
    people = []
    for email in ("ada@example.org", "bob@example.org"):
        state = analysed_session()
        store.save(state)
        second = analysed_session("Data Engineer")
        second.user_id = state.user_id
        store.save(second)
        database.accounts.sign_up(email, PASSWORD, state.user_id)
        database.feedback.record(SkillFeedback(state.id, "added", "sql", None, Level.BASIC))
        database.feedback.add_note(state.profile.id, state.user_id, f"note of {email}")
        people.append((state.user_id, {state.profile.id, second.profile.id}))
    (ada, ada_profiles), (bob, bob_profiles) = people
    assert len(_rows_of(database, ada, ada_profiles)) >= 10

    database.accounts.delete_user(ada)

    assert _rows_of(database, ada, ada_profiles) == []
    assert "ada@example.org" not in repr(all_rows(database.url))
    assert len(_rows_of(database, bob, bob_profiles)) >= 10
    if database.url.startswith("sqlite"):  # secure_delete: nothing lingers in free pages
        path = database.url.removeprefix("sqlite:///")
        database.close()
        with open(path, "rb") as file:
            raw = file.read()
        assert b"ada@example.org" not in raw and b"note of ada" not in raw
        assert b"bob@example.org" in raw
