"""Open or create the user's database with the right key, and switch key modes (rekey).

Policy (design section 4): NETPLANNER_PASSPHRASE, when set, is used and nothing is asked. Otherwise a new
database gets a random key kept in a secure OS keychain (the caller shows the recovery key once), or, where
no secure keychain exists, a passphrase the caller asks for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from netplanner import paths
from netplanner.services.facade import Services
from netplanner.storage import backup, keystore
from netplanner.storage.db import ProgressCallback, database_exists, open_database
from netplanner.storage.errors import DatabaseMissingError, PassphraseRequiredError
from netplanner.storage.keys import DatabaseKey, Passphrase, RawKey
from netplanner.storage.lock import DatabaseLock


@dataclass
class OpenedDatabase:
    services: Services
    lock: DatabaseLock
    recovery_key: str | None = None  # set once, when a new keychain-backed database was created

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
    backup.daily_backup(db, paths.backup_dir(path))
    return OpenedDatabase(Services(db), lock)


def open_existing(
    path: Path,
    key: DatabaseKey | None = None,
    environ: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> OpenedDatabase:
    """Open a database that must exist. Without a key, take it from the environment or the keychain."""
    if not database_exists(path):
        raise DatabaseMissingError(f"There is no NetPlanner database at {path}.")
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
    db.rekey(new_passphrase)
    keystore.forget_key(db.path)
    keystore.remember_passphrase_mode(db.path)


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
    return key.recovery_key()


__all__ = ["OpenedDatabase", "RawKey", "create_new", "open_existing", "open_or_create",
           "switch_to_keyring", "switch_to_passphrase"]
