"""The schema's version, whether it is behind, and the upgrade itself (Alembic, driven from code).

Opening a database asks only whether its version is the newest one this app knows: that is answered
from the migration scripts' own `revision`/`down_revision` lines and one SELECT, so Alembic (a third of
a second of imports) loads only when a migration is actually due.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"
MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r'^(revision|down_revision)\s*:[^=]*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415  only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@functools.cache
def scripts() -> ScriptDirectory:
    """The migration scripts as Alembic reads them (for upgrades and tests)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _chain() -> dict[str, str | None]:
    """revision -> down_revision of every migration script, read from the files' text."""
    chain: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            chain[found["revision"]] = found.get("down_revision") or None
    return chain


def head_revision() -> str:
    chain = _chain()
    heads = set(chain) - {down for down in chain.values() if down}
    assert len(heads) == 1, f"the migrations must form one line, found heads {sorted(heads)}"
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": VERSION_TABLE}
    ).first()
    if exists is None:  # a new, empty database
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def is_known(revision: str) -> bool:
    """Whether this version of the app has the migration that made `revision` (else: a newer app did)."""
    return revision in _chain()


def needs_upgrade(connection: Connection) -> bool:
    return current_revision(connection) != head_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command  # noqa: PLC0415  only when a migration is due

    command.upgrade(alembic_config(connection), target)
