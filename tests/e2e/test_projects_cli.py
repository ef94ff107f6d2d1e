"""`netplanner projects|project|log with several|duplicates|merge` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import run


def test_projects_occasions_duplicates_and_merge_from_the_command_line(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    added = run("--db", "x.db", "project", "add", "Platform migration", "--goal", "speak confidently",
                "--member", "Anna Berg:lead", "--member", "per@", "--start", "2026-01-10", cwd=tmp_path)
    assert added.returncode == 1  # "per@" names nobody: one line, nothing added
    assert added.stderr.strip() == "netplanner: Nobody called 'per@' in your network."
    assert json.loads(run("--db", "x.db", "projects", "--json", cwd=tmp_path).stdout) == []
    added = run("--db", "x.db", "project", "add", "Platform migration", "--goal", "speak confidently",
                "--member", "Anna Berg:lead", "--member", "Per Öberg", "--start", "2026-01-10", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added project Platform migration with 2 members."
    listed = json.loads(run("--db", "x.db", "projects", "--json", cwd=tmp_path).stdout)
    assert [(p["name"], p["status"], p["started_on"]) for p in listed] == [
        ("Platform migration", "active", "2026-01-10")]
    members = [(m["name"], m["role"]) for m in listed[0]["members"]]
    assert members == [("Anna Berg", "lead"), ("Per Öberg", "")]
    assert listed[0]["goals"] == ["Speak confidently at the all-hands"]
    shown = run("--db", "x.db", "project", "show", "platform", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "  Anna Berg (lead)" in shown.stdout.splitlines()

    logged = run("--db", "x.db", "log", "Anna Berg", "Johan Ek", "Per Öberg", "--kind", "lunch",
                 "--summary", "Team lunch", cwd=tmp_path)
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.strip().startswith("Logged lunch with Anna Berg, Johan Ek, Per Öberg on ")

    assert json.loads(run("--db", "x.db", "duplicates", "--json", cwd=tmp_path).stdout) == []
    twin = run("--db", "x.db", "observe", "Johan Ek", "--trust", "4", cwd=tmp_path)
    assert twin.returncode == 0
    merged = run("--db", "x.db", "merge", "Johan Ek", "Per Öberg", "--keep", "Per Öberg", cwd=tmp_path)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.strip() == "Merged Johan Ek into Per Öberg."
    assert run("--db", "x.db", "check", cwd=tmp_path).stdout.strip().endswith("OK (39 people)")
    gone = run("--db", "x.db", "merge", "Johan Ek", "Per Öberg", cwd=tmp_path)
    assert gone.returncode == 1
    assert gone.stderr.strip() == "netplanner: Nobody called 'Johan Ek' in your network."
