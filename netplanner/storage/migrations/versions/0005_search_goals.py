"""search goals: the FTS5 index also holds each goal's title, competence area, why and next steps

Goals had no rows in `search_index`, so "Search everything" never found them ("confident" found
nothing beside the goal "Speak confidently at the all-hands"). Goal rows use source 4 in the rowid
(`4 * 2**50 + goal id * 32 + field position`, as migration 0002 lays out), `contact_id` NULL, and
triggers like 0002's keep them current.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "search_index"
SLOTS = 32
SOURCE_BASE = 2**50
GOALS = 4
FIELDS = (("goal_title", "title"), ("goal_competence", "competence_area"), ("goal_why", "why"),
          ("goal_next_steps", "next_steps"))


def _base(row: str) -> str:
    return f"({GOALS} * {SOURCE_BASE} + {row}.id * {SLOTS})"


def _insert(row: str) -> str:
    selects = [
        f"SELECT {_base(row)} + {position}, {row}.{column}, NULL, '{field}'"
        + (f" FROM goals AS {row}" if row != "new" else "")
        + f" WHERE coalesce({row}.{column}, '') <> ''"
        for position, (field, column) in enumerate(FIELDS)
    ]
    return f"INSERT INTO {TABLE}(rowid, body, contact_id, field) " + " UNION ALL ".join(selects)


def _delete(row: str) -> str:
    base = _base(row)
    return f"DELETE FROM {TABLE} WHERE rowid BETWEEN {base} AND {base} + {SLOTS - 1}"


def create_triggers() -> None:
    columns = ", ".join(column for _, column in FIELDS)
    op.execute(f"CREATE TRIGGER {TABLE}_goals_ai AFTER INSERT ON goals BEGIN {_insert('new')}; END")
    op.execute(f"CREATE TRIGGER {TABLE}_goals_au AFTER UPDATE OF {columns} ON goals "
               f"BEGIN {_delete('old')}; {_insert('new')}; END")
    op.execute(f"CREATE TRIGGER {TABLE}_goals_ad AFTER DELETE ON goals BEGIN {_delete('old')}; END")


def upgrade() -> None:
    op.execute(_insert("g"))
    create_triggers()


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_goals_{suffix}")
    op.execute(f"DELETE FROM {TABLE} WHERE rowid >= {GOALS} * {SOURCE_BASE}")
