"""What the planner reads of each person's interactions (through the indexes of migration 0012): the
kind of the last one, the asks since you last gave, open follow-ups and unthanked help; future entries
do not count yet, and a patch of one person reads the same as a full read."""

from __future__ import annotations

import datetime as dt

from netplanner.services.facade import Services

TODAY = dt.date(2026, 3, 10)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_last_kind_asks_follow_ups_and_thanks(services: Services) -> None:
    anna = services.contacts.add(name="Anna Berg").id
    bo = services.contacts.add(name="Bo Ek").id
    cia = services.contacts.add(name="Cia Dahl").id
    log = services.interactions.log
    log(anna, "coffee", days_ago(10), direction="gave")
    log(anna, "lunch", days_ago(5), direction="received", thanked=True)
    asked = log(anna, "short_question", days_ago(5), direction="received").id  # same day, later
    log(anna, "meeting", TODAY + dt.timedelta(days=3), direction="received")  # not yet
    log(bo, "call", days_ago(20), direction="received", thanked=True)
    follow = log(bo, "coffee", days_ago(10), direction="gave", follow_up_on=days_ago(2)).id
    log(bo, "lunch", days_ago(30), direction="gave", follow_up_on=days_ago(25), follow_up_done=True)

    network = services.planner.network(TODAY)
    people = network.people
    assert (people[anna].last_kind, people[anna].asks_since_gave) == ("short_question", 2)
    assert (people[bo].last_kind, people[bo].asks_since_gave) == ("coffee", 0)
    assert (people[cia].last_kind, people[cia].asks_since_gave) == (None, 0)
    assert [c.interaction_id for c in network.follow_ups] == [follow]
    assert [c.interaction_id for c in network.thanks] == [asked]

    services.interactions.log(bo, "short_question", days_ago(1), direction="received")
    patched = services.planner.network(TODAY)  # re-reads Bo only
    assert (patched.people[bo].last_kind, patched.people[bo].asks_since_gave) == ("short_question", 1)
    services.planner._cache = None
    assert services.planner.network(TODAY) == patched
