"""Kill -9 at every step of restore, rekey and backup in turn: afterwards the database opens with the old
or the new key, holds the old or the new data, and the next start tidies up and says what it did.

The command runs in a subprocess (tests/storage/crash_driver.py) and is killed with SIGKILL at the n-th
named crash point (every rename, link, fsync, unlink and file write of storage code, and the start of
each SQLite whole-file statement): no timing guess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from netplanner.services import unlock
from netplanner.services.facade import Services
from netplanner.storage import keystore, recovery
from netplanner.storage.db import open_database
from netplanner.storage.errors import PassphraseRequiredError, WrongKeyError
from netplanner.storage.keys import Passphrase
from netplanner.storage.portable import export_backup
from tests.storage.file_keyring import FileKeyring

ROOT = Path(__file__).resolve().parents[2]
OLD, NEW, BACKUP = "old passphrase 1", "new passphrase 2", "backup passphrase 3"


def crash_runs(template: Path, work: Path, *args: str, env: dict[str, str]) -> list[dict[str, object]]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("NETPLANNER_", "PYTHON_KEYRING"))}
    full_env.update(env, NETPLANNER_DATA_DIR=str(work / "data"), PYTHONPATH=str(ROOT))
    work.mkdir()
    result = subprocess.run([sys.executable, "-m", "tests.storage.crash_driver", str(template), str(work),
                             "--", *args], capture_output=True, text=True, env=full_env, cwd=ROOT,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    runs = [json.loads(line) for line in result.stdout.splitlines()]
    killed = [run for run in runs if run["killed"]]
    assert len(killed) == len(runs) - 1, runs  # every listed point was reached and killed there
    return runs


def names(path: Path) -> list[str]:
    opened = open_database(path, Passphrase(OLD))
    try:
        return [row.name for row in Services(opened).contacts.rows()]
    finally:
        opened.close()


def make_db(path: Path, key: Passphrase, person: str) -> None:
    db = open_database(path, key, create=True)
    Services(db).contacts.add(name=person)
    db.close()


def test_restore_killed_at_every_step_leaves_the_old_or_the_new_database(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    make_db(template / "x.db", Passphrase(OLD), "Old Person")
    keystore.remember_passphrase_mode(template / "x.db")
    source = tmp_path / "source.db"
    make_db(source, Passphrase(OLD), "New Person")
    db = open_database(source, Passphrase(OLD))
    export_backup(db, template / "b.bak", BACKUP)
    db.close()
    # Today's automatic backup exists, so the run is the restore alone.
    unlock.open_existing(template / "x.db", environ={"NETPLANNER_PASSPHRASE": OLD}).close()

    runs = crash_runs(template, tmp_path / "work", "--db", "{dir}/x.db", "restore", "b.bak",
                      env={"NETPLANNER_PASSPHRASE": OLD, "NETPLANNER_BACKUP_PASSPHRASE": BACKUP})
    points = {str(run["point"]).split(":")[0] for run in runs}
    assert {"sqlite", "rename", "link", "fsync"} <= points
    seen = set()
    for run in runs:
        folder = Path(str(run["dir"]))
        db_path = folder / "x.db"
        opened = unlock.open_existing(db_path, environ={"NETPLANNER_PASSPHRASE": OLD})
        data = [row.name for row in opened.services.contacts.rows()]
        opened.close()
        assert data in (["Old Person"], ["New Person"]), run
        seen.add(data[0])
        leftovers = [p.name for p in folder.iterdir() if ".restor" in p.name or p.name.endswith(".part")]
        assert leftovers == [], run
        kept = recovery.kept_copies(db_path)
        if data == ["New Person"]:
            assert len(kept) == 1, run
            if run["point"] == "none":
                assert names(kept[0]) == ["Old Person"]
        else:
            assert kept == [], run
    assert seen == {"Old Person", "New Person"}
    print(f"restore: {len(runs) - 1} crash points")


def test_two_restores_in_the_same_second_keep_both_earlier_databases(tmp_path: Path) -> None:
    from netplanner.storage.portable import restore_backup

    path = tmp_path / "x.db"
    make_db(path, Passphrase(OLD), "First")
    source = tmp_path / "s.db"
    make_db(source, Passphrase(OLD), "Second")
    db = open_database(source, Passphrase(OLD))
    export_backup(db, tmp_path / "b.bak", BACKUP)
    db.close()
    kept_first = restore_backup(tmp_path / "b.bak", BACKUP, path, Passphrase(OLD), replace=True)
    kept_second = restore_backup(tmp_path / "b.bak", BACKUP, path, Passphrase(OLD), replace=True)
    assert kept_first is not None
    assert kept_second is not None
    assert kept_first != kept_second
    assert names(kept_first) == ["First"]
    assert names(kept_second) == ["Second"]


def test_a_start_never_makes_a_new_database_while_an_old_one_is_only_kept(tmp_path: Path) -> None:
    """What an older NetPlanner left when killed between its two renames: no x.db, the old database
    renamed aside and the complete restored file. The start puts the old one back and says so."""
    path = tmp_path / "x.db"
    make_db(tmp_path / "x.before-restore-20260101-101010.db", Passphrase(OLD), "Old Person")
    make_db(tmp_path / "x.db.restoring", Passphrase(OLD), "New Person")
    opened = unlock.open_or_create(path, environ={"NETPLANNER_PASSPHRASE": OLD})
    opened.close()
    assert any("back" in note for note in opened.warnings)
    assert names(path) == ["Old Person"]
    assert not (tmp_path / "x.db.restoring").exists()


def test_a_kept_database_without_one_in_place_is_explained_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    make_db(tmp_path / "x.before-restore-20260101-101010-000001-0.db", Passphrase(OLD), "Old Person")
    with pytest.raises(Exception, match="is kept from an earlier restore"):
        unlock.open_or_create(path, environ={"NETPLANNER_PASSPHRASE": OLD})
    assert not path.exists()


def _keyring_template(tmp_path: Path, mode: str) -> Path:
    template = tmp_path / "template"
    template.mkdir()
    keyring.set_keyring(FileKeyring(template / "keyring.json"))
    path = template / "x.db"
    opened = (unlock.create_new(path, passphrase=OLD, environ={}) if mode == "passphrase"
              else unlock.create_new(path, environ={}))
    opened.services.contacts.add(name="Kept Person")
    opened.close()
    return template


def _start_as_the_gui_does(path: Path, direction: str) -> unlock.OpenedDatabase:
    """Open without asking where possible; else the prompt's words say which passphrase opens the file."""
    try:
        return unlock.open_existing(path, environ={})
    except PassphraseRequiredError as exc:
        message = str(exc)
    if "new passphrase or the old" in message:
        typed = [NEW, OLD]
    elif "new passphrase" in message:
        typed = [NEW]
    elif "enter your passphrase" in message:
        typed = [OLD]
    else:  # the usual prompt: the passphrase the user has (for a change, the new one, then the old)
        typed = {"keyring-to-passphrase": [NEW], "passphrase-to-keyring": [OLD]}.get(direction, [NEW, OLD])
    for number, text in enumerate(typed, start=1):
        try:
            return unlock.open_with_text(path, text, environ={})
        except WrongKeyError:
            if number == len(typed):
                raise
    raise AssertionError(message)


