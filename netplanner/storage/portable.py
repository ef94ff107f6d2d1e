"""Portable encrypted backups: one self-contained file, encrypted with a passphrase the user chooses.

Unlike the automatic backups (copies under the database's own key, which lives in this machine's
keychain), a portable backup can be restored anywhere. It is written with SQLCipher's
`ATTACH ... KEY` + `sqlcipher_export`, which re-encrypts every page under the new key; restoring does
the same in the other direction, into a new file under the target key, checks it by opening it the
normal way, and only then puts it in place. A wrong passphrase stops before anything is written.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from netplanner.domain.errors import ValidationError
from netplanner.storage import files, migrate, recovery
from netplanner.storage.db import SQLITE_PLAIN_HEADER, Database, open_database
from netplanner.storage.errors import CorruptDatabaseError, NotNetPlannerDatabaseError, WrongKeyError
from netplanner.storage.faults import crash_point
from netplanner.storage.keys import DatabaseKey, Passphrase


def export_backup(db: Database, out_path: Path, passphrase: str) -> Path:
    """Write the whole open database to out_path, encrypted with the passphrase (replacing the file)."""
    out_path = Path(out_path)
    db.refuse_own_file(out_path)
    key = Passphrase(passphrase)
    part = out_path.with_name(out_path.name + ".part")
    _remove(part)
    try:
        files.create_private(part)
        with db.driver_connection() as conn:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_literal()}", (str(part),))
            try:
                conn.execute("SELECT sqlcipher_export('backup')").fetchall()
            finally:
                conn.execute("DETACH DATABASE backup")
        os.replace(part, out_path)
    except BaseException:
        _remove(part)
        raise
    return out_path


def check_backup(in_path: Path, passphrase: str) -> None:
    """Raise a clear error unless in_path is a NetPlanner backup this passphrase opens; writes nothing."""
    conn = _open_backup(Path(in_path), Passphrase(passphrase))
    conn.close()


def restore_backup(
    in_path: Path,
    passphrase: str,
    target_path: Path,
    target_key: DatabaseKey,
    *,
    replace: bool = False,
) -> Path | None:
    """Bring a portable backup back as a normal database at target_path, encrypted with target_key.

    If a database is already there, `replace` must be set and target_key must be its key; the old file
    is then kept beside it (still encrypted, `<stem>.before-restore-<time>-<n>.db`) and its path is
    returned. The steps and what a crash at each leaves are described in `storage.recovery`.
    """
    in_path, target_path = Path(in_path), Path(target_path)
    if target_path.exists() and not replace:
        raise ValidationError(
            "There is already a database at {target_path}; restoring would replace it.",
            target_path=target_path,
        )
    key = Passphrase(passphrase)
    _open_backup(in_path, key).close()
    if target_path.exists():
        # Everything committed must be in the file itself before it is kept under another name.
        open_database(target_path, target_key).close()
    part, ready = recovery.restoring_path(target_path), recovery.restored_path(target_path)
    recovery.remove_with_side_files(part)
    recovery.remove_with_side_files(ready)
    try:
        files.create_private(part)
        dest = sqlcipher3.connect(str(part), uri=True, isolation_level=None)
        try:
            dest.execute("PRAGMA cipher_log_level = NONE")
            dest.execute(f"PRAGMA key = {target_key.pragma_literal()}")
            source_uri = f"{in_path.resolve().as_uri()}?mode=ro"
            dest.execute(f"ATTACH DATABASE ? AS source KEY {key.pragma_literal()}", (source_uri,))
            try:
                crash_point("sqlite")
                dest.execute("SELECT sqlcipher_export('main', 'source')").fetchall()
            finally:
                dest.execute("DETACH DATABASE source")
        finally:
            dest.close()
        restored = open_database(part, target_key, create=False)
        try:
            problems = restored.integrity_problems()
        finally:
            restored.close()
        if problems:
            raise CorruptDatabaseError(
                "The backup {name} is damaged: {problem}.",
                name=in_path.name,
                problem=problems[0],
            )
        for side in recovery.side_files(part):
            files.remove(side)
        files.fsync_file(part)
        files.replace(part, ready)  # from here on the restore is finished, even after a crash
    except BaseException:
        recovery.remove_with_side_files(part)
        raise
    return recovery.put_restored_in_place(target_path)


def _open_backup(path: Path, key: Passphrase) -> sqlcipher3.Connection:
    if not path.is_file():
        raise ValidationError("There is no backup file at {path}.", path=path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER:
            raise NotNetPlannerDatabaseError(
                "{name} is an unencrypted SQLite file, not a NetPlanner backup.", name=path.name
            )
    # Read-only: a wrong passphrase must not be able to change the file in any way.
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongKeyError(
                "Cannot open the backup {name}: wrong passphrase, or not a NetPlanner backup.", name=path.name
            ) from None
        raise CorruptDatabaseError("The backup {name} is damaged ({exc}).", name=path.name, exc=exc) from None
    if migrate.VERSION_TABLE not in tables:
        conn.close()
        raise NotNetPlannerDatabaseError("{name} opens, but it is not a NetPlanner backup.", name=path.name)
    return conn


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
