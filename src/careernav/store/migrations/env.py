"""Alembic environment: runs on the connection ``careernav.store.migrate`` hands over."""

from __future__ import annotations

from alembic import context

from careernav.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations with `careernav db upgrade`, which supplies the database.")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
