"""strength state: one row per person with the strength model's state after their last interaction

Exponential decay makes (the day of the last interaction, the activation and the given/received sums
just after it, the usual gap) a sufficient state: strength on any later day follows in closed form. So
strength for everyone reads one row per person, not every interaction. The rows are derived data: the
triggers below mark a person's row dirty in the same transaction as any change to their interactions
or half-life, and the next read recomputes dirty rows (and rows computed under other model settings,
see `params`). Every person with interactions starts dirty here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = {
    "strength_state_after_insert": """
        CREATE TRIGGER strength_state_after_insert AFTER INSERT ON interactions BEGIN
            INSERT OR REPLACE INTO strength_state (contact_id, dirty, params, activation, gave, received)
            VALUES (NEW.contact_id, 1, 0, 0, 0, 0);
        END""",
    "strength_state_after_delete": """
        CREATE TRIGGER strength_state_after_delete AFTER DELETE ON interactions BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = OLD.contact_id;
        END""",
    "strength_state_after_update": """
        CREATE TRIGGER strength_state_after_update
        AFTER UPDATE OF contact_id, occurred_on, kind, weight, direction ON interactions BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = OLD.contact_id;
            INSERT OR REPLACE INTO strength_state (contact_id, dirty, params, activation, gave, received)
            VALUES (NEW.contact_id, 1, 0, 0, 0, 0);
        END""",
    "strength_state_after_half_life": """
        CREATE TRIGGER strength_state_after_half_life AFTER UPDATE OF half_life_days ON contacts
        WHEN OLD.half_life_days IS NOT NEW.half_life_days BEGIN
            UPDATE strength_state SET dirty = 1 WHERE contact_id = NEW.id;
        END""",
}


def create_triggers() -> None:
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "strength_state",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("params", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Float(), nullable=True),
        sa.Column("activation", sa.Float(), nullable=False),
        sa.Column("gave", sa.Float(), nullable=False),
        sa.Column("received", sa.Float(), nullable=False),
        sa.Column("usual_gap", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_strength_state_contact_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_strength_state")),
    )
    op.create_index("ix_contacts_live_strength", "contacts",
                    ["deleted_at", "id", "half_life_days", "cadence_days"])
    op.execute(
        "INSERT INTO strength_state (contact_id, dirty, params, activation, gave, received) "
        "SELECT DISTINCT contact_id, 1, 0, 0, 0, 0 FROM interactions"
    )
    create_triggers()


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("strength_state")
    op.drop_index("ix_contacts_live_strength", table_name="contacts")
