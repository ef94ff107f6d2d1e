"""The People table's name order kept in the database (migration 0011): current until someone is added,
deleted, renamed, trashed or restored, and only for the collation that made it."""

from __future__ import annotations

from netplanner.services.facade import Services

STAMP = "test-collation"


def people(services: Services, *names: str) -> list[int]:
    return [services.contacts.add(name=name).id for name in names]


def test_a_kept_order_comes_back_for_its_collation_only(services: Services) -> None:
    anna, bo, cecilia = people(services, "Anna", "Bo", "Cecilia")
    services.contacts.save_order(STAMP, [bo, cecilia, anna])
    assert services.contacts.stored_order(STAMP) == [bo, cecilia, anna]
    assert services.contacts.stored_order("another collation") is None


def test_a_kept_order_is_not_announced_as_a_change(services: Services) -> None:
    anna, bo = people(services, "Anna", "Bo")
    version = services.bus.version
    services.contacts.save_order(STAMP, [anna, bo])
    assert services.bus.version == version


def test_an_edit_that_cannot_move_anyone_keeps_the_order(services: Services) -> None:
    anna, bo = people(services, "Anna", "Bo")
    services.contacts.save_order(STAMP, [anna, bo])
    services.contacts.update(anna, title="Architect", organisation="Kommunen")
    services.contacts.update(bo, name="Bo")  # the same name again
    assert services.contacts.stored_order(STAMP) == [anna, bo]


def test_adding_renaming_trashing_restoring_or_deleting_someone_makes_it_stale(services: Services) -> None:
    anna, bo = people(services, "Anna", "Bo")
    changes = [
        lambda: services.contacts.add(name="Cecilia"),
        lambda: services.contacts.update(bo, name="Östen"),
        lambda: services.contacts.trash([anna]),
        lambda: services.contacts.restore([anna]),
    ]
    for change in changes:
        services.contacts.save_order(STAMP, [r.id for r in services.contacts.rows()])
        change()
        assert services.contacts.stored_order(STAMP) is None
    services.contacts.trash([anna])
    services.contacts.save_order(STAMP, [r.id for r in services.contacts.rows()])
    services.contacts.empty_trash()
    assert services.contacts.stored_order(STAMP) is None


def test_rows_of_reads_the_people_asked_for_and_skips_the_trash(services: Services) -> None:
    anna, bo, cecilia = people(services, "Anna", "Bo", "Cecilia")
    services.contacts.trash([cecilia])
    found = services.contacts.rows_of([cecilia, anna, bo, 999])
    assert {cid: row.name for cid, row in found.items()} == {anna: "Anna", bo: "Bo"}
