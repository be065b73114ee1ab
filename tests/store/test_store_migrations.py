"""The shipped migrations build exactly the schema of the models, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from careernav.cli import app
from careernav.config import get_settings
from careernav.store import Database
from careernav.store.migrate import head_revision
from careernav.store.tables import Base


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert database.upgrade() == head_revision() == "0001"  # a second upgrade changes nothing


def test_db_upgrade_command(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERNAV_DATABASE_URL", database_url)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["db", "upgrade"])
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "revision 0001" in result.output


def test_the_default_database_is_sqlite_in_the_data_dir(tmp_settings) -> None:
    assert tmp_settings.database == f"sqlite:///{tmp_settings.data_dir / 'careernav.db'}"


def test_secrets_are_made_once(database: Database) -> None:
    first = database.secret("cookie")
    assert len(first) >= 48 and database.secret("cookie") == first
    assert database.secret("other") != first
