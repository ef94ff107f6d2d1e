"""projects and occasions: the goals a project serves, and one interaction with several people

`project_goals` links projects to the goals they serve. `interactions.occasion_id` groups the rows of
one occasion with several people (one row per person, so the strength state of 0004 and its triggers
stay as they are); it is added in place (ALTER TABLE ADD COLUMN), so the table and its triggers are not
copied.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 03:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "project_goals",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], name=op.f("fk_project_goals_goal_id_goals"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"],
                                name=op.f("fk_project_goals_project_id_projects"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("project_id", "goal_id", name=op.f("pk_project_goals")),
    )
    op.add_column("interactions", sa.Column("occasion_id", sa.Integer(), nullable=True))
    op.create_index("ix_interactions_occasion_id", "interactions", ["occasion_id"])


def downgrade() -> None:
    op.drop_index("ix_interactions_occasion_id", table_name="interactions")
    op.execute("ALTER TABLE interactions DROP COLUMN occasion_id")  # in place: the triggers stay
    op.drop_table("project_goals")
