"""One interaction with several people: one occasion, one row per person, counted for each."""

from __future__ import annotations

import datetime as dt

import pytest

from netplanner.domain.errors import NotFoundError
from netplanner.services.changes import Changes
from netplanner.services.facade import Services

DAY = dt.date(2026, 11, 10)


def test_a_lunch_with_three_counts_for_each_and_is_one_entry(services: Services) -> None:
    ann, bo, cy = (services.contacts.add(name=n).id for n in ("Ann Ek", "Bo Åberg", "Cy Berg"))
    alone = services.contacts.add(name="Di Dahl").id
    seen: list[Changes] = []
    services.bus.subscribe(seen.append)
    logged = services.interactions.log_occasion([ann, bo, cy], "lunch", DAY, direction="gave",
                                                summary="Team lunch")
    assert len(seen) == 1
    assert seen[0].strength == frozenset({ann, bo, cy})
    assert {row.contact_id for row in logged} == {ann, bo, cy}
    strengths = services.strength.all(DAY)
    assert all(strengths[cid].strength > 0 and strengths[cid].balance > 0 for cid in (ann, bo, cy))
    assert alone not in strengths or strengths[alone].strength == 0
    occasions = services.interactions.occasions()
    assert [(o.names, o.summary) for o in occasions] == [("Ann Ek, Bo Åberg, Cy Berg", "Team lunch")]
    for cid in (ann, bo, cy):  # each person's history has it
        assert [r.summary for r in services.interactions.rows(contact_id=cid)] == ["Team lunch"]
        assert len(services.interactions.occasions(contact_id=cid)) == 1
    assert services.interactions.occasions(contact_id=alone) == []


def test_editing_and_deleting_an_occasion_changes_every_row_and_comes_back(services: Services) -> None:
    ann, bo = (services.contacts.add(name=n).id for n in ("Ann Ek", "Bo Åberg"))
    first = services.interactions.log_occasion([ann, bo], "coffee", DAY)[0].id
    old = services.interactions.update_occasion(first, summary="Roadmap", kind="lunch")
    assert {(r.summary, r.kind) for r in services.interactions.rows()} == {("Roadmap", "lunch")}
    services.interactions.restore_fields(old)
    assert {(r.summary, r.kind) for r in services.interactions.rows()} == {("", "coffee")}
    before = services.interactions.rows()
    snapshots = services.interactions.delete_occasion(first)
    assert services.interactions.rows() == []
    services.interactions.undelete_many(snapshots)
    assert services.interactions.rows() == before


def test_an_occasion_with_someone_unknown_logs_nobody(services: Services) -> None:
    ann = services.contacts.add(name="Ann Ek").id
    with pytest.raises(NotFoundError):
        services.interactions.log_occasion([ann, 999], "coffee", DAY)
    assert services.interactions.rows() == []
