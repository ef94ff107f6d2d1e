"""Merging duplicates generically over the schema, with undo; finding likely duplicates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, Table, UniqueConstraint, select

from netplanner.services.duplicates import name_key, phone_key
from netplanner.services.facade import Services
from netplanner.services.merging import references
from netplanner.storage.orm import Base, PlannedTouch, SyncCard


def _everything(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the schema (the derived strength state aside)."""
    out = {}
    with services.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name != "strength_state":
                out[table.name] = sorted(map(tuple, conn.execute(select(table))), key=repr)
    return out


def _network(services: Services) -> tuple[int, int, int]:
    keep = services.contacts.add(name="Kim Lee", organisation="Acme", emails=["kim@acme.se"], trust=4).id
    other = services.contacts.add(name="Kim Li", emails=["kim@home.se"], phones=["555 1234"],
                                  notes="Plays go.").id
    third = services.contacts.add(name="K. Lee", title="CTO").id
    shared = services.goals.add(title="Public speaking").id
    own = services.goals.add(title="Negotiation").id
    services.goals.link(shared, keep, role="peer", relevance=1)
    services.goals.link(shared, other, role="mentor", relevance=3)
    services.goals.link(own, other, role="expert", relevance=2)
    services.interactions.log(keep, "coffee", dt.date(2026, 1, 5))
    services.interactions.log_occasion([other, third], "lunch", dt.date(2026, 2, 5))
    services.questions.add(other, "Which book?")
    services.observations.add(third, observed_on=dt.date(2026, 3, 1), trust=2, note="quiet")
    project = services.projects.add("Launch", members=[(keep, "lead"), (other, "dev"), (third, "")])
    with services.db.session() as session:
        session.add(PlannedTouch(contact_id=other, week_start=dt.date(2026, 11, 16), kind="coffee"))
        session.add(SyncCard(uid="u-other", contact_id=other, href="o.vcf", file_hash="x", fields_hash="y"))
    assert project
    return keep, other, third


def test_merge_moves_every_reference_and_one_undo_restores_all(services: Services) -> None:
    keep, other, third = _network(services)
    before = _everything(services)
    strength_before = {cid: services.strength.all(dt.date(2026, 3, 2))[cid].strength
                       for cid in (keep, other, third)}
    record = services.merging.merge(keep, [other, third], {"name": "Kim Lee", "title": "CTO",
                                                           "emails": ["kim@acme.se", "kim@home.se"]})
    after = services.contacts.get(keep)
    assert (after.name, after.title, after.emails) == ("Kim Lee", "CTO", ["kim@acme.se", "kim@home.se"])
    assert [p.id for p in services.merging.people([keep])] == [keep]
    assert services.contacts.count() == 1
    rows = services.interactions.rows()
    assert len(rows) == 3
    assert {r.contact_id for r in rows} == {keep}
    links = {(lk.goal_id, lk.role) for lk in services.goals.links()}
    assert len(links) == 2  # the second link to the shared goal was a duplicate: dropped
    assert [(m.contact_id, m.role) for m in services.projects.all()[0].members] == [(keep, "lead")]
    assert [q.contact_id for q in services.questions.for_contact(keep)] == [keep]
    assert len(services.observations.for_contact(keep)) == 2
    with services.db.session() as session:
        assert session.scalar(select(PlannedTouch.contact_id)) == keep
        assert session.scalar(select(SyncCard.contact_id)) is None  # forgotten, as deleting would
    assert services.strength.all(dt.date(2026, 3, 2))[keep].strength > strength_before[keep]
    assert services.db.integrity_problems() == []

    services.merging.unmerge(record)
    assert _everything(services) == before
    restored = services.strength.all(dt.date(2026, 3, 2))
    assert {cid: restored[cid].strength for cid in (keep, other, third)} == strength_before
    assert services.db.integrity_problems() == []


def test_merge_follows_tables_it_has_never_heard_of() -> None:
    """A table added by another part (ties between two people) is found through its foreign keys."""
    ties = Table("ties_probe", Base.metadata,
                 Column("id", Integer, primary_key=True),
                 Column("a_id", ForeignKey("contacts.id", ondelete="CASCADE")),
                 Column("b_id", ForeignKey("contacts.id", ondelete="CASCADE")),
                 UniqueConstraint("a_id", "b_id"))
    try:
        found = {table.name: sorted(c.name for c in columns) for table, columns in references()}
        assert found["ties_probe"] == ["a_id", "b_id"]
        assert found["project_members"] == ["contact_id"]
        assert "strength_state" not in found
    finally:
        Base.metadata.remove(ties)


def test_a_tie_between_the_merged_people_is_dropped_and_comes_back(services: Services) -> None:
    ties = Table("ties_probe2", Base.metadata,
                 Column("id", Integer, primary_key=True),
                 Column("a_id", ForeignKey("contacts.id", ondelete="CASCADE")),
                 Column("b_id", ForeignKey("contacts.id", ondelete="CASCADE")))
    try:
        ties.create(services.db.engine)
        keep, other, third = (services.contacts.add(name=n).id for n in ("A", "B", "C"))
        with services.db.engine.begin() as conn:
            conn.execute(ties.insert(), [{"a_id": keep, "b_id": other}, {"a_id": other, "b_id": third}])
        record = services.merging.merge(keep, [other])
        with services.db.engine.connect() as conn:
            assert [tuple(r) for r in conn.execute(select(ties.c.a_id, ties.c.b_id))] == [(keep, third)]
        services.merging.unmerge(record)
        with services.db.engine.connect() as conn:
            assert sorted(tuple(r) for r in conn.execute(select(ties.c.a_id, ties.c.b_id))) == [
                (keep, other), (other, third)]
    finally:
        Base.metadata.remove(ties)


def test_likely_duplicates_by_email_phone_and_folded_name(services: Services) -> None:
    per = services.contacts.add(name="Per Öberg", emails=["Per@Acme.se"]).id
    services.contacts.add(name="oberg per", emails=["per@acme.se"])
    services.contacts.add(name="Åsa Lind", phones=["070-123 45 67"])
    services.contacts.add(name="A. Lind", phones=["+46 70 123 45 67"])
    services.contacts.add(name="René Nilsson")
    services.contacts.add(name="Rene NILSSON")
    services.contacts.add(name="Someone Else", phones=["123"])
    found = [(p.first_name, p.second_name, p.reasons) for p in services.duplicates.find()]
    assert found == [
        ("Per Öberg", "oberg per", ("email", "name")),
        ("Åsa Lind", "A. Lind", ("phone",)),
        ("René Nilsson", "Rene NILSSON", ("name",)),
    ]
    assert services.duplicates.find()[0].first_id == per
    assert name_key("Åsa Öberg-Lind") == name_key("lind oberg asa")
    assert phone_key("0046 70 1234567") == phone_key("070-123 45 67") == "46701234567"
