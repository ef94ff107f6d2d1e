"""Portable encrypted backup and restore with a passphrase; a wrong passphrase changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.errors import NotNetPlannerDatabaseError, WrongKeyError
from netplanner.storage.keys import Passphrase, RawKey
from netplanner.storage.portable import export_backup, restore_backup

PASS = "correct horse battery"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_restore_round_trip_on_another_key(demo_services: Services, tmp_path: Path) -> None:
    backup = tmp_path / "net.npbackup"
    export_backup(demo_services.db, backup, PASS)
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    names = sorted(r.name for r in demo_services.contacts.rows())

    target, key = tmp_path / "restored" / "net.db", RawKey.generate()
    target.parent.mkdir()
    assert restore_backup(backup, PASS, target, key) is None
    restored = open_database(target, key)
    try:
        assert sorted(r.name for r in Services(restored).contacts.rows()) == names
        assert restored.integrity_problems() == []
    finally:
        restored.close()
    with pytest.raises(WrongKeyError):
        open_database(target, Passphrase(PASS))


def test_restore_over_an_existing_database_keeps_the_old_one(services: Services, tmp_path: Path) -> None:
    services.contacts.add(name="From backup")
    backup = tmp_path / "b.bak"
    export_backup(services.db, backup, PASS)
    target, key = tmp_path / "current.db", Passphrase("local pass 123")
    current = open_database(target, key, create=True)
    Services(current).contacts.add(name="Only local")
    current.close()
    with pytest.raises(Exception, match="already a database"):
        restore_backup(backup, PASS, target, key)
    kept = restore_backup(backup, PASS, target, key, replace=True)
    assert kept is not None
    assert kept.exists()
    for path, expected in ((target, ["From backup"]), (kept, ["Only local"])):
        db = open_database(path, key)
        try:
            assert [r.name for r in Services(db).contacts.rows()] == expected
        finally:
            db.close()


def test_wrong_passphrase_is_clear_and_changes_nothing(services: Services, tmp_path: Path) -> None:
    backup = tmp_path / "b.bak"
    export_backup(services.db, backup, PASS)
    target = tmp_path / "current.db"
    current = open_database(target, RawKey.generate(), create=True)
    current.close()
    before = (_digest(backup), _digest(target), sorted(p.name for p in tmp_path.iterdir()))
    with pytest.raises(WrongKeyError, match="wrong passphrase"):
        restore_backup(backup, "not the passphrase", target, RawKey.generate(), replace=True)
    assert (_digest(backup), _digest(target), sorted(p.name for p in tmp_path.iterdir())) == before


def test_not_a_backup(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.close()
    with pytest.raises(NotNetPlannerDatabaseError):
        restore_backup(plain, PASS, tmp_path / "x.db", RawKey.generate())
    assert not (tmp_path / "x.db").exists()
