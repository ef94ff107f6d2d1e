"""The command line for scripting (issue 15 items 4 and 5): people, person, goals, goal, link, search,
review with --json, everything as JSON, and shell completion reading names from the encrypted file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from netplanner.cli import main


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "a passphrase for tests")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    def run(*args: str, db: str = "x.db") -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(tmp_path / db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def demo(cli: Any) -> Any:
    assert cli("demo")[0] == 0
    return cli


def test_people_json_has_the_documented_keys_and_filters(demo: Any) -> None:
    code, out, _ = demo("people", "--filter", "berg", "--json")
    assert code == 0
    people = json.loads(out)
    assert {p["name"] for p in people} >= {"Anna Berg", "Per Öberg"}
    assert all("berg" in (p["name"] + p["organisation"] + p["title"]).casefold() or p["tags"]
               for p in people)
    assert set(people[0]) == {"id", "name", "organisation", "department", "title", "status", "tags",
                              "expertise", "knowledge_sharing", "feedback", "chemistry", "trust",
                              "influence", "last_contact", "strength", "due", "fades_on", "balance",
                              "next_contact"}
    assert len(json.loads(demo("people", "--json")[1])) == 40


def test_person_add_edit_show(demo: Any) -> None:
    code, out, _ = demo("person", "add", "Greta Lund", "--organisation", "Nordvik AB",
                        "--email", "greta@example.com", "--set", "trust=4", "--json")
    assert code == 0
    added = json.loads(out)
    assert (added["name"], added["organisation"], added["emails"], added["trust"]) == (
        "Greta Lund", "Nordvik AB", ["greta@example.com"], 4)
    assert demo("person", "edit", "greta@example.com", "--title", "CTO")[0] == 0
    shown = json.loads(demo("person", "show", str(added["id"]), "--json")[1])
    assert shown["title"] == "CTO"
    assert shown["goals"] == []


def test_goal_add_edit_link_and_goals(demo: Any) -> None:
    code, out, _ = demo("goal", "add", "Learn to sail", "--priority", "4", "--json")
    assert code == 0
    goal = json.loads(out)
    assert demo("goal", "edit", "learn to sail", "--area", "Sailing")[0] == 0
    code, out, _ = demo("link", "Anna Berg", "Learn to sail", "--role", "mentor", "--relevance", "3",
                        "--json")
    assert code == 0
    assert json.loads(out)["goal_id"] == goal["id"]
    goals = {g["title"]: g for g in json.loads(demo("goals", "--json")[1])}
    assert goals["Learn to sail"]["competence_area"] == "Sailing"
    assert goals["Learn to sail"]["people"] == [
        {"contact_id": 1, "name": "Anna Berg", "role": "mentor", "relevance": 3, "note": ""}]


@pytest.mark.parametrize(("args", "message"), [
    (("person", "show", "Nobody Atall"), "Nobody called 'Nobody Atall'"),
    (("person", "edit", "Anna Berg", "--set", "shoe=42"), "--set shoe=42: give FIELD=VALUE"),
    (("person", "edit", "Anna Berg", "--set", "trust=9"), "Trust"),
    (("link", "Anna Berg", "No such goal", "--role", "mentor", "--relevance", "2"), "No goal called"),
    (("goal", "edit", "a", "--priority", "2"), "matches"),
])
def test_errors_are_one_line_and_exit_1(demo: Any, args: tuple[str, ...], message: str) -> None:
    code, _out, err = demo(*args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1


def test_search_and_review_json(demo: Any) -> None:
    hits = json.loads(demo("search", "Berg", "--json")[1])
    assert any(h["name"] == "Anna Berg" and h["field"] == "name" for h in hits)
    assert set(hits[0]) == {"contact_id", "goal_id", "name", "organisation", "field", "snippet"}
    review = json.loads(demo("review", "--json")[1])
    assert {"today", "due", "next_due", "ended_goals", "dormant", "unsupported", "balance", "revive",
            "forget", "checklist"} <= set(review)
    assert demo("review")[1].startswith("Network review")


def test_export_and_import_everything_as_json(demo: Any, tmp_path: Path) -> None:
    out = tmp_path / "everything.json"
    code, said, _ = demo("export", "json", str(out))
    assert code == 0, said
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "netplanner"
    code, said, err = demo("import", str(out), db="new.db")
    assert code == 0, err
    assert "rows in" in said
    assert demo("people", "--json", db="new.db")[1] == demo("people", "--json")[1]
    # A database with people in it refuses, in one line, and nothing changes.
    code, _, err = demo("import", str(out))
    assert code == 1
    assert "is not empty" in err
    assert len(json.loads(demo("people", "--json")[1])) == 40


def test_a_bad_json_file_makes_no_database(cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "netplanner", "version": 99}', encoding="utf-8")
    code, _, err = cli("import", str(bad), db="never.db")
    assert code == 1
    assert "newer NetPlanner" in err
    assert not (tmp_path / "never.db").exists()


def test_completion_offers_commands_and_names_from_the_database_only(demo: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert demo("completion", "bash")[1].startswith("# NetPlanner completion for bash")
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    code, out, _ = demo("__complete", "1", "pe")
    assert code == 0
    assert out.split() == ["people", "person"]
    out = demo("__complete", "5", "--db", db, "person", "show", "Anna")[1]
    assert out.splitlines() == ["Anna\\ Berg"]
    out = demo("__complete", "4", "--db", db, "log", "'Per")[1]
    assert out.splitlines() == ["Per Öberg"]
    assert demo("__complete", "4", "--db", db, "log", "--ki")[1].split() == ["--kind"]
    # Nothing new was written: the names are never cached in a file.
    after = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert after <= set(before) | {Path(db + "-wal"), Path(db + "-shm"), Path(db + ".lock")}


def test_completion_without_a_key_offers_nothing_and_asks_nothing(demo: Any, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETPLANNER_PASSPHRASE")
    code, out, _ = demo("__complete", "4", "--db", str(tmp_path / "x.db"), "log", "A")
    assert (code, out) == (0, "")
