"""contact uid: a stable identifier for every person (written as the vCard UID and a CSV column)

A plain ADD COLUMN plus CREATE UNIQUE INDEX, so the contacts table is not copied and the search
triggers of 0002 stay in place. SQLite only adds a NOT NULL column with a constant default, hence the
`DEFAULT ''`; every existing row then gets its own uuid4 before the unique index is built. The ORM
always supplies a new uuid at creation (or keeps an imported card's UID).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 10:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE contacts ADD COLUMN uid VARCHAR(500) NOT NULL DEFAULT ''")
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM contacts"))]
    if ids:
        bind.execute(
            sa.text("UPDATE contacts SET uid = :uid WHERE id = :id"),
            [{"uid": f"urn:uuid:{uuid.uuid4()}", "id": contact_id} for contact_id in ids],
        )
    op.execute("CREATE UNIQUE INDEX ix_contacts_uid ON contacts (uid)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contacts_uid")
    op.execute("ALTER TABLE contacts DROP COLUMN uid")
