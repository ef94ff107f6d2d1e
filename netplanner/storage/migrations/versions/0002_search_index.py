"""search index: FTS5 over people, preparation questions and interactions

One FTS5 table, `search_index`, holds one row per non-empty searchable text: each field of a person,
each question and answer, each interaction summary and note. Its rowid encodes where the text comes
from (`source * 2**50 + id * 32 + field position`), so the triggers replace one record's texts with a
rowid range delete (fast) instead of scanning an UNINDEXED column. The index lives inside the encrypted
file, so it is encrypted too. `remove_diacritics 2` lets "oberg" find "Öberg".

Keep in mind: a later migration that batch-alters (copies and renames) contacts, questions or
interactions drops their triggers; it must call `create_triggers()` from here again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 02:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "search_index"
SLOTS = 32  # field positions per record in the rowid
SOURCE_BASE = 2**50
SOURCES = {"contacts": 1, "questions": 2, "interactions": 3}


def _list(column: str, row: str) -> str:
    return f"(SELECT group_concat(value, ', ') FROM json_each({row}.{column}))"


def _contact_fields(row: str) -> list[tuple[str, str]]:
    plain = ["name", "organisation", "department", "title"]
    fields = [(name, f"{row}.{name}") for name in plain]
    fields += [(name, _list(name, row)) for name in ("emails", "phones", "tags", "expertise")]
    fields += [
        (name, f"{row}.{name}")
        for name in ("working_style", "cares_about", "learn_from", "can_offer", "notes", "linkedin_url")
    ]
    return fields


def _fields(table: str, row: str) -> list[tuple[str, str]]:
    if table == "contacts":
        return _contact_fields(row)
    if table == "questions":
        return [("question", f"{row}.text"), ("answer", f"{row}.answer")]
    return [("summary", f"{row}.summary"), ("interaction_notes", f"{row}.notes")]


def _contact_id(table: str, row: str) -> str:
    return f"{row}.id" if table == "contacts" else f"{row}.contact_id"


def _base(table: str, row: str) -> str:
    return f"({SOURCES[table]} * {SOURCE_BASE} + {row}.id * {SLOTS})"


def insert_sql(table: str, row: str, where: str = "") -> str:
    """INSERT ... SELECT of one record's texts (`row` is NEW in a trigger, or the table in a backfill)."""
    parts = [
        f"SELECT {position} AS pos, '{field}' AS field, {expression} AS body"
        for position, (field, expression) in enumerate(_fields(table, row))
    ]
    source = f"FROM {table} AS {row}" if row != "new" else ""
    if row != "new":
        # Backfill: one SELECT per field over the whole table.
        selects = [
            f"SELECT {_base(table, row)} + {position}, {expression}, {_contact_id(table, row)}, '{field}' "
            f"{source} WHERE coalesce({expression}, '') <> '' {where}"
            for position, (field, expression) in enumerate(_fields(table, row))
        ]
        return f"INSERT INTO {TABLE}(rowid, body, contact_id, field) " + " UNION ALL ".join(selects)
    return (
        f"INSERT INTO {TABLE}(rowid, body, contact_id, field) "
        f"SELECT {_base(table, row)} + f.pos, f.body, {_contact_id(table, row)}, f.field "
        f"FROM ({' UNION ALL '.join(parts)}) AS f WHERE coalesce(f.body, '') <> ''"
    )


def delete_sql(table: str, row: str) -> str:
    base = _base(table, row)
    return f"DELETE FROM {TABLE} WHERE rowid BETWEEN {base} AND {base} + {SLOTS - 1}"


def _watched_columns(table: str) -> str:
    if table == "contacts":
        return ", ".join(name for name, _ in _contact_fields("new"))
    if table == "questions":
        return "text, answer, contact_id"
    return "summary, notes, contact_id"


def create_triggers() -> None:
    for table in SOURCES:
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_ai AFTER INSERT ON {table} BEGIN {insert_sql(table, 'new')}; END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_au AFTER UPDATE OF {_watched_columns(table)} ON {table} "
            f"BEGIN {delete_sql(table, 'old')}; {insert_sql(table, 'new')}; END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_ad AFTER DELETE ON {table} BEGIN {delete_sql(table, 'old')}; END"
        )


def drop_triggers() -> None:
    for table in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{suffix}")


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "body, contact_id UNINDEXED, field UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
    )
    for table in SOURCES:
        op.execute(insert_sql(table, "r"))
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
