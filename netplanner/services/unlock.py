"""Open or create the user's database with the right key, and switch key modes (rekey).

Policy (design section 4): NETPLANNER_PASSPHRASE, when set, is used and nothing is asked. Otherwise a new
database gets a random key kept in a secure OS keychain (the caller shows the recovery key once), or, where
no secure keychain exists, a passphrase the caller asks for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from netplanner import paths
from netplanner.services.facade import Services
from netplanner.storage import backup, keystore
from netplanner.storage.db import ProgressCallback, database_exists, open_database
from netplanner.storage.errors import DatabaseMissingError, PassphraseRequiredError
from netplanner.storage.keys import DatabaseKey, Passphrase
from netplanner.storage.lock import DatabaseLock


@dataclass
class OpenedDatabase:
    services: Services
    lock: DatabaseLock
    recovery_key: str | None = None  # set once, when a new keychain-backed database was created
    warnings: list[str] = field(default_factory=list)  # things the user should know, e.g. a failed backup

    def close(self) -> None:
        self.services.close()
        self.lock.release()


def _open(path: Path, key: DatabaseKey, *, create: bool, progress: ProgressCallback | None) -> OpenedDatabase:
    lock = DatabaseLock(path)
    lock.acquire()
    try:
        db = open_database(path, key, create=create, progress=progress, backup_dir=paths.backup_dir(path))
    except BaseException:
        lock.release()
        raise
    opened = OpenedDatabase(Services(db), lock)
    try:
        backup.daily_backup(db, paths.backup_dir(path))
    except (OSError, sqlcipher3.Error) as exc:
        # A failed backup must not lock the user out of their network: open, and say so.
        opened.warnings.append(f"Today's automatic backup could not be written ({exc}).")
    return opened


def open_existing(
    path: Path,
    key: DatabaseKey | None = None,
    environ: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> OpenedDatabase:
    """Open a database that must exist. Without a key, take it from the environment or the keychain."""
    if not database_exists(path):
        raise DatabaseMissingError("There is no NetPlanner database at {path}.", path=path)
    env = dict(os.environ if environ is None else environ)
    return _open(path, key or keystore.load_key(path, env), create=False, progress=progress)


def create_new(
    path: Path,
    passphrase: str | None = None,
    environ: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> OpenedDatabase:
    """Create a database: with a passphrase (given, or from the environment) or a keychain key."""
    env = dict(os.environ if environ is None else environ)
    passphrase = passphrase or env.get(keystore.PASSPHRASE_ENV)
    if passphrase:
        opened = _open(path, Passphrase(passphrase), create=True, progress=progress)
        keystore.remember_passphrase_mode(path)
        return opened
    if keystore.secure_backend() is None:
        raise PassphraseRequiredError(keystore.describe_missing_keyring())
    key = keystore.store_new_key(path)
    opened = _open(path, key, create=True, progress=progress)
    opened.recovery_key = key.recovery_key()
    return opened


def open_or_create(path: Path, environ: Mapping[str, str] | None = None,
                   progress: ProgressCallback | None = None) -> OpenedDatabase:
    if database_exists(path):
        return open_existing(path, environ=environ, progress=progress)
    return create_new(path, environ=environ, progress=progress)


def switch_to_passphrase(opened: OpenedDatabase, new_passphrase: Passphrase) -> None:
    """Re-encrypt with a passphrase; the keychain entry (if any) is removed afterwards."""
    db = opened.services.db
    old_info = keystore.KeyInfo.load(db.path)
    db.rekey(new_passphrase)
    keystore.remember_passphrase_mode(db.path)  # first: the file must always say how to open it
    if old_info is not None:
        keystore.forget_key_entry(old_info)
    _backup_after_rekey(opened)


def switch_to_keyring(opened: OpenedDatabase) -> str:
    """Re-encrypt with a new random key kept in the keychain; returns the new recovery key."""
    db = opened.services.db
    if keystore.secure_backend() is None:
        raise PassphraseRequiredError(keystore.describe_missing_keyring())
    old_info = keystore.KeyInfo.load(db.path)
    key = keystore.store_new_key(db.path)
    try:
        db.rekey(key)
    except BaseException:
        if old_info is not None:
            old_info.save(db.path)
        raise
    if old_info is not None:
        keystore.forget_key_entry(old_info)
    _backup_after_rekey(opened)
    return key.recovery_key()


def _backup_after_rekey(opened: OpenedDatabase) -> None:
    """Older automatic backups stay under the old key; make one under the new key at once."""
    try:
        backup.backup_copy(opened.services.db, paths.backup_dir(opened.services.db.path), "after-rekey")
    except (OSError, sqlcipher3.Error) as exc:
        opened.warnings.append(f"The backup after changing the key could not be written ({exc}).")
