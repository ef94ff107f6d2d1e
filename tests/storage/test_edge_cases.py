"""Passphrases shaped like recovery keys, private file modes, exports into NetPlanner's own folders,
failing keychains and refused files: each as the user meets it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from netplanner.domain.errors import ValidationError
from netplanner.services import unlock
from netplanner.storage import keystore
from netplanner.storage.db import open_database
from netplanner.storage.errors import NotNetPlannerDatabaseError
from netplanner.storage.keys import Passphrase, RawKey, check_new_passphrase
from tests.conftest import MemoryKeyring
from tests.e2e.test_cli import run

HEX_SHAPED = RawKey.generate().recovery_key()


def test_a_passphrase_shaped_like_a_recovery_key_is_refused() -> None:
    for text in (HEX_SHAPED, HEX_SHAPED.replace("-", ""), HEX_SHAPED.lower()):
        with pytest.raises(ValidationError, match="look like a recovery key"):
            check_new_passphrase(text)


def test_an_older_hex_shaped_passphrase_can_still_be_typed_at_the_prompt(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_database(path, Passphrase(HEX_SHAPED), create=True).close()
    keystore.remember_passphrase_mode(path)
    opened = unlock.open_with_text(path, HEX_SHAPED, environ={})
    assert opened.services.db.key == Passphrase(HEX_SHAPED)
    opened.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_key_info_and_backups_are_private(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder = tmp_path / "data"
    path = folder / "x.db"
    os.umask(0o022)
    opened = unlock.create_new(path, environ={})
    opened.services.contacts.add(name="Anna Berg")
    wal = Path(f"{path}-wal")
    assert _mode(wal) == 0o600
    opened.close()
    assert _mode(folder) == 0o700
    assert _mode(path) == 0o600
    assert _mode(keystore.KeyInfo.path_for(path)) == 0o600
    backups = list((folder / "backups").iterdir())
    assert backups
    assert _mode(folder / "backups") == 0o700
    assert all(_mode(p) == 0o600 for p in backups)


def test_no_keychain_is_named_in_words_not_as_a_class(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(Exception, match="No secure keychain was found") as caught:
        unlock.create_new(tmp_path / "x.db", environ={})
    assert "keyring.backends" not in str(caught.value)


def test_a_refused_foreign_file_gets_no_lock_file_beside_it(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(os.urandom(8192))
    with pytest.raises(Exception, match=r"wrong passphrase|not a NetPlanner"):
        unlock.open_existing(foreign, key=Passphrase("some passphrase"))
    plain = tmp_path / "plain.db"
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.close()
    with pytest.raises(NotNetPlannerDatabaseError):
        unlock.open_existing(plain, key=Passphrase("some passphrase"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db", "plain.db"]


@pytest.mark.parametrize("backend", ["no.such.Backend", "tests.storage.broken_keyring.BrokenKeyring"])
def test_a_failing_keychain_means_passphrase_mode_in_one_line(tmp_path: Path, backend: str) -> None:
    root = str(Path(__file__).resolve().parents[2])
    result = run("--db", "x.db", "demo", passphrase=None, cwd=tmp_path,
                 extra_env={"PYTHON_KEYRING_BACKEND": backend, "PYTHONPATH": root})
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "passphrase" in result.stderr
    assert not (tmp_path / "x.db").exists()
    ok = run("--db", "x.db", "demo", cwd=tmp_path, extra_env={"PYTHON_KEYRING_BACKEND": backend,
                                                                 "PYTHONPATH": root})
    assert ok.returncode == 0, ok.stderr


def test_a_disk_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import sqlcipher3

    from netplanner.storage import db as storage_db
    from netplanner.storage.errors import DiskFullError

    full = shutil._ntuple_diskusage(10**9, 10**9, 0)  # type: ignore[attr-defined]
    monkeypatch.setattr(storage_db.shutil, "disk_usage", lambda _folder: full)
    error = storage_db.translate_error(tmp_path / "n.db", sqlcipher3.OperationalError("disk I/O error"))
    assert isinstance(error, DiskFullError)
    assert "is full" in str(error)
    roomy = shutil._ntuple_diskusage(10**9, 10**8, 9 * 10**8)  # type: ignore[attr-defined]
    monkeypatch.setattr(storage_db.shutil, "disk_usage", lambda _folder: roomy)
    other = storage_db.translate_error(tmp_path / "n.db", sqlcipher3.OperationalError("disk I/O error"))
    assert not isinstance(other, DiskFullError)


def test_rekey_of_a_damaged_file_says_it_is_damaged(tmp_path: Path) -> None:
    import sqlcipher3

    from netplanner.storage import db as storage_db
    from netplanner.storage.errors import CorruptDatabaseError

    message = "PRAGMA rekey can only be run on an existing encrypted database"
    error = storage_db.translate_error(tmp_path / "n.db", sqlcipher3.OperationalError(message))
    assert isinstance(error, CorruptDatabaseError)
    assert "damaged" in str(error)
    assert "PRAGMA" not in str(error)
