"""The store: accounts, sessions, saved profiles, roadmap progress and feedback in SQLite (by
default) or PostgreSQL, reached through ``Database``. Migrations ship in ``migrations/``."""

from careernav.store.database import Database, open_database
from careernav.store.feedback import DatabaseFeedbackLog
from careernav.store.sessions import DatabaseSessionStore

__all__ = ["Database", "DatabaseFeedbackLog", "DatabaseSessionStore", "open_database"]
