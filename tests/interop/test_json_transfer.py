"""Everything as JSON and back (issue 15 item 4): lossless into an empty database, refused otherwise."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from netplanner.cli import main
from netplanner.demo import DEMO_TODAY, build_demo, build_large
from netplanner.domain.errors import ValidationError
from netplanner.services.facade import Services
from netplanner.services.json_transfer import FORMAT, VERSION, exported_tables
from netplanner.storage import migrate
from netplanner.storage.db import Database, open_database
from netplanner.storage.keys import RawKey
from netplanner.storage.orm import Base


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the file carries, as Python values, in key order."""
    with db.engine.connect() as conn:
        return {table.name: [tuple(row) for row in conn.execute(
            select(table).order_by(*table.primary_key.columns))] for table in exported_tables()}


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    opened: list[Database] = []

    def make(name: str = "restored.db") -> Services:
        database = open_database(tmp_path / name, RawKey.generate(), create=True)
        opened.append(database)
        return Services(database)

    yield make
    for database in opened:
        database.close()


def test_the_example_network_comes_back_row_for_row(demo_services: Services, fresh: Any,
                                                    tmp_path: Path) -> None:
    demo_services.settings.set("owner_name", "Eva Ek")
    project = demo_services.projects.add("Data platform")
    demo_services.projects.add_member(project.id, 1, "lead")
    out = tmp_path / "everything.json"
    summary = demo_services.json.export(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT
    assert document["version"] == VERSION
    assert document["schema"] == migrate.head_revision()
    assert set(document["tables"]) == {t.name for t in exported_tables()}
    assert "strength_state" not in document["tables"]
    assert "sync_cards" not in document["tables"]
    assert isinstance(document["tables"]["contacts"][0]["created_at"], str)  # dates as ISO text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp"))

    restored = fresh()
    result = restored.json.import_file(out)
    assert result.rows == summary.rows
    assert every_row(restored.db) == every_row(demo_services.db)
    # What is derived from the rows is rebuilt: strength, the search index, the settings.
    before, after = demo_services.strength.all(), restored.strength.all()
    assert {i: round(v.strength, 9) for i, v in after.items()} == {
        i: round(v.strength, 9) for i, v in before.items()}
    name = document["tables"]["contacts"][0]["name"]
    assert [h.contact_id for h in restored.search.search(name)] == [
        h.contact_id for h in demo_services.search.search(name)]
    assert restored.settings.get("owner_name") == "Eva Ek"


def test_ten_thousand_people_round_trip(services: Services, fresh: Any, tmp_path: Path) -> None:
    build_large(services, 10_000, 40_000, today=DEMO_TODAY)
    out = tmp_path / "big.json"
    started = time.perf_counter()
    services.json.export(out)
    exported = time.perf_counter() - started
    restored = fresh()
    started = time.perf_counter()
    restored.json.import_file(out)
    imported = time.perf_counter() - started
    print(f"\n10k people, 40k interactions: export {exported:.2f} s, import {imported:.2f} s, "
          f"{out.stat().st_size / 1e6:.1f} MB")
    assert every_row(restored.db) == every_row(services.db)


def test_a_database_with_people_is_refused_and_unchanged(demo_services: Services, tmp_path: Path) -> None:
    out = tmp_path / "everything.json"
    demo_services.json.export(out)
    rows = every_row(demo_services.db)
    with pytest.raises(ValidationError, match=r"is not empty .*contacts.*Nothing was changed"):
        demo_services.json.import_file(out)
    assert every_row(demo_services.db) == rows


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": migrate.head_revision(),
                                "exported_at": "2026-12-02T03:00:00+00:00", "tables": {}}
    document.update(changes)
    return document


def _write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


PERSON = {"id": 1, "uid": "urn:uuid:1", "name": "Anna Berg", "organisation": "", "department": "",
          "title": "", "emails": [], "phones": [], "linkedin_url": "", "tags": [], "expertise": [],
          "working_style": "", "cares_about": "", "learn_from": "", "can_offer": "", "notes": "",
          "knowledge_sharing": 4, "feedback": None, "chemistry": None, "trust": 5, "influence": None,
          "status": "active", "half_life_days": None, "cadence_days": None, "source": "manual",
          "external_id": "", "connected_on": None, "created_at": "2026-01-05T10:00:00",
          "updated_at": "2026-01-05T10:00:00", "deleted_at": None}


