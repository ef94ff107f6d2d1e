"""planner indexes: the planner's reads of every interaction go through indexes that hold what they need

The planner's input (Today, the plan, the report) reads, per person, the kind of the last interaction
and the asks since you last gave, and everyone's open follow-ups and unthanked help. With only
(contact_id, occurred_on) indexed, SQLite walked that index and fetched each of the interactions from
the table, page by page: at 1M interactions 40 s. The per-person index now also holds the id (so a
person's latest interaction is its last entry), the kind and the direction, so those reads never touch
the table, and two small indexes find the open follow-ups and the help not yet thanked for without a
scan.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 17:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_interactions_contact_day", "interactions",
                    ["contact_id", "occurred_on", "id", "kind", "direction"])
    op.drop_index("ix_interactions_contact_id_occurred_on", table_name="interactions")
    op.create_index("ix_interactions_follow_ups", "interactions", ["follow_up_done", "follow_up_on"])
    op.create_index("ix_interactions_thanks", "interactions", ["thanked", "direction"])


def downgrade() -> None:
    op.drop_index("ix_interactions_thanks", table_name="interactions")
    op.drop_index("ix_interactions_follow_ups", table_name="interactions")
    op.create_index("ix_interactions_contact_id_occurred_on", "interactions", ["contact_id", "occurred_on"])
    op.drop_index("ix_interactions_contact_day", table_name="interactions")
