"""The command line end to end, as a user runs it: a real process on a temp folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netplanner import __version__
from netplanner.demo import PEOPLE


def run(*args: str, passphrase: str | None = "demo passphrase", cwd: Path,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETPLANNER_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra_env or {})
    env["NETPLANNER_DATA_DIR"] = str(cwd / "data")
    if passphrase is not None:
        env["NETPLANNER_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "netplanner.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"NetPlanner {__version__}"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    result = run("--db", "x.db", "demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "40 people" in result.stdout
    return tmp_path / "x.db"


def test_demo_writes_no_name_in_plaintext(demo_db: Path) -> None:
    data = demo_db.read_bytes()
    for name, *_ in PEOPLE:
        assert name.encode() not in data
        surname = name.split()[1]
        if len(surname) >= 5:  # two or three bytes turn up in any random data by chance
            assert surname.encode() not in data


def test_check_with_the_right_passphrase(demo_db: Path) -> None:
    result = run("check", "--db", str(demo_db), cwd=demo_db.parent)
    assert result.returncode == 0, result.stderr
    assert "OK (40 people)" in result.stdout


def test_wrong_passphrase_fails_with_one_line_and_changes_nothing(demo_db: Path) -> None:
    before = {p.name: digest(p) for p in demo_db.parent.iterdir() if p.is_file()}
    result = run("--db", str(demo_db), "check", passphrase="b", cwd=demo_db.parent)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "wrong passphrase" in result.stderr
    assert {p.name: digest(p) for p in demo_db.parent.iterdir() if p.is_file()} == before


def test_foreign_file_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not a database\n" * 100)
    before = digest(path)
    result = run("--db", str(path), "check", cwd=tmp_path)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(path) == before


def test_missing_passphrase_is_explained(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "check", passphrase=None, cwd=demo_db.parent)
    assert result.returncode != 0
    assert "NETPLANNER_PASSPHRASE" in result.stderr


def test_log_by_name_and_by_email(demo_db: Path) -> None:
    ok = run("--db", str(demo_db), "log", "Anna Berg", "--kind", "coffee", "--on", "2026-11-20",
             "--summary", "Talked about the all-hands", cwd=demo_db.parent)
    assert ok.returncode == 0, ok.stderr
    assert "Logged coffee with Anna Berg on 2026-11-20" in ok.stdout
    by_mail = run("--db", str(demo_db), "log", "per.oberg@example.com", "--kind", "short question",
                  "--direction", "received", cwd=demo_db.parent)
    assert by_mail.returncode == 0, by_mail.stderr
    assert "Per Öberg" in by_mail.stdout


@pytest.mark.parametrize(
    ("who", "kind", "message"),
    [
        ("berg", "coffee", "matches"),
        ("Nobody Atall", "coffee", "Nobody called"),
        ("Anna Berg", "teleport", "Unknown kind of interaction"),
    ],
)
def test_log_errors_are_one_clear_line(demo_db: Path, who: str, kind: str, message: str) -> None:
    result = run("--db", str(demo_db), "log", who, "--kind", kind, cwd=demo_db.parent)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_rekey_to_a_new_passphrase(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "rekey", "--to", "passphrase", cwd=demo_db.parent,
                 extra_env={"NETPLANNER_NEW_PASSPHRASE": "a brand new passphrase"})
    assert result.returncode == 0, result.stderr
    assert run("--db", str(demo_db), "check", cwd=demo_db.parent).returncode == 1
    ok = run("--db", str(demo_db), "check", passphrase="a brand new passphrase", cwd=demo_db.parent)
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize(
    "command",
    [("backup",), ("export", "csv"), ("export", "vcard"), ("export", "ics"), ("report",)],
)
def test_nothing_is_written_over_the_database_itself(demo_db: Path, command: tuple[str, ...]) -> None:
    before = digest(demo_db)
    result = run("--db", str(demo_db), *command, str(demo_db), cwd=demo_db.parent,
                 extra_env={"NETPLANNER_BACKUP_PASSPHRASE": "backup passphrase"})
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(demo_db) == before
    assert run("--db", str(demo_db), "check", cwd=demo_db.parent).returncode == 0


def test_unwritable_export_target_is_one_line(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "export", "csv", str(demo_db.parent / "missing" / "x.csv"),
                 cwd=demo_db.parent)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "missing" in result.stderr


def test_starting_the_window_parses_without_loading_the_sub_commands() -> None:
    """A plain start needs no file formats or report: the sub-command modules stay unloaded."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from netplanner import cli\n"
        "args = cli._window_arguments(['--db', 'x.db', '--quit-after-start'])\n"
        "assert args is not None and args.db == 'x.db' and args.quit_after_start\n"
        "assert cli._window_arguments(['plan', '--weeks', '2']) is None\n"
        "assert cli._window_arguments(['--db']) is None\n"
        "heavy = ('netplanner.commands.', 'icalendar', 'vobject')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_export_never_goes_into_the_data_folder_or_over_a_backup(demo_db: Path) -> None:
    backups = demo_db.parent / "backups"
    daily = next(backups.glob("x-*-daily.db"))
    before = digest(daily)
    for target in (daily, demo_db.parent / "data" / "people.csv"):
        result = run("--db", str(demo_db), "export", "csv", str(target), cwd=demo_db.parent)
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1
        assert "choose a place outside it" in result.stderr
    assert digest(daily) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_export_is_readable_by_the_user_only(demo_db: Path) -> None:
    out = demo_db.parent / "people.csv"
    result = run("--db", str(demo_db), "export", "csv", str(out), cwd=demo_db.parent)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600


