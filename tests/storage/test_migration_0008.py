"""Migration 0008 on a database an older release left: people keep everything, and gain empty name parts."""

from __future__ import annotations

from pathlib import Path

from netplanner.domain.names import NAME_PART_FIELDS
from netplanner.services.facade import Services
from netplanner.storage import migrate
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey


def test_migration_0008_adds_empty_name_parts_to_existing_people(tmp_path: Path) -> None:
    key = RawKey.generate()
    path = tmp_path / "old.db"
    db = open_database(path, key, create=True)
    services = Services(db)
    anna = services.contacts.add(name="Anna Berg", organisation="Nordvik AB", emails=["anna@example.com"])
    with db.engine.begin() as conn:  # back to how release 0007 left it
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0007")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(contacts)")]
        assert not set(NAME_PART_FIELDS) & set(columns)
    db.close()

    db = open_database(path, key, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        services = Services(db)
        person = services.contacts.get(anna.id)
        assert (person.name, person.emails, person.uid) == ("Anna Berg", ["anna@example.com"], anna.uid)
        assert [getattr(person, f) for f in NAME_PART_FIELDS] == [[], [], [], [], []]
        services.contacts.update(anna.id, family_names=["Berg"], given_names=["Anna", "Maria"])
        assert services.contacts.get(anna.id).given_names == ["Anna", "Maria"]
        services.contacts.add(name="Björn Öberg")  # the search triggers survived the migration
        with db.engine.connect() as conn:
            found = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'oberg'")
            assert found.scalar() == 1
    finally:
        db.close()
    assert len(list((tmp_path / "backups").glob("*-before-upgrade.db"))) == 1
