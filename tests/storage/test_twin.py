"""The reading twin: a second set of services on a worker thread, over a connection that only reads,
kept current with every write of the one writer."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.services.facade import Services
from netplanner.services.strength import StrengthService
from netplanner.storage.db import Database


@pytest.fixture
def writer(db: Database) -> Services:
    services = Services(db, clock=lambda: DEMO_TODAY)
    build_demo(services, seed=7, today=DEMO_TODAY)
    return services


def strengths(services: Services) -> dict[int, float]:
    return {cid: s.strength for cid, s in services.strength.all().items()}


def test_the_twin_reads_on_its_own_thread_what_the_writer_committed(writer: Services) -> None:
    threads: set[str] = set()

    def count(s: Services) -> int:
        threads.add(threading.current_thread().name)
        assert s is not writer
        assert s.db.read_only
        return s.contacts.count()

    assert writer.twin.submit(count).result(10) == writer.contacts.count()
    writer.contacts.add(name="Ny Person")
    assert writer.twin.submit(count).result(10) == writer.contacts.count()
    assert all(name.startswith("netplanner-twin") for name in threads)


def test_the_twins_snapshot_follows_a_logged_interaction(writer: Services) -> None:
    assert writer.twin.submit(strengths).result(10) == pytest.approx(strengths(writer))
    quiet = min(strengths(writer).items(), key=lambda item: item[1])[0]
    writer.interactions.log(quiet, "coffee", DEMO_TODAY - dt.timedelta(days=1), direction="mutual")
    after = strengths(writer)
    assert after[quiet] > 0.1
    assert writer.twin.submit(strengths).result(10) == pytest.approx(after)
    # Recomputed from scratch, the twin's incremental result is the same.
    fresh = StrengthService(writer.db.reading_twin(), writer.settings, writer.bus, writer.today)
    assert {cid: s.strength for cid, s in fresh.all().items()} == pytest.approx(after)
    fresh.db.close()


def test_the_twin_cannot_write(writer: Services) -> None:
    before = writer.contacts.count()
    with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        writer.twin.submit(lambda s: s.contacts.add(name="Not Stored")).result(10)
    assert writer.contacts.count() == before


def test_a_draft_on_the_twin_stored_on_the_writer_is_the_agenda(writer: Services) -> None:
    draft = writer.twin.submit(lambda s: s.agenda.draft()).result(10)
    assert draft.plan.items()
    assert all(item.touch_id is None for item in draft.plan.items())
    agenda = writer.agenda.finish(draft)
    assert [i.contact_id for i in agenda.plan.items()] == [i.contact_id for i in draft.plan.items()]
    # The touches are stored once: planning again on the writer finds them and makes none anew.
    stored = writer.planner.plan(1)
    assert [i.touch_id for i in stored.items()] == [i.touch_id for i in agenda.plan.items()]
    assert all(item.touch_id is not None for item in stored.items())


def test_closing_the_twin_ends_its_work(writer: Services) -> None:
    twin = writer.twin
    assert twin.submit(lambda s: s.contacts.count()).result(10) > 0
    writer.close()
    with pytest.raises(RuntimeError, match="closed"):
        twin.submit(lambda s: s.contacts.count())
