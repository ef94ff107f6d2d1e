"""The planner's input, patched per person after each write, equals the input read afresh, whatever was
written in between: the same people, goals, links, follow-ups and thanks, and so the same plan."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.domain import planner as dp
from netplanner.domain.errors import NetPlannerError
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

TODAY = dt.date(2026, 6, 10)

operation = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 4), st.integers(-300, 0), st.sampled_from(["coffee", "lunch"]),
              st.sampled_from(["gave", "received", "mutual"]), st.booleans()),
    st.tuples(st.just("rename"), st.integers(0, 4), st.sampled_from(["Anna", "Örjan", "Bo"])),
    st.tuples(st.just("status"), st.integers(0, 4), st.sampled_from(["active", "prospect", "archived"])),
    st.tuples(st.just("question"), st.integers(0, 4)),
    st.tuples(st.just("trash"), st.integers(0, 4)),
    st.tuples(st.just("restore"), st.integers(0, 4)),
    st.tuples(st.just("link"), st.integers(0, 1), st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("priority"), st.integers(0, 1), st.integers(1, 5)),
    st.tuples(st.just("observe"), st.integers(0, 4), st.integers(1, 5)),
    st.tuples(st.just("thank"), st.integers(0, 4)),
)


def apply(services: Services, people: list[int], goals: list[int], op: tuple[object, ...]) -> None:
    name, *args = op
    who = people[int(args[0])] if name not in ("link", "priority") else 0
    if name == "log":
        _, days, kind, direction, follow = args
        services.interactions.log(who, str(kind), TODAY + dt.timedelta(days=int(days)), direction=direction,
                                  follow_up_on=TODAY + dt.timedelta(days=7) if follow else None)
    elif name == "rename":
        services.contacts.update(who, name=str(args[1]))
    elif name == "status":
        services.contacts.update(who, status=str(args[1]))
    elif name == "question":
        services.questions.add(who, "What would you do?")
    elif name == "trash":
        services.contacts.trash([who])
    elif name == "restore":
        services.contacts.restore([who])
    elif name == "link":
        goal, person, relevance = goals[int(args[0])], people[int(args[1])], int(args[2])
        services.goals.link(goal, person, "mentor", relevance)
    elif name == "priority":
        services.goals.update(goals[int(args[0])], priority=int(args[1]))
    elif name == "observe":
        services.observations.add(who, TODAY, trust=int(args[1]))
    elif name == "thank":
        for row in services.interactions.thanks_owed():
            if row.contact_id == who:
                services.interactions.update(row.id, thanked=True)


def fresh(services: Services) -> dp.PlanInput:
    return Services(services.db).planner.network(TODAY)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=10))
def test_the_patched_input_equals_a_fresh_read(operations: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "t.db", RawKey.generate(), create=True)
        try:
            services = Services(db)
            people = [services.contacts.add(name=f"P{n}", status="active").id for n in range(5)]
            goals = [services.goals.add(title=f"Goal {n}", priority=3).id for n in range(2)]
            services.goals.link(goals[0], people[0], "expert", 3)
            services.interactions.log(people[1], "lunch", TODAY - dt.timedelta(days=40), direction="received")
            services.planner.network(TODAY)  # cached: every write below patches it
            for op in operations:
                with contextlib.suppress(NetPlannerError):  # refused (a person in the Trash): no change
                    apply(services, people, goals, op)
                patched = services.planner.network(TODAY)
                assert patched == fresh(services), op
            assert dp.build_plan(patched, TODAY, 4, 3) == dp.build_plan(fresh(services), TODAY, 4, 3)
        finally:
            db.close()


def test_an_edit_of_one_person_reads_only_them(tmp_path: Path) -> None:
    db = open_database(tmp_path / "t.db", RawKey.generate(), create=True)
    services = Services(db)
    people = [services.contacts.add(name=f"P{n}", status="active").id for n in range(30)]
    before = services.planner.network(TODAY)
    services.contacts.update(people[3], name="Renamed")
    after = services.planner.network(TODAY)
    assert after.people[people[3]].name == "Renamed"
    assert all(after.people[cid] is before.people[cid] for cid in people if cid != people[3])
    db.close()
