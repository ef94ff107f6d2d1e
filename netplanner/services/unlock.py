"""Open or create the user's database with the right key, and switch key modes (rekey).

Policy (design section 4): NETPLANNER_PASSPHRASE, when set, is used and nothing is asked. Otherwise a new
database gets a random key kept in a secure OS keychain (the caller shows the recovery key once), or, where
no secure keychain exists, a passphrase the caller asks for.

Before anything opens, what a killed restore left behind is finished or undone (storage.recovery). A key
change writes where the key is going (`KeyInfo.pending`) before the file is re-encrypted; when a start finds
that marker, the change was interrupted on one side or the other of the commit: the keys of both states are
tried, or the user is asked for exactly the passphrase that can open the file, and the marker is settled.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from netplanner import paths
from netplanner.services.facade import Services
from netplanner.storage import backup, files, keystore, recovery
from netplanner.storage.db import ProgressCallback, database_exists, open_database
from netplanner.storage.errors import (
    DatabaseMissingError,
    KeyringError,
    PassphraseRequiredError,
    StorageError,
    WrongKeyError,
)
from netplanner.storage.keys import DatabaseKey, Passphrase, RawKey, keys_from_user_text
from netplanner.storage.keystore import KeyInfo, KeyMode
from netplanner.storage.lock import DatabaseLock


class InterruptedKeyChangeError(PassphraseRequiredError):
    """A change of key was interrupted and only a passphrase the user knows can tell how it ended."""


@dataclass
class OpenedDatabase:
    services: Services
    lock: DatabaseLock
    recovery_key: str | None = None  # set once, when the user must be shown a new recovery key
    warnings: list[str] = field(default_factory=list)  # things the user should know, e.g. a failed backup

    def close(self) -> None:
        self.services.close()
        self.lock.release()


def recover_interrupted(path: Path, *, reader: bool = False) -> list[str]:
    """Finish or undo what a killed restore left beside the database; one line per thing done. A reader
    finds the database in use by the writer (whose own start did this) and leaves it alone."""
    if not path.parent.exists():
        return []
    lock = DatabaseLock(path)
    existed = lock.path.exists()
    if reader and existed and not lock.free():
        return []
    with lock:
        notes = recovery.recover(path)
        if not existed:  # the open that follows makes its own; a refused file is left with none
            files.remove(lock.path)
    return notes


def _open(path: Path, keys: Sequence[DatabaseKey], *, create: bool, progress: ProgressCallback | None,
          reader: bool = False) -> OpenedDatabase:
    lock = DatabaseLock(path)
    lock_existed = lock.path.exists()
    # One writer: the app or a writing command holds the lock. A reader (plan, today, report, export,
    # check) may open beside it; SQLite's WAL keeps their reads consistent with the writer's commits.
    beside_writer = reader and lock_existed and not lock.free()
    if not beside_writer:
        lock.acquire()
    try:
        db = None
        for number, key in enumerate(keys, start=1):
            try:
                db = open_database(path, key, create=create, progress=progress,
                                   backup_dir=paths.backup_dir(path))
                break
            except WrongKeyError:
                if number == len(keys):
                    raise
        if db is None:
            raise WrongKeyError("Cannot open {path}: wrong passphrase or key, or not a NetPlanner database.",
                                path=path)
    except BaseException:
        if not lock_existed:  # no lock file left beside a file that was refused
            with contextlib.suppress(OSError):
                files.remove(lock.path)
        lock.release()
        raise
    opened = OpenedDatabase(Services(db), lock)
    if beside_writer:
        return opened  # the writer makes today's backup
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
    *,
    keys: Sequence[DatabaseKey] = (),
    reader: bool = False,
) -> OpenedDatabase:
    """Open a database that must exist, with `key` or the first of `keys` that opens it. Without any,
    take the key from the environment or the keychain. A `reader` may open it while the app (or
    another writing command) has it open."""
    notes = recover_interrupted(path, reader=reader)
    if not database_exists(path):
        raise DatabaseMissingError("There is no NetPlanner database at {path}.", path=path)
    env = dict(os.environ if environ is None else environ)
    info = KeyInfo.load(path)
    given = [key] if key is not None else list(keys)
    if given:
        opened = _open(path, given, create=False, progress=progress, reader=reader)
    elif env.get(keystore.PASSPHRASE_ENV) or info is None or info.pending is None:
        opened = _open(path, [keystore.load_key(path, env)], create=False, progress=progress, reader=reader)
    else:
        opened = _open_after_interrupted_change(path, info, progress)
    if info is not None and info.pending is not None:
        opened.recovery_key = _settle(path, info, opened.services.db.key)
    opened.warnings[:0] = notes
    return opened


def open_with_text(path: Path, text: str, environ: Mapping[str, str] | None = None) -> OpenedDatabase:
    """Open with what the user typed at the unlock prompt: a recovery key or a passphrase."""
    return open_existing(path, environ=environ, keys=keys_from_user_text(text))


def _states(info: KeyInfo) -> list[KeyInfo]:
    return [info.settled(), *([info.pending] if info.pending is not None else [])]


def _open_after_interrupted_change(path: Path, info: KeyInfo, progress: ProgressCallback | None
                                   ) -> OpenedDatabase:
    keychain_keys, untried = [], False
    for state in _states(info):
        if state.mode is KeyMode.KEYRING:
            try:
                keychain_keys.append(keystore.keychain_key(path, state))
            except KeyringError:
                untried = True
    try:
        if keychain_keys:
            return _open(path, keychain_keys, create=False, progress=progress)
    except WrongKeyError:
        if not any(state.mode is KeyMode.PASSPHRASE for state in _states(info)):
            raise
    raise _ask_for(path, info, keychain_ruled_out=bool(keychain_keys) and not untried)


def _ask_for(path: Path, info: KeyInfo, *, keychain_ruled_out: bool) -> InterruptedKeyChangeError:
    env = keystore.PASSPHRASE_ENV
    pending = info.pending
    assert pending is not None
    if info.mode is KeyMode.PASSPHRASE and pending.mode is KeyMode.PASSPHRASE:
        return InterruptedKeyChangeError(
            "A change of the passphrase of {db_path} was interrupted: enter the new passphrase or the old "
            "one (or set {PASSPHRASE_ENV}).", db_path=path, PASSPHRASE_ENV=env)
    if not keychain_ruled_out:
        return InterruptedKeyChangeError(
            "A change of the key of {db_path} was interrupted: enter the passphrase, or your recovery key "
            "(or set {PASSPHRASE_ENV}).", db_path=path, PASSPHRASE_ENV=env)
    if pending.mode is KeyMode.PASSPHRASE:
        return InterruptedKeyChangeError(
            "The switch of {db_path} to a passphrase was interrupted after the file was re-encrypted: "
            "enter the new passphrase (or set {PASSPHRASE_ENV}).", db_path=path, PASSPHRASE_ENV=env)
    return InterruptedKeyChangeError(
        "The switch of {db_path} to the keychain was interrupted before the file was re-encrypted: "
        "enter your passphrase (or set {PASSPHRASE_ENV}).", db_path=path, PASSPHRASE_ENV=env)


def _settle(path: Path, info: KeyInfo, key: DatabaseKey) -> str | None:
    """Record the state the opening key belongs to and drop the other; returns a recovery key the user
    has never seen (a switch to the keychain that was committed but not reported), else None."""
    match = None
    for state in _states(info):
        if state.mode is KeyMode.PASSPHRASE and isinstance(key, Passphrase):
            match = state
        elif state.mode is KeyMode.KEYRING and isinstance(key, RawKey):
            with contextlib.suppress(KeyringError):
                if keystore.keychain_key(path, state) == key:
                    match = state
    if match is None:
        return None
    match.save(path)
    for state in _states(info):
        if state != match:
            keystore.forget_key_entry(state)
    new_keychain_key = match == info.pending and isinstance(key, RawKey)
    return key.recovery_key() if new_keychain_key and isinstance(key, RawKey) else None


def create_new(
    path: Path,
    passphrase: str | None = None,
    environ: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> OpenedDatabase:
    """Create a database: with a passphrase (given, or from the environment) or a keychain key."""
    notes = recover_interrupted(path)
    if database_exists(path):  # an interrupted restore was finished: open it, never make a new one
        return open_existing(path, environ=environ, progress=progress)
    env = dict(os.environ if environ is None else environ)
    passphrase = passphrase or env.get(keystore.PASSPHRASE_ENV)
    if passphrase:
        opened = _open(path, [Passphrase(passphrase)], create=True, progress=progress)
        keystore.remember_passphrase_mode(path)
    else:
        key = keystore.store_new_key(path)
        opened = _open(path, [key], create=True, progress=progress)
        opened.recovery_key = key.recovery_key()
    opened.warnings[:0] = notes
    return opened


def open_or_create(path: Path, environ: Mapping[str, str] | None = None,
                   progress: ProgressCallback | None = None) -> OpenedDatabase:
    notes = recover_interrupted(path)
    if database_exists(path):
        opened = open_existing(path, environ=environ, progress=progress)
    else:
        opened = create_new(path, environ=environ, progress=progress)
    opened.warnings[:0] = notes
    return opened


def switch_to_passphrase(opened: OpenedDatabase, new_passphrase: Passphrase) -> None:
    """Re-encrypt with a passphrase; the keychain entry (if any) is removed afterwards."""
    db = opened.services.db
    old_info = (KeyInfo.load(db.path) or KeyInfo(KeyMode.PASSPHRASE)).settled()
    new_info = KeyInfo(KeyMode.PASSPHRASE)
    old_info.with_pending(new_info).save(db.path)  # first: after a crash, both states are recognised
    _rekey(opened, new_passphrase, old_info)
    new_info.save(db.path)
    keystore.forget_key_entry(old_info)
    _backup_after_rekey(opened)


def switch_to_keyring(opened: OpenedDatabase, show: Callable[[str], None] | None = None) -> str:
    """Re-encrypt with a new random key kept in the keychain; returns the new recovery key.

    `show` is given the recovery key before the change is recorded as finished: a kill before that
    point leaves the marker, and the next start shows the key instead (see _settle)."""
    db = opened.services.db
    old_info = (KeyInfo.load(db.path) or KeyInfo(KeyMode.PASSPHRASE)).settled()
    key, new_info = keystore.new_key_entry()
    try:
        old_info.with_pending(new_info).save(db.path)
    except BaseException:
        keystore.forget_key_entry(new_info)
        raise
    try:
        _rekey(opened, key, old_info)
    except BaseException:
        keystore.forget_key_entry(new_info)
        raise
    _backup_after_rekey(opened)
    if show is not None:
        show(key.recovery_key())
    new_info.save(db.path)
    keystore.forget_key_entry(old_info)
    return key.recovery_key()


def _rekey(opened: OpenedDatabase, key: DatabaseKey, old_info: KeyInfo) -> None:
    db = opened.services.db
    try:
        db.rekey(key)
    except StorageError:
        old_info.save(db.path)  # nothing changed: the marker goes
        raise


def _backup_after_rekey(opened: OpenedDatabase) -> None:
    """Older automatic backups stay under the old key; make one under the new key at once."""
    try:
        backup.backup_copy(opened.services.db, paths.backup_dir(opened.services.db.path), "after-rekey")
    except (OSError, sqlcipher3.Error) as exc:
        opened.warnings.append(f"The backup after changing the key could not be written ({exc}).")
