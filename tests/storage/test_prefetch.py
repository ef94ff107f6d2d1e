"""The first strength snapshot built on a worker thread: the same values as on the caller's thread,
never stale after a write, and rows it repaired are written back by the one writer."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from netplanner.demo import DEMO_TODAY
from netplanner.services import facade
from netplanner.services.facade import Services
from netplanner.services.strength_state import StateStore


def values(services: Services, day: dt.date = DEMO_TODAY) -> dict[int, tuple[float, dt.date | None]]:
    return {cid: (s.strength, s.due) for cid, s in services.strength.all(day).items()}


def fresh_values(services: Services) -> dict[int, tuple[float, dt.date | None]]:
    other = Services(services.db)  # no cache, no worker: everything read on this thread
    return values(other)


def test_the_worker_snapshot_equals_the_one_read_here(demo_services: Services) -> None:
    reader_threads: list[str] = []
    original = StateStore.load

    def load(store: StateStore, *args: object, **kwargs: object) -> object:
        reader_threads.append(threading.current_thread().name)
        return original(store, *args, **kwargs)  # type: ignore[arg-type]

    expected = fresh_values(demo_services)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(StateStore, "load", load)
        demo_services.strength.prefetch(DEMO_TODAY)
        got = values(demo_services)
    assert got == expected
    assert reader_threads
    assert reader_threads[0].startswith("netplanner-read")


def test_a_write_after_the_worker_began_is_not_lost(demo_services: Services) -> None:
    gate = threading.Event()
    original = StateStore.load

    read = threading.Event()

    def slow_load(store: StateStore, *args: object, **kwargs: object) -> object:
        result = original(store, *args, **kwargs)  # type: ignore[arg-type]
        read.set()
        gate.wait(10)  # read before the write below, handed over after it
        return result

    before = fresh_values(demo_services)
    person = min(before, key=lambda cid: before[cid][0])  # a lunch lifts them (not at the ceiling)
    services = Services(demo_services.db)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(StateStore, "load", slow_load)
        services.strength.prefetch(DEMO_TODAY)
        assert read.wait(10)
        assert not services.strength.ready()
        services.interactions.log(person, "lunch", DEMO_TODAY)  # announced while the worker reads
        gate.set()
        got = values(services)
    assert got[person] != before[person]
    assert got == fresh_values(services)


def test_rows_the_worker_repaired_are_saved_by_the_writer(demo_services: Services) -> None:
    with demo_services.db.driver_connection() as conn:  # as a trigger leaves it: dirty, not yet repaired
        conn.execute("UPDATE strength_state SET dirty = 1")
    services = Services(demo_services.db)
    services.strength.prefetch(DEMO_TODAY)
    assert values(services) == fresh_values(demo_services)
    with demo_services.db.driver_connection() as conn:
        assert conn.execute("SELECT count(*) FROM strength_state WHERE dirty").fetchone()[0] == 0


def test_small_networks_are_computed_at_once(demo_services: Services,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert not demo_services.prefetch()  # 40 people: under 50 ms, no worker
    monkeypatch.setattr(facade, "PREFETCH_PEOPLE", 10)
    assert demo_services.prefetch()
