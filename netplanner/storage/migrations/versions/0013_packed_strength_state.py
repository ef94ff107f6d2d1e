"""packed strength state: a person's state after their last interaction in one value

Strength for everyone reads one row per person (0004). Each value a row hands to Python is an object
to make, and the state's five numbers (the day, the activation, given, received, the usual gap) were
five of them; they are now one `packed` value, five little-endian doubles, which numpy reads as they
are. `last_day` stays a column of its own for the People table's query. The triggers of 0004 are made
again without the columns that went; every row is marked dirty, so the next read recomputes it from the
interactions and writes it packed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: 0004's triggers with the row they insert written for the packed table (a migration stands alone).
TRIGGERS = {
    "strength_state_after_insert": """
        CREATE TRIGGER strength_state_after_insert AFTER INSERT ON interactions BEGIN
            INSERT OR REPLACE INTO strength_state (contact_id, dirty, params) VALUES (NEW.contact_id, 1, 0);
        END""",
    "strength_state_after_delete": """
        CREATE TRIGGER strength_state_after_delete AFTER DELETE ON interactions BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = OLD.contact_id;
        END""",
    "strength_state_after_update": """
        CREATE TRIGGER strength_state_after_update
        AFTER UPDATE OF contact_id, occurred_on, kind, weight, direction ON interactions BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = OLD.contact_id;
            INSERT OR REPLACE INTO strength_state (contact_id, dirty, params) VALUES (NEW.contact_id, 1, 0);
        END""",
    "strength_state_after_half_life": """
        CREATE TRIGGER strength_state_after_half_life AFTER UPDATE OF half_life_days ON contacts
        WHEN OLD.half_life_days IS NOT NEW.half_life_days BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = NEW.id;
        END""",
}
_OLD_ROW = "(contact_id, dirty, params) VALUES (NEW.contact_id, 1, 0)"
_UNPACKED_ROW = "(contact_id, dirty, params, activation, gave, received) VALUES (NEW.contact_id, 1, 0, 0, 0, 0)"
_DROPPED = ("activation", "gave", "received", "usual_gap")


def upgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.add_column("strength_state", sa.Column("packed", sa.LargeBinary(), nullable=True))
    for column in _DROPPED:
        op.execute(f"ALTER TABLE strength_state DROP COLUMN {column}")  # in place: the table stays
    op.execute("UPDATE strength_state SET dirty = 1, packed = NULL")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for column in ("activation", "gave", "received"):
        op.execute(f"ALTER TABLE strength_state ADD COLUMN {column} FLOAT NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE strength_state ADD COLUMN usual_gap FLOAT")
    op.execute("ALTER TABLE strength_state DROP COLUMN packed")
    op.execute("UPDATE strength_state SET dirty = 1")
    for sql in TRIGGERS.values():
        op.execute(sql.replace(_OLD_ROW, _UNPACKED_ROW))
