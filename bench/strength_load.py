"""Issue 19: strength of everyone, from the database to the arrays (load included), against a raw read
of the per-person state it would need.

    python bench/strength_load.py [--sizes 100k] [--runs N]

On a copy of the cached app database (bench/_appdb.py). "app, to the arrays" is what the services do
for strength of everyone: StrengthService's settings read, the per-person state (strength_state, one
row per person, read with the raw driver) projected to today with numpy, up to the StrengthArrays;
"app, all()" adds the per-person values the views get; "full recompute" reads and computes every
interaction, which a change of the model settings costs once. The references are raw sqlcipher3
reads on a connection with the app's pragmas: the target's
reference is a SELECT of a 4-column, one-row-per-person table made in the copy (contact id, last
interaction day, activation at it, half-life: the state that exponential decay makes sufficient);
the same table as an in-memory TEMP table, the GROUP BY over all interactions that such a table
would replace, and the app's own query of the per-person state (half-life, cadence, the dirty flag and
the state packed in one value, migration 0013: the day, the activation, give and take and the usual gap
that balance, due dates and silence need; read as one row of long texts) are printed too.
Target: app to the arrays <= 2x the per-person table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3

from bench._appdb import BENCH_PASSPHRASE, DB_NAME, SIZES, app_database, describe
from bench._common import median_ms
from netplanner.domain import strength as ds
from netplanner.services.strength import StrengthService
from netplanner.storage.db import CONNECTION_PRAGMAS, open_database
from netplanner.storage.keys import Passphrase

STATE_SQL = """
SELECT i.contact_id, max(julianday(i.occurred_on)) - 2440587.5, count(*) * 0.3,
       coalesce(c.half_life_days, 180.0)
FROM interactions AS i JOIN contacts AS c ON c.id = i.contact_id
GROUP BY i.contact_id
"""

# ---- the app's API: the lead adapts these when the services change --------------------------------


def app_to_arrays(service: StrengthService, today: dt.date) -> ds.StrengthArrays:
    """Strength of everyone as StrengthService.all() computes it (settings read, the per-person state
    read with the raw driver, dirty rows repaired, projected to today), stopping at the arrays."""
    params = service.params()
    return service._state.load(params, ds.to_day(today)).arrays


def app_all(service: StrengthService, today: dt.date) -> int:
    """A fresh service (no cache) all the way to every person's values."""
    fresh = StrengthService(service.db)
    return len(fresh.all(today).everyone())


def full_recompute(service: StrengthService, today: dt.date) -> ds.StrengthArrays:
    """Every interaction read and computed: what a change of the model settings costs once."""
    params = service.params()
    events = service._load(params)
    return service._compute(events, params, ds.to_day(today))


# ---- references ------------------------------------------------------------------------------------


def raw_connection(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {Passphrase(BENCH_PASSPHRASE).pragma_literal()}")
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma)
    return conn


def make_state_tables(conn: Any) -> int:
    """The per-person state as a real table in the (encrypted) file and as an in-memory TEMP table."""
    conn.execute("CREATE TABLE bench_person_state (contact_id INTEGER PRIMARY KEY, last_day REAL, "
                 "activation REAL, half_life REAL)")
    conn.execute(f"INSERT INTO bench_person_state {STATE_SQL}")
    conn.execute("CREATE TEMP TABLE bench_person_state_temp AS SELECT * FROM main.bench_person_state")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return int(conn.execute("SELECT count(*) FROM bench_person_state").fetchone()[0])


def select_all(conn: Any, sql: str) -> Callable[[], int]:
    return lambda: len(conn.execute(sql).fetchall())


#: What StateStore reads (netplanner/services/strength_state.py `_people`), as the raw driver gives it:
#: one row of long texts (ids, half-lives, cadences, the packed states in hex, the dirty flags).
APP_STATE_SQL = (
    "SELECT count(*), group_concat(printf('%016x', c.id), ''), "
    "group_concat(ifnull(c.half_life_days, 'nan'), ','), group_concat(ifnull(c.cadence_days, 'nan'), ','), "
    "group_concat(hex(CASE WHEN length(s.packed) = 40 THEN s.packed ELSE zeroblob(40) END), ''), "
    "group_concat(CASE WHEN s.contact_id IS NULL THEN 0 WHEN s.dirty OR length(s.packed) IS NOT 40 "
    "THEN 1 ELSE 0 END, '') "
    "FROM contacts c LEFT JOIN strength_state s ON s.contact_id = c.id WHERE c.deleted_at IS NULL"
)


def run_size(label: str, runs: int, scratch: Path) -> None:
    source = app_database(label)
    copy = scratch / DB_NAME
    shutil.copy2(source, copy)
    conn = raw_connection(copy)
    people = make_state_tables(conn)
    db = open_database(copy, Passphrase(BENCH_PASSPHRASE))
    service = StrengthService(db)
    today = dt.date.today()
    found = app_to_arrays(service, today).strength.size
    events = int(conn.execute("SELECT count(*) FROM interactions").fetchone()[0])
    print(f"{describe(label)}: {found:,} people in the arrays, {events:,} interactions, "
          f"{people:,} rows of per-person state; median of {runs} runs, 1 warm-up")
    table = median_ms(select_all(conn, "SELECT * FROM main.bench_person_state"), repeat=runs)
    temp = median_ms(select_all(conn, "SELECT * FROM temp.bench_person_state_temp"), repeat=runs)
    group = median_ms(select_all(conn, STATE_SQL), repeat=runs)
    app_sql = median_ms(select_all(conn, APP_STATE_SQL), repeat=runs)
    arrays = median_ms(lambda: app_to_arrays(service, today), repeat=runs)
    everyone = median_ms(lambda: app_all(service, today), repeat=runs)
    full = median_ms(lambda: full_recompute(service, today), repeat=max(1, runs // 2))
    rows = [
        ("raw SELECT, per-person table (4 columns)", table),
        ("raw SELECT, same as TEMP table (in memory)", temp),
        ("raw GROUP BY over all interactions", group),
        ("raw SELECT, the app's own per-person query", app_sql),
        ("app: StrengthService to the arrays", arrays),
        ("app: StrengthService.all() (per-person values)", everyone),
        ("full recompute from every interaction", full),
    ]
    for name, value in rows:
        print(f"  {name:48} {value:8.1f} ms   {value / table:6.1f}x the per-person table")
    print(f"  ratio app-to-arrays / per-person table: {arrays / table:.1f}x (target <= 2x)")
    print(f"  ratio app-to-arrays / the app's own query, raw: {arrays / app_sql:.1f}x (the same rows and "
          "columns: state, half-life, cadence, give and take, usual gap)")
    db.close()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k", help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    labels = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in labels if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; choose from {', '.join(SIZES)}")
    print(f"strength from the database, {os.cpu_count()} cores")
    for label in labels:
        with tempfile.TemporaryDirectory(prefix="netplanner-bench-strength-") as tmp:
            run_size(label, args.runs, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
