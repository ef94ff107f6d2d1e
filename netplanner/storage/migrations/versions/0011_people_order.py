"""people order: the People table's name order, kept so a big network opens without sorting everyone

Sorting 100k names in Swedish order (collation keys, then the sort) is the longest single step of a
start at that size. `people_order` keeps the last order the People table computed: one row holding the
ids of everyone not in the Trash in that order (64-bit integers, packed) and a stamp of the collation
that made it. It is derived data: the triggers below mark it stale in the same transaction as any
change that can move a person in it (a person added, deleted, renamed, trashed or restored); a stale or
foreign-stamped order is ignored and computed again. (Only a current order is marked: SQLite rewrites
the whole row, blob included, on an update, which an import of many people must not pay per person.)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = {
    "people_order_after_insert": """
        CREATE TRIGGER people_order_after_insert AFTER INSERT ON contacts BEGIN
            UPDATE people_order SET stale = 1 WHERE NOT stale;
        END""",
    "people_order_after_delete": """
        CREATE TRIGGER people_order_after_delete AFTER DELETE ON contacts BEGIN
            UPDATE people_order SET stale = 1 WHERE NOT stale;
        END""",
    "people_order_after_update": """
        CREATE TRIGGER people_order_after_update AFTER UPDATE OF name, deleted_at ON contacts
        WHEN OLD.name IS NOT NEW.name OR (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL) BEGIN
            UPDATE people_order SET stale = 1 WHERE NOT stale;
        END""",
}


def upgrade() -> None:
    op.create_table(
        "people_order",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("stamp", sa.String(length=200), nullable=False),
        sa.Column("ids", sa.LargeBinary(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people_order")),
    )
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("people_order")