@pytest.mark.parametrize(("document", "reason"), [
    (_document(version=VERSION + 1), "newer NetPlanner .*format version 2"),
    (_document(schema="9999"), "schema 9999, which this version of NetPlanner does not know"),
    (_document(format="other"), "not a NetPlanner JSON file"),
    ([1, 2], "not a NetPlanner JSON file"),
    (_document(version="1"), "format version is missing or broken"),
    (_document(tables={"contacts": {}}), "must map each table's name to a list of rows"),
    (_document(tables={"rivals": []}), "unknown table rivals"),
    (_document(tables={"contacts": [{**PERSON, "created_at": "last tuesday"}]}),
     "table contacts, row 1: created_at cannot be 'last tuesday'"),
    (_document(tables={"contacts": [{**PERSON, "shoe_size": 42}]}),
     "table contacts, row 1: unknown column shoe_size"),
    (_document(tables={"interactions": [{"id": 1, "contact_id": 99, "occurred_on": "2026-01-01",
                                          "kind": "coffee", "direction": "mutual", "weight": None,
                                          "summary": "", "notes": "", "goal_id": None, "project_id": None,
                                          "follow_up_on": None, "follow_up_done": False, "thanked": False,
                                          "created_at": "2026-01-01T09:00:00"}]}),
     "rows do not fit together"),
])
def test_a_bad_or_newer_file_is_refused_in_one_line_naming_it(fresh: Any, tmp_path: Path,
                                                              document: object, reason: str) -> None:
    path = _write(tmp_path / "bad.json", document)
    restored = fresh()
    with pytest.raises(ValidationError, match=reason) as caught:
        restored.json.import_file(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert restored.contacts.count() == 0


def test_broken_json_names_the_line(fresh: Any, tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{\n "format": "netplanner",\n "version": 1,\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"cut.json, line 4: not valid JSON"):
        fresh().json.import_file(path)


def test_a_file_of_an_older_schema_is_upgraded_on_the_way_in(fresh: Any, tmp_path: Path) -> None:
    # Schema 0006 had no observations: migration 0007 makes each person's scores their first one.
    old = dict(PERSON.items())
    path = _write(tmp_path / "old.json", _document(schema="0006_sync", tables={"contacts": [old]}))
    restored = fresh()
    summary = restored.json.import_file(path)
    assert summary.migrated_from == "0006_sync"
    assert restored.contacts.find("Anna Berg").trust == 5
    with restored.db.engine.connect() as conn:
        observations = Base.metadata.tables["observations"]
        assert conn.execute(select(func.count()).select_from(observations)).scalar_one() == 1
    assert restored.search.search("Berg")


def test_settings_in_an_empty_database_are_replaced(fresh: Any, tmp_path: Path) -> None:
    source = fresh("source.db")
    build_demo(source, seed=7, today=DEMO_TODAY)
    source.settings.set("weekly_capacity", 7)
    out = tmp_path / "everything.json"
    source.json.export(out)
    restored = fresh()
    restored.settings.set("weekly_capacity", 2)
    restored.json.import_file(out)
    assert restored.settings.get("weekly_capacity") == 7


def test_a_killed_export_leaves_the_previous_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """SIGKILL at every file step of `export json` (the test hook of storage/faults.py): the file is
    the previous export or the complete new one, never a part."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETPLANNER_")}
    env |= {"NETPLANNER_PASSPHRASE": "a passphrase for tests", "NETPLANNER_DATA_DIR": str(tmp_path / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for key in ("NETPLANNER_PASSPHRASE", "PYTHON_KEYRING_BACKEND"):
        monkeypatch.setenv(key, env[key])
    db, out, log = tmp_path / "x.db", tmp_path / "all.json", tmp_path / "steps.log"
    assert main(["--db", str(db), "demo"]) == 0
    previous = b'{"format": "netplanner", "previous": true}\n'

    def export(extra: dict[str, str]) -> int:
        out.write_bytes(previous)
        command = [sys.executable, "-m", "netplanner.cli", "--db", str(db), "export", "json", str(out)]
        return subprocess.run(command, env=env | extra, capture_output=True, timeout=120,
                              check=False).returncode

    assert export({"NETPLANNER_TEST_CRASH_LOG": str(log)}) == 0
    complete = out.read_bytes()
    steps = [line for line in log.read_text(encoding="utf-8").split() if line]
    assert "rename:1" in steps
    renamed = steps.index("rename:1")
    for position, step in enumerate(steps):
        assert export({"NETPLANNER_TEST_CRASH_AT": step}) != 0, step
        if position <= renamed:  # killed before the rename: the old file is untouched
            assert out.read_bytes() == previous, step
        else:  # after it: the whole new export
            assert json.loads(out.read_bytes())["tables"] == json.loads(complete)["tables"], step
