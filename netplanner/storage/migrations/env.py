"""Alembic environment: always run on the connection NetPlanner opened (the key is already applied)."""

from alembic import context

from netplanner.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("NetPlanner migrations run on an open, keyed connection; see storage/migrate.py")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Skip the FTS5 search index and its shadow tables (migration 0002): raw SQL, not in the ORM."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
