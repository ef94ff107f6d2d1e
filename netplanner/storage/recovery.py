"""Putting a restored database in place, and tidying up after an operation that was killed midway.

A restore builds `<db>.restoring` (never trusted: it may be half written), checks it, and renames it to
`<db>.restored` (complete and checked). Then the old database gets a second, unique name
`<stem>.before-restore-<time>-<n><suffix>` (a hard link: the old file never leaves `<db>`), and one atomic
rename puts the restored file at `<db>`. At every moment `<db>` holds the old or the new database, and the
next start can tell from the names which step was reached: `.restored` is finished, `.restoring` is
removed. The caller holds the database's lock.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from netplanner.paths import backup_dir
from netplanner.storage import files
from netplanner.storage.errors import StorageError

SIDE_FILES = ("-wal", "-shm", "-journal")
KEPT_MARK = ".before-restore-"


def restoring_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restoring")


def restored_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restored")


def side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDE_FILES]


def remove_with_side_files(path: Path) -> bool:
    removed = [files.remove(p) for p in (path, *side_files(path))]
    return any(removed)


def kept_copies(db_path: Path) -> list[Path]:
    """Databases kept by earlier restores, oldest first (their names sort by time)."""
    pattern = re.compile(re.escape(db_path.stem + KEPT_MARK) + r"[0-9-]+" + re.escape(db_path.suffix))
    return sorted(p for p in db_path.parent.glob(f"{db_path.stem}{KEPT_MARK}*")
                  if pattern.fullmatch(p.name))


def _new_kept_name(db_path: Path, attempt: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_path.with_name(f"{db_path.stem}{KEPT_MARK}{stamp}-{attempt}{db_path.suffix}")


def keep_current(db_path: Path) -> Path:
    """Give the database a second, unique name (a kept copy is never overwritten); return it.
    A copy left by an interrupted earlier attempt (the same file) is reused."""
    current = db_path.stat()
    for kept in kept_copies(db_path):
        if os.path.samestat(kept.stat(), current):
            return kept
    for attempt in range(1000):
        kept = _new_kept_name(db_path, attempt)
        try:
            files.keep_copy(db_path, kept)
        except FileExistsError:
            continue
        for side, kept_side in zip(side_files(db_path), side_files(kept), strict=True):
            if side.exists() and side.stat().st_size > 0 and not side.name.endswith("-shm"):
                files.replace(side, kept_side)  # committed pages not yet in the file go with it
        files.fsync_dir(db_path.parent)
        return kept
    raise StorageError("Cannot find a free name to keep {path} under.", path=db_path)


def put_restored_in_place(db_path: Path) -> Path | None:
    """The last steps of a restore, from `.restored` on; returns the kept old database, if there was one."""
    ready = restored_path(db_path)
    kept = keep_current(db_path) if db_path.exists() and db_path.stat().st_size > 0 else None
    for side in side_files(db_path):
        files.remove(side)  # nothing the old file needs: checkpointed before, or moved with the kept copy
    files.replace(ready, db_path)
    files.fsync_dir(db_path.parent)
    return kept


def recover(db_path: Path) -> list[str]:
    """Finish or undo a restore that was killed midway, and remove other half-written files.

    Returns one line per thing done, for the user. Raises StorageError rather than let a new, empty
    database be made where an old one is only kept under another name.
    """
    notes: list[str] = []
    if restored_path(db_path).exists():
        kept = put_restored_in_place(db_path)
        remove_with_side_files(restoring_path(db_path))
        notes.append(f"A restore into {db_path} had been interrupted; it is now complete"
                     + (f" (the previous database is kept as {kept.name})." if kept else "."))
    elif db_path.exists() and db_path.stat().st_size > 0:
        if remove_with_side_files(restoring_path(db_path)):
            notes.append(f"An unfinished restore into {db_path} was undone; the database is as it was.")
    else:
        notes += _recover_without_database(db_path)
    files.remove(db_path.with_name(db_path.name + ".keyinfo.json.tmp"))
    for part in backup_dir(db_path).glob(f"{db_path.stem}-*.db.part"):
        remove_with_side_files(part)
    return notes


def _recover_without_database(db_path: Path) -> list[str]:
    kept = kept_copies(db_path)
    half_done = remove_with_side_files(restoring_path(db_path))
    if kept and half_done:
        # Only an older NetPlanner renamed the database away before the restored one was in place.
        newest = kept[-1]
        for side, kept_side in zip(side_files(db_path), side_files(newest), strict=True):
            files.remove(side)
            if kept_side.exists():
                files.replace(kept_side, side)
        files.replace(newest, db_path)
        files.fsync_dir(db_path.parent)
        return [f"A restore into {db_path} had been interrupted; the database from before it is back."]
    if kept:
        raise StorageError(
            "There is no database at {path}, but {kept} is kept from an earlier restore: rename it to "
            "{name} to open it, or move it away to start a new database.",
            path=db_path, kept=kept[-1], name=db_path.name,
        )
    if half_done:
        return [f"An unfinished restore into {db_path} was removed; there was no database before it."]
    return []
