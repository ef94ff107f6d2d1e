"""Every write of the services announces what it changed, once it is committed; a refused write and a
read announce nothing (KeePassXC's databaseModified tests, Anki's OpChanges)."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain.errors import ValidationError
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def seen(services: Services) -> list[Changes]:
    found: list[Changes] = []
    services.bus.subscribe(found.append)
    return found


def test_editing_a_title_names_the_person_and_leaves_strength_alone(services: Services,
                                                                      seen: list[Changes]) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    seen.clear()
    services.contacts.update(cid, title="Head of Design")
    assert len(seen) == 1
    change = seen[0]
    assert change.kinds == {Kind.PEOPLE}
    assert change.ids_of(Kind.PEOPLE) == {cid}
    assert change.people == {cid}
    assert change.strength == frozenset()
    assert change.fields is not None
    assert "title" in change.fields


def test_a_half_life_edit_changes_that_persons_strength(services: Services, seen: list[Changes]) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    seen.clear()
    services.contacts.update(cid, half_life_days=400)
    assert seen[0].strength == {cid}


def test_logging_names_the_interaction_and_its_person(services: Services, seen: list[Changes]) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    seen.clear()
    interaction = services.interactions.log(cid, "coffee", TODAY)
    assert [c.kinds for c in seen] == [{Kind.INTERACTIONS}]
    assert seen[0].ids_of(Kind.INTERACTIONS) == {interaction.id}
    assert seen[0].strength == {cid}
    assert seen[0].ids_of(Kind.PEOPLE) == frozenset()


def test_links_questions_goals_touches_and_settings(services: Services, seen: list[Changes]) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    goal = services.goals.add(title="Public speaking", priority=4)
    assert seen[-1].kinds == {Kind.GOALS}
    services.goals.link(goal.id, cid, role="mentor", relevance=3)
    assert seen[-1].kinds == {Kind.LINKS}
    assert seen[-1].people == {cid}
    services.questions.add(cid, "How do you prepare?")
    assert seen[-1].kinds == {Kind.QUESTIONS}
    assert seen[-1].people == {cid}
    services.planner.plan(1, TODAY)
    assert Kind.TOUCHES in seen[-1].kinds
    services.settings.set("weekly_capacity", 5)
    assert seen[-1].kinds == {Kind.SETTINGS}
    assert seen[-1].strength == frozenset()  # capacity changes no strength
    services.settings.set("threshold", 40)
    assert seen[-1].strength is None  # the model changed for everyone


def test_trash_names_the_people(services: Services, seen: list[Changes]) -> None:
    ids = [services.contacts.add(name=n).id for n in ("Anna", "Erik", "Sara")]
    seen.clear()
    services.contacts.trash(ids[:2])
    assert seen[0].kinds == {Kind.PEOPLE}
    assert seen[0].fields is None  # people left the table: views reload


def test_a_refused_write_and_a_read_announce_nothing(services: Services, seen: list[Changes]) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    seen.clear()
    with pytest.raises(ValidationError):
        services.contacts.update(cid, trust=9)
    with pytest.raises(ValidationError):
        services.settings.set_many({"weekly_capacity": 4, "threshold": 500})
    services.contacts.rows()
    services.strength.all(TODAY)
    services.coverage.assess(TODAY)
    services.planner.network(TODAY)
    assert seen == []
    assert services.settings.get("weekly_capacity") == 3


def test_a_batch_announces_once_and_bumps_the_version_once(services: Services,
                                                           seen: list[Changes]) -> None:
    version = services.bus.version
    with services.bus.batch():
        cid = services.contacts.add(name="Anna Berg").id
        services.interactions.log(cid, "lunch", TODAY)
        assert seen == []
    assert len(seen) == 1
    assert seen[0].kinds == {Kind.PEOPLE, Kind.INTERACTIONS}
    assert services.bus.version == version + 1


def test_computed_values_are_shared_until_the_data_changes(services: Services) -> None:
    cid = services.contacts.add(name="Anna Berg").id
    goal = services.goals.add(title="Public speaking")
    network = services.coverage.network(TODAY)
    assert services.coverage.network(TODAY) is network
    assert services.coverage.assess(TODAY) is services.coverage.assess(TODAY)
    assert services.planner.network(TODAY) is services.planner.network(TODAY)
    services.goals.link(goal.id, cid, role="mentor", relevance=3)
    fresh = services.coverage.network(TODAY)
    assert fresh is not network
    assert [(lk.goal_id, lk.contact_id) for lk in fresh.links] == [(goal.id, cid)]
