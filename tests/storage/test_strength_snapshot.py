"""The strength snapshot: per-person state in the database, patched per person, equal to the full
computation over every interaction, whatever was written in between."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.domain import strength as ds
from netplanner.services.facade import Services
from netplanner.services.strength import StrengthService
from netplanner.storage.db import Database, open_database
from netplanner.storage.keys import RawKey

TODAY = dt.date(2026, 6, 1)
KINDS = ["message", "coffee", "lunch", "joint_project"]
DIRECTIONS = ["gave", "received", "mutual"]


def full_strength(db: Database, services: Services) -> dict[int, tuple[float, float, float]]:
    """Strength, gave and received from every interaction (no stored state involved)."""
    reference = StrengthService(db, services.settings)
    params = reference.params()
    events = reference._load(params)
    r = reference._compute(events, params, ds.to_day(TODAY))
    ids = events.contact_ids.astype(int).tolist()
    return {cid: (r.strength[n], r.gave[n], r.received[n]) for n, cid in enumerate(ids)}


def snapshot(services: Services) -> dict[int, tuple[float, float, float]]:
    table = services.strength.all(TODAY)
    return {cid: (s.strength, s.gave, s.received) for cid, s in table.items()}


def assert_same(a: dict[int, tuple[float, float, float]], b: dict[int, tuple[float, float, float]]) -> None:
    assert a.keys() == b.keys()
    for cid, values in a.items():
        np.testing.assert_allclose(values, b[cid], rtol=1e-9, atol=1e-12, err_msg=f"person {cid}")


operation = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 5), st.integers(-400, 3), st.sampled_from(KINDS),
              st.sampled_from(DIRECTIONS)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("half_life"), st.integers(0, 5), st.sampled_from([None, 30.0, 400.0])),
    st.tuples(st.just("default_half_life"), st.sampled_from([60, 110, 365])),
    st.tuples(st.just("trash"), st.integers(0, 5)),
    st.tuples(st.just("weight"), st.sampled_from(KINDS), st.sampled_from([0.2, 1.0, 3.0])),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=12))
def test_the_patched_snapshot_equals_the_full_computation(operations: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "s.db", RawKey.generate(), create=True)
        try:
            services = Services(db, clock=lambda: TODAY)
            people = [services.contacts.add(name=f"Person {n}").id for n in range(6)]
            for n, cid in enumerate(people[:4]):
                services.interactions.log(cid, "coffee", TODAY - dt.timedelta(days=30 * (n + 1)))
            assert_same(snapshot(services), full_strength(db, services))
            for op in operations:
                apply(services, people, op)
                assert_same(snapshot(services), full_strength(db, services))
        finally:
            db.close()


def apply(services: Services, people: list[int], op: tuple[object, ...]) -> None:
    name = op[0]
    present = {row.id for row in services.contacts.rows()}
    who = op[1]
    if name in ("log", "half_life", "trash") and isinstance(who, int) and people[who] not in present:
        services.contacts.restore([people[who]])  # trashed earlier: bring back before acting on them
    if name == "log":
        _, who, offset, kind, direction = op
        assert isinstance(who, int)
        assert isinstance(offset, int)
        services.interactions.log(people[who], str(kind), TODAY + dt.timedelta(days=min(offset, 1)),
                                  direction=direction)
    elif name == "delete":
        rows = services.interactions.rows()
        if rows:
            assert isinstance(op[1], int)
            services.interactions.delete(rows[op[1] % len(rows)].id)
    elif name == "half_life":
        assert isinstance(op[1], int)
        services.contacts.update(people[op[1]], half_life_days=op[2])
    elif name == "default_half_life":
        services.settings.set("default_half_life", op[1])
    elif name == "trash":
        assert isinstance(op[1], int)
        services.contacts.trash([people[op[1]]])
    elif name == "weight":
        weights = dict(services.settings.get("kind_weights"))
        weights[str(op[1])] = op[2]
        services.settings.set("kind_weights", weights)


def test_one_interaction_recomputes_one_person(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a logged coffee only that person's state is read again, not everyone's."""
    services.clock = lambda: TODAY
    people = [services.contacts.add(name=f"P{n}").id for n in range(30)]
    for cid in people:
        services.interactions.log(cid, "lunch", TODAY - dt.timedelta(days=10))
    before = services.strength.all(TODAY)
    asked: list[list[int] | None] = []
    load = services.strength._state.load

    def spy(params: ds.StrengthParams, now: float, ids: list[int] | None = None) -> object:
        asked.append(None if ids is None else list(ids))
        return load(params, now, ids)

    monkeypatch.setattr(services.strength._state, "load", spy)
    services.interactions.log(people[7], "coffee", TODAY)
    after = services.strength.all(TODAY)
    assert asked == [[people[7]]]
    assert after[people[7]].strength > before[people[7]].strength
    assert after[people[8]] == before[people[8]]
    services.strength.all(TODAY)  # nothing changed since: nothing is read
    assert asked == [[people[7]]]


def test_stored_state_is_kept_and_dirty_rows_are_repaired(db: Database, services: Services) -> None:
    """The triggers mark a person dirty in the same transaction as a change of their interactions; a
    read recomputes and stores the row, so the next process reads one row per person."""
    cid = services.contacts.add(name="Anna").id
    services.interactions.log(cid, "coffee", TODAY - dt.timedelta(days=3))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT dirty FROM strength_state").all() == [(1,)]
    first = services.strength.all(TODAY)[cid]
    with db.engine.connect() as conn:
        dirty, last_day = conn.exec_driver_sql("SELECT dirty, last_day FROM strength_state").one()
    assert dirty == 0
    assert last_day == ds.to_day(TODAY - dt.timedelta(days=3))
    assert Services(db).strength.all(TODAY)[cid] == first


def test_an_interaction_ahead_of_today_does_not_count_yet(services: Services) -> None:
    cid = services.contacts.add(name="Anna").id
    services.interactions.log(cid, "coffee", TODAY - dt.timedelta(days=20))
    before = services.strength.all(TODAY)[cid]
    services.interactions.log(cid, "lunch", TODAY + dt.timedelta(days=1))
    assert services.strength.all(TODAY)[cid].strength == pytest.approx(before.strength)
    assert services.strength.all(TODAY + dt.timedelta(days=1))[cid].strength > before.strength


def test_ranked_people_match_sorting_everyone(demo_services: Services) -> None:
    from netplanner.demo import DEMO_TODAY

    table = demo_services.strength.all(DEMO_TODAY)
    everyone = list(table.values())
    priority = {s.contact_id: float(s.contact_id % 3) for s in everyone[::2]}
    met = [s for s in everyone if s.last_contact is not None]
    met.sort(key=lambda s: (-priority.get(s.contact_id, 0.0), -s.strength, s.contact_id))
    assert table.ranked(10, priority) == [s.contact_id for s in met[:10]]
    assert table.ranked(5) == demo_services.strength.strongest(5, DEMO_TODAY)
