"""name parts: the vCard N of a person (family; given; additional; prefixes; suffixes), five JSON lists

Plain ADD COLUMNs with a constant default, so the contacts table is not copied and the search triggers
of 0002 stay in place. Everyone there keeps an empty list in each part: their name was stored whole,
and an export builds N from it as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 03:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTS = ("family_names", "given_names", "additional_names", "honorific_prefixes", "honorific_suffixes")


def upgrade() -> None:
    for name in PARTS:
        op.execute(f"ALTER TABLE contacts ADD COLUMN {name} JSON NOT NULL DEFAULT '[]'")


def downgrade() -> None:
    for name in reversed(PARTS):
        op.execute(f"ALTER TABLE contacts DROP COLUMN {name}")
