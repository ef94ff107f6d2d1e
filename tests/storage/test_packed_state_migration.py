"""Migration 0013 packs the strength state: a database from before it opens with the same strength for
everyone, and its triggers still follow new interactions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.services.facade import Services
from netplanner.storage import migrate
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey


def strengths(services: Services) -> dict[int, float]:
    return {cid: s.strength for cid, s in services.strength.all(DEMO_TODAY).items()}


def test_a_database_from_before_packing_keeps_everyones_strength(tmp_path: Path) -> None:
    key, path = RawKey.generate(), tmp_path / "old.db"
    services = Services(open_database(path, key, create=True), clock=lambda: DEMO_TODAY)
    build_demo(services, seed=7, today=DEMO_TODAY)
    before = strengths(services)
    with services.db.engine.begin() as conn:  # as release 0012 left it: unpacked columns
        command.downgrade(migrate.alembic_config(conn), "0012")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(strength_state)")]
        assert "activation" in columns
        assert "packed" not in columns
    services.close()

    services = Services(open_database(path, key, backup_dir=tmp_path / "backups"), clock=lambda: DEMO_TODAY)
    assert strengths(services) == pytest.approx(before)
    with services.db.driver_connection() as conn:
        assert conn.execute("SELECT count(*) FROM strength_state WHERE dirty").fetchone() == (0,)
    someone = next(iter(before))
    services.interactions.log(someone, "lunch", DEMO_TODAY - dt.timedelta(days=1))
    assert strengths(services)[someone] > before[someone]
    services.close()
