"""`netplanner ties`, `brokers`, `path` and `export ties` as a user runs them on the example network."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.e2e.test_cli import run


def test_ties_brokers_and_path_on_the_example_network(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    ties = run("--db", "x.db", "ties", "Linnea Strand", "--json", cwd=tmp_path)
    assert ties.returncode == 0, ties.stderr
    listed = {(t["other"], t["kind"], t["direction"]) for t in json.loads(ties.stdout)}
    assert ("Yusuf Demir", "reports_to", "outgoing") in listed
    assert ("Johan Ek", "reports_to", "incoming") in listed
    assert ("Elin Forsberg", "works_with", "mutual") in listed
    text = run("--db", "x.db", "ties", "Linnea Strand", cwd=tmp_path).stdout
    assert "Linnea Strand reports to Yusuf Demir (strength 3)" in text
    assert "Johan Ek reports to Linnea Strand (strength 3)" in text

    brokers = json.loads(run("--db", "x.db", "brokers", "--json", cwd=tmp_path).stdout)
    names = [b["name"] for b in brokers["brokers"]]
    assert "Linnea Strand" in names[:5]
    linnea = brokers["brokers"][names.index("Linnea Strand")]
    assert set(linnea["bridges"]) >= {"Product", "Sales", "Communications"}
    assert brokers["advice"][0] == {"contact_id": brokers["advice"][0]["contact_id"], "name": "Per Öberg",
                                    "advice_in": 7}
    assert "Brokers (who bridges the network)" in run("--db", "x.db", "brokers", cwd=tmp_path).stdout

    path = json.loads(run("--db", "x.db", "path", "Mikael Dahl", "--json", cwd=tmp_path).stdout)
    assert [step["name"] for step in path["path"]] == ["me", "Per Öberg", "Mikael Dahl"]
    assert path["introducers"][0]["name"] == "Per Öberg"
    said = run("--db", "x.db", "path", "Mikael Dahl", cwd=tmp_path).stdout.splitlines()
    assert said[0] == "me -> Per Öberg -> Mikael Dahl"
    assert said[1].startswith("Ask Per Öberg for an introduction")


def test_export_ties_as_csv_and_json(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    done = run("--db", "x.db", "export", "ties", "ties.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with (tmp_path / "ties.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"from": "Moa Lindholm", "kind": "reports_to", "to": "Oskar Lund", "strength": "3"}.items() <= \
        next(r for r in rows if r["from"] == "Moa Lindholm" and r["kind"] == "reports_to").items()
    assert run("--db", "x.db", "export", "ties", "ties.json", cwd=tmp_path).returncode == 0
    assert len(json.loads((tmp_path / "ties.json").read_text(encoding="utf-8"))) == len(rows)


def test_an_unknown_person_gets_one_line(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    missing = run("--db", "x.db", "path", "Nobody Atall", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "netplanner: Nobody called 'Nobody Atall' in your network."


def test_import_an_org_chart_adds_people_and_reporting_lines(tmp_path: Path) -> None:
    assert run("--db", "x.db", "demo", cwd=tmp_path).returncode == 0
    chart = tmp_path / "org.csv"
    chart.write_text(
        "namn;e-post;chef;avdelning\n"
        "Greta Nyberg;greta.nyberg@example.com;anna.berg@example.com;Engineering\n"
        "Hugo Ek;hugo.ek@example.com;Greta Nyberg;Engineering\n"
        ";;Anna Berg;\n"
        "Ines Lind;ines.lind@example.com;Nobody Known;Sales\n", encoding="utf-8")
    done = run("--db", "x.db", "import", str(chart), "--format", "orgchart", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Imported org.csv (org chart): 3 people added, 0 already there, 2 reporting lines, " \
        "2 left out"
    assert "  left out: org.csv, line 4: The row has no name or e-mail." in lines
    assert ("  left out: org.csv, line 5: No manager called 'Nobody Known' in the file or your network."
            in lines)
    hugo = json.loads(run("--db", "x.db", "ties", "Hugo Ek", "--json", cwd=tmp_path).stdout)
    assert hugo == [{"other": "Greta Nyberg", "other_id": hugo[0]["other_id"], "kind": "reports_to",
                     "direction": "outgoing", "strength": 3, "note": ""}]
    again = run("--db", "x.db", "import", str(chart), "--format", "orgchart", cwd=tmp_path)
    assert "0 people added, 3 already there, 0 reporting lines" in again.stdout  # nothing twice

    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nA,a@example.com\n", encoding="utf-8")
    refused = run("--db", "x.db", "import", str(bad), "--format", "orgchart", cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("netplanner: bad.csv, line 1: An org chart needs a name or e-mail "
                                      "column and a manager column (for example: name,email,manager).")
