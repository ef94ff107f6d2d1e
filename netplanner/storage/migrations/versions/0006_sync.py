"""sync cards: what the last CardDAV sync agreed on, per card (issue 16)

One row per card in the sync folder: its file name, the hash of the file's bytes and the hash of the
person's shared fields when both sides last agreed. Hashes only; the card fields themselves stay in
`contacts`.

Revision ID: 0006_sync
Revises: 0005
Create Date: 2026-12-02 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_sync"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_cards",
        sa.Column("uid", sa.String(length=500), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("href", sa.String(length=500), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("fields_hash", sa.String(length=64), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_sync_cards_contact_id_contacts"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sync_cards")),
    )


def downgrade() -> None:
    op.drop_table("sync_cards")
