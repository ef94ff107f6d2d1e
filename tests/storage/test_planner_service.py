"""PlannerService on a real encrypted database: stored plans, done / snooze / skip, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from netplanner.services.facade import Services
from netplanner.services.planner import PlannerService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from netplanner.storage.orm import Interaction, PlannedTouch

TODAY = dt.date(2026, 6, 10)  # a Wednesday; the week starts on 8 June


def small_network(services: Services) -> dict[str, int]:
    """Anna (mentor, fading, a follow-up due), Bo (expert, overdue), Cia (prospect for a goal with a gap)."""
    speaking = services.goals.add(title="Public speaking", priority=5)
    finance = services.goals.add(title="Finance", priority=3)
    anna = services.contacts.add(name="Anna Berg", status="active")
    bo = services.contacts.add(name="Bo Ek", status="active")
    cia = services.contacts.add(name="Cia Dahl", status="prospect")
    services.goals.link(speaking.id, anna.id, "mentor", 3)
    services.goals.link(finance.id, bo.id, "expert", 3)
    services.goals.link(speaking.id, cia.id, "peer", 2)
    services.interactions.log(anna.id, "lunch", dt.date(2025, 9, 2), follow_up_on=dt.date(2026, 6, 1),
                              summary="Talked about her first keynote")
    services.interactions.log(bo.id, "coffee", dt.date(2025, 11, 20), direction="received")
    services.questions.add(anna.id, "How did you prepare for your first big talk?")
    return {"anna": anna.id, "bo": bo.id, "cia": cia.id}


def week_ids(plan_week: object) -> list[int]:
    return [i.contact_id for i in plan_week.items]  # type: ignore[attr-defined]


def test_plan_is_stored_and_stable_across_reopen(tmp_path: Path) -> None:
    key = RawKey.generate()
    db = open_database(tmp_path / "p.db", key, create=True)
    services = Services(db)
    ids = small_network(services)
    first = PlannerService(db).plan(1, TODAY)
    assert len(first.items()) == 3
    assert all(i.touch_id is not None for i in first.items())
    assert week_ids(first.weeks[0])[0] == ids["anna"]  # the follow-up comes first
    # Something urgent appears after the plan was made: stored weeks do not change.
    newcomer = services.contacts.add(name="Dag Urgent", status="active")
    services.goals.link(services.goals.all()[0].id, newcomer.id, "mentor", 3)
    services.interactions.log(newcomer.id, "message", dt.date(2024, 1, 1))
    db.close()

    again = open_database(tmp_path / "p.db", key, create=False)
    try:
        second = PlannerService(again).plan(1, TODAY)
        assert [(i.touch_id, i.contact_id, i.kind, i.reason) for i in second.items()] == [
            (i.touch_id, i.contact_id, i.kind, i.reason) for i in first.items()]
        with again.session() as session:
            assert len(session.scalars(select(PlannedTouch)).all()) == len(first.items())
        # On request the plan is made anew, and then the newcomer gets a place.
        fresh = PlannerService(again).plan(1, TODAY, regenerate=True)
        assert newcomer.id in [i.contact_id for i in fresh.items()]
    finally:
        again.close()


def test_done_logs_the_interaction_and_the_next_plan_reflects_it(services: Services) -> None:
    ids = small_network(services)
    planner = PlannerService(services.db)
    plan = planner.plan(1, TODAY)
    anna = next(i for i in plan.items() if i.contact_id == ids["anna"])
    assert anna.category == "follow_up"
    assert anna.questions == ("How did you prepare for your first big talk?",)

    record = planner.done(anna.touch_id or 0, kind="coffee", occurred_on=TODAY, summary="Coffee",
                          resolve=anna.commitments)
    with services.db.session() as session:
        touch = session.get(PlannedTouch, anna.touch_id)
        assert touch is not None
        assert (touch.status, touch.interaction_id) == ("done", record.interaction_id)
        new = session.get(Interaction, record.interaction_id)
        assert new is not None
        assert (new.contact_id, new.kind, new.occurred_on) == (ids["anna"], "coffee", TODAY)
    assert services.interactions.open_follow_ups() == []
    assert record.follow_ups_closed == anna.commitments

    # The stored week shows it done; a re-made plan keeps it done and proposes nobody twice.
    after = planner.plan(1, TODAY)
    assert next(i for i in after.items() if i.contact_id == ids["anna"]).status == "done"
    remade = planner.plan(3, TODAY, regenerate=True)
    assert [i.contact_id for i in remade.items()].count(ids["anna"]) == 1
    # Anna's strength rose: next week's plan (from data) no longer needs her.
    network = planner.network(TODAY)
    assert network.people[ids["anna"]].last_contact == TODAY
    assert network.follow_ups == []

    planner.undo_done(record)
    assert [r.contact_id for r in services.interactions.open_follow_ups()] == [ids["anna"]]
    with services.db.session() as session:
        touch = session.get(PlannedTouch, anna.touch_id)
        assert touch is not None
        assert (touch.status, touch.interaction_id) == ("planned", None)
        assert session.get(Interaction, record.interaction_id) is None


def test_snooze_moves_a_touch_to_a_later_week_and_skip_leaves_it_out(services: Services) -> None:
    ids = small_network(services)
    planner = PlannerService(services.db)
    plan = planner.plan(2, TODAY)
    bo = next(i for i in plan.weeks[0].items if i.contact_id == ids["bo"])
    before = planner.snooze(bo.touch_id or 0, today=TODAY)
    snoozed = planner.plan(2, TODAY)
    assert ids["bo"] not in week_ids(snoozed.weeks[0])
    assert ids["bo"] in week_ids(snoozed.weeks[1])
    planner.restore(before)
    assert ids["bo"] in week_ids(planner.plan(2, TODAY).weeks[0])

    planner.skip(bo.touch_id or 0, TODAY)
    skipped = planner.plan(2, TODAY)
    assert [(i.contact_id, i.status) for i in skipped.weeks[0].items if i.contact_id == ids["bo"]] == [
        (ids["bo"], "skipped")]
    assert ids["bo"] not in week_ids(skipped.weeks[1])


def test_give_first_counts_asks_since_the_last_gift(services: Services) -> None:
    maria = services.contacts.add(name="Maria Lindqvist", can_offer="Feedback on slides")
    services.interactions.log(maria.id, "coffee", dt.date(2025, 1, 5), direction="gave")
    for day in (10, 20, 30):
        services.interactions.log(maria.id, "short_question", dt.date(2025, 1, day), direction="received",
                                  thanked=True)
    person = PlannerService(services.db).network(TODAY).people[maria.id]
    assert person.asks_since_gave == 3
    assert person.last_kind == "short_question"
    plan = PlannerService(services.db).plan(1, TODAY)
    item = next(i for i in plan.items() if i.contact_id == maria.id)
    assert item.give_first == ("you have asked Maria for help three times since you last gave something; "
                               "offer something (Feedback on slides)")
