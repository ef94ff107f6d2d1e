# ruff: noqa: N999  (the issue names this script bench/import.py)
"""Benchmark: import generated LinkedIn Connections.csv files (30,000 and 1,000,000 rows by default) into
a fresh encrypted database, each import in its own process so that its peak RSS is its own.

Prints, per size, the median time and CPU time of several runs (one run for sizes over 100,000 rows)
and the peak RSS, next to a reference: plain `csv` parsing of the same file plus one `executemany`
insert of the same rows into the same kind of encrypted database. Goals: 30,000 rows under 3 s; peak
RSS under 500 MB for any size. Run: `.venv/bin/python bench/import.py [--rows 30000,1000000] [--runs N]`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import resource
import statistics
import subprocess
import sys
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
    out = io.BytesIO()
    write_file(out, rows, seed)
    return out.getvalue()


def write_file(stream: io.BufferedIOBase | io.BytesIO, rows: int, seed: int = 8) -> None:
    """The file, written in blocks (a million rows would be 100 MB of text in memory otherwise)."""
    rng = random.Random(seed)
    out = io.StringIO()
    out.write("\ufeff" + PREAMBLE)
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
        if i % 10000 == 9999:
            stream.write(out.getvalue().encode("utf-8"))
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
    stream.write(out.getvalue().encode("utf-8"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(kind: str, path: Path, folder: Path, run: int) -> None:
    """One measured import in this (fresh) process; prints seconds, CPU seconds and peak RSS in MB.
    The CPU time (this process, SQLite's work included) is what to compare on a shared machine."""
    cpu = time.process_time()
    elapsed = run_import(path, folder, run) if kind == "import" else run_reference(path, folder, run)
    print(f"{elapsed:.6f} {time.process_time() - cpu:.6f} {peak_rss_mb():.1f}")


def measure(kind: str, path: Path, folder: Path, run: int) -> tuple[float, float, float]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(path), str(folder), str(run)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the {kind} run failed:\n{done.stderr}")
    seconds, cpu, rss = done.stdout.split()[-3:]
    return float(seconds), float(cpu), float(rss)


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
        with path.open(encoding="utf-8-sig", newline="") as handle:
            while handle.readline().strip():  # the preamble, up to its blank line
                pass
            reader = csv.reader(handle)
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
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", default="30000,1000000", help="comma-separated sizes")
    parser.add_argument("--runs", type=int, default=5, help="runs per size up to 100,000 rows (else 1)")
    args = parser.parse_args()
    for rows in (int(n) for n in args.rows.split(",")):
        runs = args.runs if rows <= 100_000 else 1
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            path = folder / "Connections.csv"
            with path.open("wb") as handle:
                write_file(handle, rows)
            size = path.stat().st_size
            imports = [measure("import", path, folder, run) for run in range(runs)]
            references = [measure("reference", path, folder, run) for run in range(runs)]
        ours = statistics.median(t for t, _c, _r in imports)
        reference = statistics.median(t for t, _c, _r in references)
        ours_cpu = statistics.median(c for _t, c, _r in imports)
        reference_cpu = statistics.median(c for _t, c, _r in references)
        ours_rss = max(r for _t, _c, r in imports)
        reference_rss = max(r for _t, _c, r in references)
        print(f"rows: {rows}, runs: {runs}, file {size / 1e6:.0f} MB")
        print(f"NetPlanner import (parse, dedupe, near matches, one transaction): median "
              f"{ours * 1000:9.0f} ms, CPU {ours_cpu * 1000:9.0f} ms, peak RSS {ours_rss:6.0f} MB")
        print(f"reference (csv.reader + one executemany):                    median "
              f"{reference * 1000:9.0f} ms, CPU {reference_cpu * 1000:9.0f} ms, "
              f"peak RSS {reference_rss:6.0f} MB")
        goal = "met" if ours < 3 or rows > 30_000 else "NOT met"
        print(f"ratio: {ours / reference:.2f}x (CPU {ours_cpu / reference_cpu:.2f}x)   goals: 30,000 rows "
              f"under 3000 ms -> {goal}; peak RSS under 500 MB -> {'met' if ours_rss < 500 else 'NOT met'}")


if __name__ == "__main__":
    main()
