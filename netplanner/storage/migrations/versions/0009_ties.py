"""ties: who works with, reports to, asks advice of or knows whom (issue 14)

A new table of ties between two people, each end a person (deleted with them). Each tie's note is
searchable: the triggers put it into `search_index` once for each end (source 5 in the rowid,
`5 * 2**50 + tie id * 32 + 0 or 1`, as migration 0002 lays out), so a search finds both people.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06 03:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "search_index"
SLOTS = 32
SOURCE_BASE = 2**50
TIES = 5


def _base(row: str) -> str:
    return f"({TIES} * {SOURCE_BASE} + {row}.id * {SLOTS})"


def _insert(row: str) -> str:
    source = f" FROM ties AS {row}" if row != "new" else ""
    selects = [
        f"SELECT {_base(row)} + {position}, {row}.note, {row}.{end}, 'tie_note'{source} "
        f"WHERE coalesce({row}.note, '') <> ''"
        for position, end in enumerate(("from_id", "to_id"))
    ]
    return f"INSERT INTO {TABLE}(rowid, body, contact_id, field) " + " UNION ALL ".join(selects)


def _delete(row: str) -> str:
    base = _base(row)
    return f"DELETE FROM {TABLE} WHERE rowid BETWEEN {base} AND {base} + {SLOTS - 1}"


def upgrade() -> None:
    op.create_table(
        "ties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("strength BETWEEN 1 AND 3", name=op.f("ck_ties_strength_range")),
        sa.CheckConstraint("from_id <> to_id", name=op.f("ck_ties_two_people")),
        sa.ForeignKeyConstraint(["from_id"], ["contacts.id"], name=op.f("fk_ties_from_id_contacts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_id"], ["contacts.id"], name=op.f("fk_ties_to_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ties")),
        sa.UniqueConstraint("from_id", "to_id", "kind", name="ends_kind"),
    )
    op.create_index("ix_ties_to_id", "ties", ["to_id"])
    op.execute(f"CREATE TRIGGER {TABLE}_ties_ai AFTER INSERT ON ties BEGIN {_insert('new')}; END")
    op.execute(f"CREATE TRIGGER {TABLE}_ties_au AFTER UPDATE OF note, from_id, to_id ON ties "
               f"BEGIN {_delete('old')}; {_insert('new')}; END")
    op.execute(f"CREATE TRIGGER {TABLE}_ties_ad AFTER DELETE ON ties BEGIN {_delete('old')}; END")


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_ties_{suffix}")
    op.execute(f"DELETE FROM {TABLE} WHERE rowid >= {TIES} * {SOURCE_BASE} AND rowid < {TIES + 1} * {SOURCE_BASE}")
    op.drop_index("ix_ties_to_id", table_name="ties")
    op.drop_table("ties")
