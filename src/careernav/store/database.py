"""``Database``: the one interface to the store. It owns the engine and hands out the
repositories: accounts, sessions, profiles and feedback."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from careernav.config import Settings
from careernav.store import migrate
from careernav.store.accounts import AccountRepository
from careernav.store.engine import display_url, make_engine
from careernav.store.feedback import DatabaseFeedbackLog
from careernav.store.profiles import ProfileRepository
from careernav.store.sessions import DatabaseSessionStore
from careernav.store.tables import AppSecretRow

UPGRADE_RETRY_S = 1.0


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.profiles = ProfileRepository(self)
        self.accounts = AccountRepository(self)
        self.feedback = DatabaseFeedbackLog(self)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an error."""
        with self._sessions.begin() as session:
            yield session

    def session_store(self, max_age: float) -> DatabaseSessionStore:
        """The web sessions on this database; a session unused for ``max_age`` seconds ends."""
        return DatabaseSessionStore(self, max_age)

    def upgrade(self) -> str | None:
        """Apply the shipped migrations; returns the revision the database is at."""
        try:
            return migrate.upgrade(self.engine)
        except DBAPIError:
            # Another process of the app may be migrating the same database right now.
            time.sleep(UPGRADE_RETRY_S)
            return migrate.upgrade(self.engine)

    def secret(self, name: str) -> str:
        """A random secret generated once and kept in the database (shared by all processes)."""
        with self.transaction() as session:
            found = session.scalar(select(AppSecretRow.value).where(AppSecretRow.name == name))
            if found is not None:
                return found
        try:
            with self.transaction() as session:
                session.add(AppSecretRow(name=name, value=secrets.token_urlsafe(48)))
        except IntegrityError:
            pass  # another process created it first
        return self.secret(name)

    def describe(self) -> str:
        return display_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """The database of ``settings`` (SQLite in the data folder unless ``database_url`` is set),
    migrated to the shipped schema unless ``upgrade`` is false."""
    database = Database(settings.database)
    if upgrade:
        database.upgrade()
    return database
