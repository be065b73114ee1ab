"""Real databases for tests: a uniquely named PostgreSQL database on 127.0.0.1 (created and
dropped around the test), and a dump of every row of every table for scanning."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, inspect, select, table, text

from careernav.store.engine import normalise_url

POSTGRES_ADMIN = os.environ.get(
    "CAREERNAV_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a new empty database; skips the test when the server is unreachable."""
    import psycopg

    name = f"careernav_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(POSTGRES_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_ADMIN}: {error}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield normalise_url(POSTGRES_ADMIN).set(database=name).render_as_string(False)
    finally:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def all_rows(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, by table name."""
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
            return {
                name: [
                    tuple(row)
                    for row in connection.execute(select(text("*")).select_from(table(name)))
                ]
                for name in names
            }
    finally:
        engine.dispose()
