"""Automatic backups: kept per database, pruned to the newest, and never in the way of opening."""

from __future__ import annotations

from pathlib import Path

from netplanner import paths
from netplanner.services.unlock import create_new, open_existing
from netplanner.storage import backup, keystore
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

ENV = {keystore.PASSPHRASE_ENV: "a passphrase for tests"}


def test_pruning_keeps_the_newest_and_never_touches_another_database(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    others = [folder / f"work-old-202601{day:02d}-120000-daily.db" for day in range(1, 13)]
    for other in others:
        other.write_bytes(b"another database's backup")
    for day in range(1, 12):  # eleven old automatic copies of work.db itself
        (folder / f"work-202501{day:02d}-120000-daily.db").write_bytes(b"old")
    db = open_database(tmp_path / "work.db", RawKey.generate(), create=True)
    try:
        written = [backup.backup_copy(db, folder, reason) for reason in ("manual", "before-upgrade")]
    finally:
        db.close()
    mine = [copy.path for copy in backup.automatic_backups(folder, "work")]
    assert len(mine) == backup.KEEP_AUTOMATIC
    assert set(mine[-2:]) == set(written)
    assert all(path.exists() for path in written)
    assert all(other.exists() for other in others)


def test_a_failing_daily_backup_does_not_stop_the_database_opening(tmp_path: Path) -> None:
    path = paths.data_dir() / "netplanner.db"
    create_new(path, environ=ENV).close()
    for old in paths.backup_dir(path).glob("*"):
        old.unlink()
    paths.backup_dir(path).rmdir()
    paths.backup_dir(path).write_text("a file where the backups folder should be")
    opened = open_existing(path, environ=ENV)
    try:
        assert opened.services.contacts.count() == 0
        assert any("automatic backup could not be written" in warning for warning in opened.warnings)
    finally:
        opened.close()