def test_demo_arguments_are_bounded(tmp_path: Path) -> None:
    for value in ("-5", "99999999999999999999"):
        result = run("--db", "x.db", "demo", "--contacts", value, cwd=tmp_path)
        assert result.returncode == 2
        assert "outside the allowed range 1-100000" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_escape_sequences_from_the_database_are_not_sent_to_a_terminal(demo_db: Path) -> None:
    import pty

    ok = run("--db", str(demo_db), "log", "Anna Berg", "--kind", "coffee",
             "--summary", "evil \x1b]0;pwned\x07\x1b[2J", cwd=demo_db.parent)
    assert ok.returncode == 0, ok.stderr
    primary, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETPLANNER_")}
    env.update(NETPLANNER_PASSPHRASE="demo passphrase", NETPLANNER_DATA_DIR=str(demo_db.parent / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    process = subprocess.Popen([sys.executable, "-m", "netplanner.cli", "--db", str(demo_db), "plan"],
                               stdout=secondary, stderr=subprocess.DEVNULL, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(primary)
    output = b"".join(chunks)
    assert b"Outreach plan" in output
    assert b"\x1b" not in output


def test_readers_run_while_the_app_has_the_database_open_and_writers_wait(demo_db: Path) -> None:
    """Issue 17: plan, today, export and check read beside the open app; one writer still holds it."""
    from netplanner.storage.lock import DatabaseLock

    app = DatabaseLock(demo_db)  # what the open app holds
    app.acquire()
    try:
        for command in (["plan", "--weeks", "2"], ["today"], ["check"],
                        ["export", "csv", str(demo_db.parent / "people.csv")]):
            result = run("--db", "x.db", *command, cwd=demo_db.parent)
            assert result.returncode == 0, (command, result.stderr)
        assert "This week" in run("--db", "x.db", "today", cwd=demo_db.parent).stdout
        writer = run("--db", "x.db", "log", "Anna Berg", "--kind", "coffee", cwd=demo_db.parent)
        assert writer.returncode == 1
        assert "already open" in writer.stderr
    finally:
        app.release()
    assert run("--db", "x.db", "log", "Anna Berg", "--kind", "coffee", cwd=demo_db.parent).returncode == 0
