"""`netplanner sync setup` and `netplanner sync` as a user runs them (a real process, a real server)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import run
from tests.sync.conftest import PASSWORD, USER, DavServer


def test_setup_then_sync_prints_one_summary_line(tmp_path: Path, dav_server: DavServer) -> None:
    book, calendar = dav_server.new_collections()
    env = {"NETPLANNER_SYNC_PASSWORD": PASSWORD, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    setup = ["--db", "x.db", "sync", "setup", "--carddav", book, "--caldav", calendar, "--user", USER,
             "--folder", str(tmp_path / "vdir"), "--no-store"]

    wrong = run(*setup, cwd=tmp_path, extra_env={**env, "NETPLANNER_SYNC_PASSWORD": "wrong"})
    assert wrong.returncode == 1
    assert wrong.stderr == f"netplanner: The server refused the user name or password for {book}.\n"

    done = run(*setup, cwd=tmp_path, extra_env=env)
    assert done.returncode == 0, done.stderr
    assert "Connected" in done.stdout

    synced = run("--db", "x.db", "sync", cwd=tmp_path, extra_env=env)
    assert synced.returncode == 0, synced.stderr
    line = synced.stdout.strip()
    assert "\n" not in line
    assert line.startswith("40 cards sent, ")
    assert line.endswith("touches in your calendar")
    assert len(dav_server.items(book)) == 40
    assert (tmp_path / "config" / "netplanner" / "sync" / "config").is_file()
