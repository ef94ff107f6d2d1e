# ruff: noqa: N999  (the issue names this script bench/import.py)
"""Benchmark: import a generated 30,000-row LinkedIn Connections.csv into a fresh encrypted database.

Prints the median of several runs next to a reference: plain `csv` parsing of the same file plus one
`executemany` insert of the same rows into the same kind of encrypted database, and the ratio.
The goal (issue 8) is an import under 3 s. Run: `.venv/bin/python bench/import.py [--rows N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from netplanner.services.importing import ImportService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma", "Per", "Linnea",
         "Oskar", "Fatima", "Ali", "Chen", "Priya", "John", "Laura", "Mikael", "Ingrid", "Åsa", "Örjan"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Berg", "Lindqvist", "Öberg", "Khan", "Smith"]
COMPANIES = [f"Company {n}" for n in range(1500)] + ["Volvo Cars", "Ericsson", "Spotify", "Klarna, Inc."]
TITLES = ["Engineer", "Senior Engineer", "Product Manager", "Designer", "Head of \"R&D\"", "CTO", "Analyst"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PREAMBLE = (
    "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their connections to see "
    "or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. "
    "You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
)


def generate(rows: int, seed: int = 8) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    out.write(PREAMBLE)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    for i in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}.{i}@example.com".lower() if rng.random() < 0.3 else ""
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5500))
        writer.writerow([first, last, f"https://www.linkedin.com/in/{first}-{last}-{i:05d}".lower(), email,
                         rng.choice(COMPANIES), rng.choice(TITLES),
                         f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"])  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def run_import(path: Path, folder: Path, run: int) -> float:
    db = open_database(folder / f"import-{run}.db", RawKey.generate(), create=True)
    try:
        start = time.perf_counter()
        result = ImportService(db).import_file(path)
        elapsed = time.perf_counter() - start
        assert result.format == "linkedin"
    finally:
        db.close()
    return elapsed


def run_reference(path: Path, folder: Path, run: int) -> float:
    """What the same rows cost with no checks at all: csv.reader and one executemany."""
    db = open_database(folder / f"reference-{run}.db", RawKey.generate(), create=True)
    now = dt.datetime.now().isoformat(sep=" ")
    try:
        start = time.perf_counter()
        text = path.read_bytes().decode("utf-8-sig")
        reader = csv.reader(io.StringIO(text.split("\n\n", 1)[1]))
        next(reader)
        rows = [
            (f"urn:uuid:{uuid.uuid4()}", f"{first} {last}", company, position,
             json.dumps([email] if email else []), url, url, connected, now, now)
            for first, last, url, email, company, position, connected in reader
        ]  # fmt: skip
        with db.driver_connection() as conn:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO contacts (uid, name, organisation, title, emails, linkedin_url, external_id, "
                "connected_on, created_at, updated_at, department, phones, tags, expertise, working_style, "
                "cares_about, learn_from, can_offer, notes, status, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '[]', '[]', '[]', '', '', '', '', '', 'prospect', "
                "'linkedin')",
                rows,
            )
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "Connections.csv"
        path.write_bytes(generate(args.rows))
        imports = [run_import(path, folder, run) for run in range(args.runs)]
        references = [run_reference(path, folder, run) for run in range(args.runs)]
    ours, reference = statistics.median(imports), statistics.median(references)
    print(f"rows: {args.rows}, runs: {args.runs}")
    print(f"NetPlanner import (parse, dedupe, near matches, one transaction): median {ours * 1000:8.0f} ms")
    print(f"reference (csv.reader + one executemany):                    median {reference * 1000:8.0f} ms")
    print(f"ratio: {ours / reference:.2f}x   goal: under 3000 ms -> {'met' if ours < 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
