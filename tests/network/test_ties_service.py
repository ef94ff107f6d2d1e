"""Ties between people: add, edit, remove, the changes they announce, the Trash, search (issue 14)."""

from __future__ import annotations

import pytest

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.ties import TieKind
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services


@pytest.fixture
def two(services: Services) -> tuple[int, int]:
    return services.contacts.add(name="Anna Berg").id, services.contacts.add(name="Björn Ek").id


def test_a_tie_is_added_edited_and_removed_and_each_write_names_both_people(
        services: Services, two: tuple[int, int]) -> None:
    anna, bjorn = two
    seen: list[Changes] = []
    services.bus.subscribe(seen.append)
    tie = services.ties.add(anna, bjorn, "reports to", 3, "since the spring")
    assert (tie.from_id, tie.to_id, tie.kind, tie.strength) == (anna, bjorn, TieKind.REPORTS_TO, 3)
    assert seen[-1].kinds == {Kind.TIES}
    assert seen[-1].people == {anna, bjorn}
    assert seen[-1].ids_of(Kind.TIES) == {tie.id}

    before = services.ties.edit(tie.id, kind="seeks advice from", strength=1)
    assert before == tie
    assert services.ties.get(tie.id).kind is TieKind.SEEKS_ADVICE_FROM
    assert seen[-1].people == {anna, bjorn}

    removed = services.ties.remove(tie.id)
    assert services.ties.of(anna) == []
    assert seen[-1].kinds == {Kind.TIES}
    services.ties.put_back(removed)
    assert services.ties.get(tie.id).strength == 1  # back with its old id


def test_a_mutual_tie_cannot_be_entered_twice_the_other_way_round(
        services: Services, two: tuple[int, int]) -> None:
    anna, bjorn = two
    services.ties.add(bjorn, anna, TieKind.WORKS_WITH)
    with pytest.raises(ValidationError, match="already there"):
        services.ties.add(anna, bjorn, TieKind.WORKS_WITH)
    services.ties.add(anna, bjorn, TieKind.REPORTS_TO)  # a directed kind both ways is two ties
    services.ties.add(bjorn, anna, TieKind.REPORTS_TO)
    assert len(services.ties.all()) == 3


@pytest.mark.parametrize(("kind", "strength", "message"), [
    ("is married to", 2, "Unknown kind of tie"), ("knows", 4, "from 1 to 3"), ("knows", "x", "from 1 to 3")])
def test_bad_input_is_refused_with_one_line_and_changes_nothing(
        services: Services, two: tuple[int, int], kind: str, strength: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.ties.add(*two, kind, strength)
    with pytest.raises(ValidationError, match="two different people"):
        services.ties.add(two[0], two[0], "knows")
    with pytest.raises(NotFoundError):
        services.ties.add(two[0], 999, "knows")
    assert services.ties.all() == []


def test_a_person_in_the_trash_hides_their_ties_and_emptying_it_deletes_them(
        services: Services, two: tuple[int, int]) -> None:
    anna, bjorn = two
    cecilia = services.contacts.add(name="Cecilia Åberg").id
    services.ties.add(anna, bjorn, "works with")
    services.ties.add(anna, cecilia, "knows")
    services.contacts.trash([bjorn])
    assert [view.other_name for view in services.ties.of(anna)] == ["Cecilia Åberg"]
    assert services.ties.of(bjorn) == []
    assert len(services.ties.all()) == 1
    services.contacts.restore([bjorn])
    assert [view.other_name for view in services.ties.of(anna)] == ["Björn Ek", "Cecilia Åberg"]
    services.contacts.trash([bjorn])
    services.contacts.empty_trash()
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM ties").scalar() == 1


def test_the_note_of_a_tie_is_found_by_search_for_both_people(services: Services, two: tuple[int, int]
                                                                ) -> None:
    anna, bjorn = two
    tie = services.ties.add(anna, bjorn, "knows", note="met at the hackathon")
    hits = services.search.search("hackathon")
    assert {(hit.contact_id, hit.field) for hit in hits} == {(anna, "tie_note"), (bjorn, "tie_note")}
    services.ties.edit(tie.id, note="old friends")
    assert services.search.search("hackathon") == []
    services.ties.remove(tie.id)
    assert services.search.search("friends") == []
