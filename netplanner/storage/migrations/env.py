"""Alembic environment: always run on the connection NetPlanner opened (the key is already applied)."""

from alembic import context

from netplanner.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("NetPlanner migrations run on an open, keyed connection; see storage/migrate.py")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
