"""Issue 2: open a 100k-person database and load the contact list the way the app does, next to a raw
sqlcipher3 SELECT of the same columns on the same file. Target: the app within 2x of the raw query."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3

from bench._common import BENCH_KEY, large_database, median_ms
from netplanner.services.contacts import ROWS_SQL, ContactService
from netplanner.storage.db import open_database


def app_path(path: Path) -> int:
    db = open_database(path, BENCH_KEY)
    rows = ContactService(db).rows()
    db.close()
    return len(rows)


def raw_path(path: Path, sql: str) -> int:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {BENCH_KEY.pragma_literal()}")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return len(rows)


def main() -> None:
    path = large_database(100_000, 1_000_000)
    sql = ROWS_SQL.format(trash="IS NULL")
    assert app_path(path) == raw_path(path, sql) == 100_000
    app = median_ms(lambda: app_path(path), repeat=5)
    raw = median_ms(lambda: raw_path(path, sql), repeat=5)
    print("open + load 100k people (1M interactions for 'last contact'):")
    print(f"  app (open_database + ContactService.rows): {app:8.1f} ms median")
    print(f"  raw sqlcipher3 SELECT of the same columns: {raw:8.1f} ms median")
    print(f"  ratio app/raw: {app / raw:.2f} (target <= 2.0)")


if __name__ == "__main__":
    main()
