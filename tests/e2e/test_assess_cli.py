"""`netplanner observe` and `netplanner suggest` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import run


def test_observe_then_suggest_ranks_by_the_new_score(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    before = run("--db", "x.db", "suggest", "speak confidently", "--json", cwd=tmp_path)
    assert before.returncode == 0, before.stderr
    ranked = json.loads(before.stdout)
    assert ranked
    assert all({"name", "reason"} <= set(entry) for entry in ranked)
    last = ranked[-1]["name"]

    observed = run("--db", "x.db", "observe", last, "--knowledge-sharing", "5", "--trust", "4",
                   "--results", "5", "--note", "Gave a great talk", cwd=tmp_path)
    assert observed.returncode == 0, observed.stderr
    assert f"Observed {last} on " in observed.stdout
    assert "shares knowledge 5, trust 4, track record 5" in observed.stdout

    after = json.loads(run("--db", "x.db", "suggest", "Speak confidently at the all-hands", "--json",
                           cwd=tmp_path).stdout)
    names = [entry["name"] for entry in after]
    assert names.index(last) < len(ranked) - 1
    assert "shares knowledge 5" in after[names.index(last)]["reason"]
    text = run("--db", "x.db", "suggest", "speak confidently", cwd=tmp_path)
    assert text.stdout.splitlines()[0] == (
        "People who could help with Speak confidently at the all-hands, best first:")


def test_bad_scores_and_unknown_goals_get_one_line(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    bad = run("--db", "x.db", "observe", "Anna Berg", "--trust", "7", cwd=tmp_path)
    assert bad.returncode == 2
    assert "outside the allowed range 1-5" in bad.stderr
    empty = run("--db", "x.db", "observe", "Anna Berg", cwd=tmp_path)
    assert empty.returncode == 1
    assert empty.stderr.strip() == "netplanner: Note what you noticed: a score or a few words."
    missing = run("--db", "x.db", "suggest", "Juggling", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "netplanner: No goal called 'Juggling'."
