"""Opening the encrypted database: right and wrong keys, foreign and damaged files, migrations, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from netplanner.services.facade import Services
from netplanner.storage import migrate
from netplanner.storage.db import open_database
from netplanner.storage.errors import (
    CorruptDatabaseError,
    DatabaseMissingError,
    NotNetPlannerDatabaseError,
    StorageError,
    WrongKeyError,
)
from netplanner.storage.keys import Passphrase, RawKey
from netplanner.storage.orm import Base


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def make_db(path: Path, key: RawKey | Passphrase, names: list[str]) -> None:
    db = open_database(path, key, create=True)
    services = Services(db)
    for name in names:
        services.contacts.add(name=name, organisation="Nordvik AB")
    db.close()


def test_new_database_is_created_at_the_latest_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db", RawKey.generate(), create=True)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    db.close()


def test_schema_from_migrations_matches_the_orm(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db", RawKey.generate(), create=True)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_search_index})
        differences = compare_metadata(context, Base.metadata)
    db.close()
    assert differences == []


def _not_search_index(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # FTS5 virtual tables and their shadow tables are managed by migrations only, not by the ORM.
    return not (type_ == "table" and name is not None and name.startswith("search"))


def test_reopening_with_the_same_key_gives_back_the_data(tmp_path: Path) -> None:
    key = RawKey.generate()
    make_db(tmp_path / "a.db", key, ["Anna Berg"])
    db = open_database(tmp_path / "a.db", key)
    assert [row.name for row in Services(db).contacts.rows()] == ["Anna Berg"]
    db.close()


@pytest.mark.parametrize("wrong", [RawKey.generate(), Passphrase("not the passphrase")])
def test_wrong_key_fails_and_leaves_the_folder_unchanged(tmp_path: Path, wrong: RawKey | Passphrase) -> None:
    make_db(tmp_path / "a.db", Passphrase("right passphrase"), ["Anna Berg"])
    before = folder_state(tmp_path)
    with pytest.raises(WrongKeyError, match="wrong passphrase or key"):
        open_database(tmp_path / "a.db", wrong)
    assert folder_state(tmp_path) == before


def test_plain_sqlite_file_is_not_a_netplanner_database(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotNetPlannerDatabaseError, match="unencrypted SQLite"):
        open_database(path, Passphrase("whatever"))
    assert digest(path) == before


def test_encrypted_database_of_another_program_is_refused(tmp_path: Path) -> None:
    import sqlcipher3

    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'shared secret'")
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotNetPlannerDatabaseError, match="not a NetPlanner database"):
        open_database(path, Passphrase("shared secret"))
    assert digest(path) == before


def test_random_bytes_are_refused_without_change(tmp_path: Path) -> None:
    path = tmp_path / "noise.db"
    path.write_bytes(bytes(range(256)) * 64)
    before = digest(path)
    with pytest.raises(WrongKeyError):
        open_database(path, Passphrase("whatever"))
    assert digest(path) == before


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        open_database(tmp_path / "none.db", RawKey.generate())
    assert not (tmp_path / "none.db").exists()


def test_truncated_file_is_reported_as_damaged(tmp_path: Path) -> None:
    key = RawKey.generate()
    make_db(tmp_path / "a.db", key, [f"Person {i}" for i in range(400)])
    path = tmp_path / "a.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_and_check(path, key)


def open_and_check(path: Path, key: RawKey) -> None:
    """What `netplanner check` does: open, then ask SQLCipher and SQLite for problems."""
    db = open_database(path, key)
    try:
        problems = db.integrity_problems()
        if problems:
            raise CorruptDatabaseError(f"{path} is damaged: {problems[0]}")
    finally:
        db.close()


def test_flipped_byte_is_found_by_the_integrity_check(tmp_path: Path) -> None:
    key = RawKey.generate()
    make_db(tmp_path / "a.db", key, [f"Person {i}" for i in range(400)])
    path = tmp_path / "a.db"
    data = bytearray(path.read_bytes())
    data[len(data) - 2000] ^= 0xFF
    path.write_bytes(bytes(data))
    db = open_database(path, key)
    try:
        assert db.integrity_problems(), "a flipped byte must be reported"
    finally:
        db.close()


def test_rekey_to_a_passphrase_keeps_the_data(tmp_path: Path) -> None:
    key = RawKey.generate()
    make_db(tmp_path / "a.db", key, ["Anna Berg", "Per Öberg"])
    db = open_database(tmp_path / "a.db", key)
    db.rekey(Passphrase("a new passphrase"))
    db.close()
    with pytest.raises(WrongKeyError):
        open_database(tmp_path / "a.db", key)
    db = open_database(tmp_path / "a.db", Passphrase("a new passphrase"))
    assert sorted(r.name for r in Services(db).contacts.rows()) == ["Anna Berg", "Per Öberg"]
    db.close()


def test_upgrade_makes_an_encrypted_backup_first(tmp_path: Path) -> None:
    revisions = list(migrate.scripts().walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one schema version exists; nothing to upgrade from yet")
    oldest = revisions[-1].revision
    key = RawKey.generate()
    path = tmp_path / "old.db"
    db = open_database(path, key, create=True)
    with db.engine.begin() as conn:  # rebuild at the oldest revision, as an old release would have left it
        for table in reversed(Base.metadata.sorted_tables):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table.name}")
        for name in [r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'search%'")]:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        conn.exec_driver_sql("DELETE FROM alembic_version")
        migrate.upgrade(conn, oldest)
    db.close()
    backups = tmp_path / "backups"
    db = open_database(path, key, backup_dir=backups)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    db.close()
    copies = list(backups.glob("*-before-upgrade.db"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")
    import sqlcipher3

    copy = sqlcipher3.connect(str(copies[0]))
    copy.execute(f"PRAGMA key = {key.pragma_literal()}")
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(oldest,)]
    copy.close()


def test_database_from_a_newer_app_is_refused_without_change_or_backup(tmp_path: Path) -> None:
    key = RawKey.generate()
    path = tmp_path / "new.db"
    db = open_database(path, key, create=True)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer version of NetPlanner"):
        open_database(path, key, backup_dir=tmp_path / "backups")
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_migration_0003_gives_every_existing_person_their_own_uid(tmp_path: Path) -> None:
    key = RawKey.generate()
    path = tmp_path / "old.db"
    make_db(path, key, ["Anna Berg", "Erik Berg", "Sara Lind"])
    db = open_database(path, key)
    with db.engine.begin() as conn:  # back to how release 0002 left it: no uid column
        migrate.upgrade(conn, "head")
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0002")
        assert "uid" not in [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(contacts)")]
    db.close()
    db = open_database(path, key, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        uids = [r[0] for r in conn.exec_driver_sql("SELECT uid FROM contacts")]
    assert len(uids) == 3
    assert len(set(uids)) == 3
    assert all(uid.startswith("urn:uuid:") for uid in uids)
    services = Services(db)
    services.contacts.add(name="Björn Öberg")  # the search triggers survived the migration
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'oberg'")
        assert found.scalar() == 1
    db.close()


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.scripts().get_current_head()
    assert all(migrate.is_known(r.revision) for r in migrate.scripts().walk_revisions())
    assert not migrate.is_known("ffff")


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Alembic costs a third of a second of imports: only a due migration may load it."""
    import subprocess
    import sys

    path = tmp_path / "n.db"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from netplanner.storage.db import open_database\n"
        "from netplanner.storage.keys import Passphrase\n"
        f"path = Path({str(path)!r})\n"
        "open_database(path, Passphrase('pw'), create=True).close()\n"
        "for name in [m for m in sys.modules if m.startswith('alembic')]:\n"
        "    del sys.modules[name]\n"
        "open_database(path, Passphrase('pw')).close()\n"
        "print(any(m.startswith('alembic') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
