"""Encrypted backups: a copy of the encrypted file before every migration and once a day.

The copy is made with SQLite's online backup API into a file keyed with the same key, so it is as
encrypted as the original and consistent even while the app writes. Old automatic backups are pruned.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import sqlcipher3

from netplanner.storage import files
from netplanner.storage.faults import crash_point

if TYPE_CHECKING:
    from netplanner.storage.db import Database


KEEP_AUTOMATIC = 10
DAILY = "daily"


def backup_copy(database: Database, folder: Path, reason: str) -> Path:
    """Write an encrypted, consistent copy of the open database into folder; return its path."""
    files.private_dir(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.path.stem}-{stamp}-{reason}.db"
    tmp = target.with_name(target.name + ".part")
    files.create_private(tmp)
    dest = sqlcipher3.connect(str(tmp))
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(f"PRAGMA key = {database.key.pragma_literal()}")
        with database.driver_connection() as source:
            crash_point("sqlite")
            source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    files.replace(tmp, target)
    _prune(folder, database.path.stem)
    return target


def daily_backup(database: Database, folder: Path, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup unless there is one already."""
    day = (today or dt.date.today()).strftime("%Y%m%d")
    copies = automatic_backups(folder, database.path.stem)
    if any(copy.day == day and copy.reason == DAILY for copy in copies):
        return None
    return backup_copy(database, folder, DAILY)


class AutomaticBackup(NamedTuple):
    path: Path
    day: str
    time: str
    reason: str


def automatic_backups(folder: Path, stem: str) -> list[AutomaticBackup]:
    """The automatic copies of the database called `stem`, oldest first; never another database's
    (the backups of "work-old.db" also start with "work-")."""
    pattern = re.compile(rf"{re.escape(stem)}-(\d{{8}})-(\d{{6}})-([a-z-]+)\.db")
    found = []
    for path in folder.glob(f"{stem}-*.db"):
        match = pattern.fullmatch(path.name)
        if match:
            found.append(AutomaticBackup(path, *match.groups()))
    return sorted(found, key=lambda copy: (copy.day, copy.time))


def _prune(folder: Path, stem: str) -> None:
    for old in automatic_backups(folder, stem)[:-KEEP_AUTOMATIC]:
        old.path.unlink(missing_ok=True)
