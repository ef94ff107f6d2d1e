"""observations: dated notes with optional 1-5 scores per person, the history of their assessment

A new table, so the contacts table is not copied and the search triggers of 0002 stay in place. The five
scores stay on contacts as the current assessment (the People table's columns). Everyone who has any of
them today gets one observation with those values, dated the day the person was created: the history
starts with what the user had already recorded.

Revision ID: 0007
Revises: 0006_sync
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCORES = ("knowledge_sharing", "feedback", "chemistry", "trust", "influence", "engagement", "openness",
          "results")
OLD_SCORES = SCORES[:5]


def upgrade() -> None:
    op.create_table(
        "observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in SCORES),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *(sa.CheckConstraint(f"{name} BETWEEN 1 AND 5", name=op.f(f"ck_observations_{name}_range"))
          for name in SCORES),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_observations_contact_id_contacts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
    )
    op.create_index("ix_observations_contact_id_observed_on", "observations", ["contact_id", "observed_on"])
    columns = ", ".join(OLD_SCORES)
    any_score = " OR ".join(f"{name} IS NOT NULL" for name in OLD_SCORES)
    op.execute(
        f"INSERT INTO observations (contact_id, observed_on, note, {columns}, created_at) "
        f"SELECT id, date(created_at), '', {columns}, created_at FROM contacts WHERE {any_score}"
    )


def downgrade() -> None:
    op.drop_index("ix_observations_contact_id_observed_on", table_name="observations")
    op.drop_table("observations")
