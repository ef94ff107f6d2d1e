"""The core use cases on a real encrypted database: validation, updates with undo data, trash, finding."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from netplanner.services.facade import Services


def test_add_person_with_every_kind_of_field(services: Services) -> None:
    contact = services.contacts.add(
        name="  Åsa Nyström ", organisation="Nordvik AB", emails="asa@example.com, ASA@example.com",
        tags=["hr", "mentor", "HR"], knowledge_sharing="4", status="Active", cadence_days=30,
    )
    stored = services.contacts.get(contact.id)
    assert stored.name == "Åsa Nyström"
    assert stored.emails == ["asa@example.com"]
    assert stored.tags == ["hr", "mentor"]
    assert stored.knowledge_sharing == 4
    assert stored.status == "active"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "  "}, "Name cannot be empty"),
        ({"name": "A", "trust": 6}, "Trust must be from 1 to 5, not 6"),
        ({"name": "A", "chemistry": "high"}, "Chemistry must be a whole number"),
        ({"name": "A", "status": "friend"}, "Unknown status 'friend'"),
        ({"name": "A", "emails": ["not-an-address"]}, "is not an e-mail address"),
        ({"name": "A", "linkedin_url": "https://example.com/me"}, "does not look like a LinkedIn"),
        ({"name": "A", "colour": "blue"}, "Unknown field"),
    ],
)
def test_invalid_input_is_refused_with_a_clear_message(
    services: Services, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.contacts.add(**fields)
    assert services.contacts.count() == 0


def test_update_returns_old_values_for_undo(services: Services) -> None:
    contact = services.contacts.add(name="Per Öberg", trust=3)
    old = services.contacts.update(contact.id, trust=5, title="Principal Engineer")
    assert old == {"trust": 3, "title": ""}
    services.contacts.update(contact.id, **old)
    assert services.contacts.get(contact.id).trust == 3


def test_a_failed_update_changes_nothing(services: Services) -> None:
    contact = services.contacts.add(name="Per Öberg", trust=3)
    with pytest.raises(ValidationError):
        services.contacts.update(contact.id, trust=4, feedback=9)
    assert services.contacts.get(contact.id).trust == 3


def test_trash_restore_and_empty(services: Services) -> None:
    anna = services.contacts.add(name="Anna Berg")
    goal = services.goals.add(title="Public speaking", priority=5)
    services.goals.link(goal.id, anna.id, "mentor", 3)
    services.interactions.log(anna.id, "lunch", dt.date(2026, 10, 1))
    services.contacts.trash([anna.id])
    assert services.contacts.rows() == []
    assert [r.name for r in services.contacts.rows(trash=True)] == ["Anna Berg"]
    services.contacts.restore([anna.id])
    row = services.contacts.rows()[0]
    assert row.last_contact == "2026-10-01"
    assert services.goals.links(goal_id=goal.id)[0].role == "mentor"
    services.contacts.trash([anna.id])
    assert services.contacts.empty_trash() == 1
    assert services.interactions.rows() == []
    assert services.goals.links() == []


def test_find_by_name_email_and_ambiguity(services: Services) -> None:
    services.contacts.add(name="Anna Berg", emails=["anna@example.com"])
    services.contacts.add(name="Per Öberg")
    assert services.contacts.find("ANNA@example.com").name == "Anna Berg"
    assert services.contacts.find("anna berg").name == "Anna Berg"
    with pytest.raises(AmbiguousError, match="matches 2 people"):
        services.contacts.find("berg")
    with pytest.raises(NotFoundError):
        services.contacts.find("Nobody")


def test_interactions_follow_ups_and_thanks(services: Services) -> None:
    anna = services.contacts.add(name="Anna Berg")
    services.interactions.log(anna.id, "coffee", "2026-10-01", follow_up_on="2026-10-10")
    helped = services.interactions.log(anna.id, "feedback session", "2026-10-02", direction="received")
    assert [r.kind for r in services.interactions.open_follow_ups()] == ["coffee"]
    assert [r.id for r in services.interactions.thanks_owed()] == [helped.id]
    services.interactions.update(helped.id, thanked=True)
    assert services.interactions.thanks_owed() == []
    with pytest.raises(ValidationError, match="cannot be in the future"):
        services.interactions.log(anna.id, "coffee", dt.date.today() + dt.timedelta(days=30))


def test_goal_delete_and_undelete_keep_links(services: Services) -> None:
    anna = services.contacts.add(name="Anna Berg")
    goal = services.goals.add(title="Lead a team", priority=4)
    services.goals.link(goal.id, anna.id, "sponsor", 2)
    snapshot, links = services.goals.delete(goal.id)
    assert services.goals.all() == []
    services.goals.undelete(snapshot, links)
    assert [link.role for link in services.goals.links(goal_id=goal.id)] == ["sponsor"]


def test_settings_validate_and_return_previous(services: Services) -> None:
    assert services.settings.get("threshold") == pytest.approx(0.35)
    assert services.settings.set("threshold", 40) == pytest.approx(0.35)
    assert services.settings.get("threshold") == pytest.approx(0.40)
    with pytest.raises(ValidationError):
        services.settings.set("weekly_capacity", 0)


def test_settings_set_many_checks_every_value_before_writing_any(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.settings.set_many({"weekly_capacity": 7, "language": "x" * 20})
    assert services.settings.get("weekly_capacity") == 3
    old = services.settings.set_many({"weekly_capacity": 7, "threshold": 40})
    assert old == {"weekly_capacity": 3, "threshold": pytest.approx(0.35)}
    assert services.settings.get("weekly_capacity") == 7
    assert services.settings.get("threshold") == pytest.approx(0.40)
    assert services.settings.set_many({}) == {}


def test_example_network_is_believable(demo_services: Services) -> None:
    rows = demo_services.contacts.rows()
    assert 35 <= len(rows) <= 45
    assert len({r.department for r in rows}) >= 5
    interactions = demo_services.interactions.rows()
    assert 200 <= len(interactions) <= 450
    assert any(r.last_contact is None for r in rows), "some prospects were never contacted"
    assert demo_services.interactions.open_follow_ups(), "some follow-ups are open"
    assert len(demo_services.goals.all(active_only=True)) == 5


def test_a_failed_unit_of_work_leaves_nothing_behind(services: Services) -> None:
    from netplanner.storage.orm import Contact

    def half_done() -> None:
        with services.db.session() as session:
            session.add(Contact(name="Half Written"))
            session.flush()
            raise RuntimeError("the rest of the operation failed")

    with pytest.raises(RuntimeError):
        half_done()
    assert services.contacts.count() == 0


@pytest.mark.parametrize("half_life", ["nan", "inf", "1e9", -3])
def test_impossible_half_lives_are_refused(services: Services, half_life: object) -> None:
    with pytest.raises(ValidationError, match="Half-life"):
        services.contacts.add(name="Per Öberg", half_life_days=half_life)
    with pytest.raises(ValidationError, match="Half-life"):
        services.settings.set("default_half_life", half_life)


def test_a_forecast_beyond_the_calendar_has_no_date() -> None:
    import numpy as np

    from netplanner.services.strength_state import _dates

    assert _dates(np.array([0.0, 1e9, np.nan])) == [dt.date(1970, 1, 1), None, None]


def test_interaction_dates_outside_the_allowed_range_are_refused(services: Services) -> None:
    import datetime as dt

    from netplanner.domain.errors import ValidationError

    cid = services.contacts.add(name="Anna Berg").id
    with pytest.raises(ValidationError, match="between 1900-01-01 and"):
        services.interactions.log(cid, "coffee", dt.date(1, 1, 1))
    with pytest.raises(ValidationError, match="cannot come before the interaction"):
        services.interactions.log(cid, "coffee", dt.date(2026, 11, 20), follow_up_on=dt.date(2026, 11, 1))
    logged = services.interactions.log(cid, "coffee", dt.date(2026, 11, 20),
                                       follow_up_on=dt.date(2026, 12, 1))
    with pytest.raises(ValidationError, match="cannot come before the interaction"):
        services.interactions.update(logged.id, follow_up_on=dt.date(2026, 11, 2))
    assert services.interactions.get(logged.id).follow_up_on == dt.date(2026, 12, 1)
    assert services.interactions.rows(contact_id=cid)[0].occurred_on == dt.date(2026, 11, 20)
