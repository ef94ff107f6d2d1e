"""project work and kind indexes: the Projects view and the Interactions pages of one kind

The Projects view shows the day each project was last worked on, the latest interaction logged for it.
With `project_id` not indexed SQLite read all interactions to find them: at 1M interactions 0.3-0.4 s
each time the view loaded, on the GUI thread. An index on (project_id, occurred_on) answers it from a
few index entries per project, and also serves the foreign key when a project is deleted.

The Interactions table of a big network reads a page at a time along the date index; filtered by one
kind, a page of a rare kind walked the index past most of a million interactions. An index on
(kind, occurred_on) holds each kind in date order.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_interactions_project_day", "interactions", ["project_id", "occurred_on"])
    op.create_index("ix_interactions_kind_day", "interactions", ["kind", "occurred_on"])


def downgrade() -> None:
    op.drop_index("ix_interactions_kind_day", table_name="interactions")
    op.drop_index("ix_interactions_project_day", table_name="interactions")