@pytest.mark.parametrize("direction", ["keyring-to-passphrase", "passphrase-to-keyring", "passphrase-change"])
def test_rekey_killed_at_every_step_opens_with_the_old_or_the_new_key(tmp_path: Path, direction: str) -> None:
    start_mode = "keyring" if direction == "keyring-to-passphrase" else "passphrase"
    template = _keyring_template(tmp_path, start_mode)
    env = {"NETPLANNER_NEW_PASSPHRASE": NEW}
    if start_mode == "passphrase":
        env["NETPLANNER_PASSPHRASE"] = OLD
    target = "keyring" if direction == "passphrase-to-keyring" else "passphrase"
    runs = crash_runs(template, tmp_path / "work", "--db", "{dir}/x.db", "rekey", "--to", target, env=env)
    outcomes = set()
    for run in runs:
        folder = Path(str(run["dir"]))
        keyring.set_keyring(FileKeyring(folder / "keyring.json"))
        path = folder / "x.db"
        opened = _start_as_the_gui_does(path, direction)
        key = opened.services.db.key
        assert [r.name for r in opened.services.contacts.rows()] == ["Kept Person"], run
        if direction == "passphrase-to-keyring" and not isinstance(key, Passphrase):
            # The user sees the new recovery key: from the killed run, or else at this start.
            shown = "recovery key" in (folder / "output.txt").read_text()
            assert shown or opened.recovery_key is not None, run
        opened.close()
        info = keystore.KeyInfo.load(path)
        assert info is not None, run
        assert info.pending is None, run
        if info.mode is keystore.KeyMode.KEYRING:  # opens silently from now on
            unlock.open_existing(path, environ={}).close()
        outcomes.add(type(key).__name__ + ":" + info.mode.value)
    assert len(outcomes) == 2 or direction == "passphrase-change", outcomes
    print(f"rekey {direction}: {len(runs) - 1} crash points")


def test_a_killed_automatic_backup_leaves_no_part_file(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    make_db(template / "x.db", Passphrase(OLD), "Old Person")
    runs = crash_runs(template, tmp_path / "work", "--db", "{dir}/x.db", "check",
                      env={"NETPLANNER_PASSPHRASE": OLD})
    during = Path(next(str(run["dir"]) for run in runs if run["point"] == "sqlite:1"))
    assert list((during / "backups").glob("*.part")), "the kill left a half-written backup"
    for run in runs:
        folder = Path(str(run["dir"]))
        unlock.open_existing(folder / "x.db", environ={"NETPLANNER_PASSPHRASE": OLD}).close()
        assert not list((folder / "backups").glob("*.part*")), run
        assert names(folder / "x.db") == ["Old Person"]
