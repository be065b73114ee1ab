"""Accounts: sign up, log in (passwords hashed with Argon2id), and delete everything of a user.

Signing up turns the session's anonymous user into the account; logging in moves the anonymous
user's profiles and feedback to the account. Either way the work done before is kept.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from careernav.errors import CareerNavError
from careernav.store.tables import (
    EMAIL_MAX,
    AnalysisNoteRow,
    ProfileRow,
    SkillFeedbackRow,
    UserRow,
)

if TYPE_CHECKING:
    from careernav.store.database import Database

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(CareerNavError):
    code = "account_error"


class AccountExistsError(AccountError):
    code = "account_exists"


class LoginFailedError(AccountError):
    code = "login_failed"


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_credentials(email: str, password: str) -> str:
    """The normalised email; raises ``AccountError`` with what to fix."""
    email = normalise_email(email)
    if len(email) > EMAIL_MAX or not EMAIL.match(email):
        raise AccountError(f"{email!r} is not an email address.", hint="Use name@example.org.")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(
            f"Choose a password of at least {MIN_PASSWORD} characters.",
            hint="A few unrelated words make a long password that is easy to remember.",
        )
    return email


class AccountRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._hasher = PasswordHasher()

    @cached_property
    def _decoy_hash(self) -> str:
        """Verified against when the email is unknown, so both failures take as long."""
        return self._hasher.hash("careernav decoy password")

    def sign_up(self, email: str, password: str, current: int | None) -> int:
        """Create an account; the session's anonymous user (``current``) becomes it."""
        email = check_credentials(email, password)
        hashed = self._hasher.hash(password)
        with self._db.transaction() as session:
            if session.scalar(select(UserRow.id).where(UserRow.email == email)) is not None:
                raise AccountExistsError(
                    f"There is already an account for {email}.", hint="Log in instead."
                )
            user = session.get(UserRow, current) if current is not None else None
            if user is None or user.email is not None:
                user = UserRow()
                session.add(user)
            user.email, user.password_hash = email, hashed
            session.flush()
            return user.id

    def log_in(self, email: str, password: str, current: int | None) -> int:
        """The account's id; what the anonymous user ``current`` saved moves to the account."""
        email = normalise_email(email)
        with self._db.transaction() as session:
            user = session.scalar(select(UserRow).where(UserRow.email == email))
            if not self._verify(user.password_hash if user else None, password):
                raise LoginFailedError(
                    "Wrong email or password.", hint="Check both, or sign up for an account."
                )
            assert user is not None
            if self._hasher.check_needs_rehash(user.password_hash or ""):
                user.password_hash = self._hasher.hash(password)
            if current is not None and current != user.id:
                _adopt(session, current, user.id)
            return user.id

    def email_of(self, user_id: int) -> str | None:
        with self._db.transaction() as session:
            return session.scalar(select(UserRow.email).where(UserRow.id == user_id))

    def delete_user(self, user_id: int) -> None:
        """Delete the user and, by cascade, their sessions, profiles, progress and feedback."""
        with self._db.transaction() as session:
            ids = list(session.scalars(select(ProfileRow.id).where(ProfileRow.user_id == user_id)))
            session.execute(delete(UserRow).where(UserRow.id == user_id))
        self._db.profiles.evidence.forget(ids)

    def _verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored or self._decoy_hash, password) and bool(stored)
        except (VerificationError, InvalidHashError):
            return False


def _adopt(session: Session, anonymous: int, account: int) -> None:
    """Move an anonymous user's profiles and feedback to an account, then drop the user."""
    user = session.get(UserRow, anonymous)
    if user is None or user.email is not None:
        return  # only anonymous work moves; another account's never does
    for table in (ProfileRow, SkillFeedbackRow, AnalysisNoteRow):
        session.execute(update(table).where(table.user_id == anonymous).values(user_id=account))
    session.delete(user)
