"""Importing into the real encrypted database: dedupe, re-import, candidates, merge, cancel, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.records import ImportedContact
from netplanner.services.facade import Services
from netplanner.services.importing import ADD, SKIP, UNCHANGED, UPDATE, ImportService
from netplanner.storage.orm import Contact, GoalLink, Interaction, PlannedTouch, ProjectMember, Question

from .test_csv_formats import LINKEDIN


def _count(services: Services, table: type) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.fixture
def importer(services: Services) -> ImportService:
    return ImportService(services.db)


def test_every_corpus_file_imports_and_reimport_adds_nothing(
    services: Services, importer: ImportService, corpus: Path
) -> None:
    total = 0
    for path in sorted(corpus.glob("*.vcf")):
        result = importer.import_file(path)
        assert result.format == "vcard"
        total += result.added
    assert total == services.contacts.count() > 20
    for path in sorted(corpus.glob("*.vcf")):
        # Files that describe one person differently update each other, but nobody is added twice,
        # and a file imported right after itself changes nothing at all.
        assert importer.import_file(path).added == 0, path.name
        again = importer.import_file(path)
        assert (again.added, again.updated) == (0, 0), path.name
    assert services.contacts.count() == total


def test_linkedin_import_twice_is_idempotent(services: Services, importer: ImportService, tmp_path: Path
                                             ) -> None:  # fmt: skip
    path = tmp_path / "Connections.csv"
    path.write_bytes(LINKEDIN)
    first = importer.import_file(path)
    assert (first.format, first.added, first.updated, first.unchanged) == ("linkedin", 2, 0, 0)
    second = importer.import_file(path)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 2)
    anna = services.contacts.find("Anna Berg")
    assert anna.connected_on == dt.date(2024, 3, 12)
    assert (anna.source, anna.external_id) == ("linkedin", "https://www.linkedin.com/in/annaberg")


def test_same_email_linkedin_or_uid_updates_instead_of_adding(services: Services, importer: ImportService
                                                              ) -> None:  # fmt: skip
    known = services.contacts.add(name="Anna Berg", emails=["anna@acme.se"], notes="Met in Lund.")
    linked = services.contacts.add(name="Bo Ek", linkedin_url="https://linkedin.com/in/boek/")
    uid = services.contacts.add(name="Cay Oh", external_id="uid-1", source="vcard")
    result = importer.import_contacts([
        ImportedContact(name="Anna B.", organisation="Acme", emails=["ANNA@acme.se", "a@home.se"],
                        notes="Likes chess."),
        ImportedContact(name="Bo Ek", title="CTO", linkedin_url="https://www.linkedin.com/in/boek?trk=x"),
        ImportedContact(name="C. Oh", external_id="uid-1", tags=["friend"]),
    ])  # fmt: skip
    assert (result.added, result.updated) == (0, 3)
    anna = services.contacts.get(known.id)
    assert anna.name == "Anna Berg"  # the stored name is the user's
    assert anna.emails == ["anna@acme.se", "a@home.se"]
    assert anna.organisation == "Acme"
    assert anna.notes == "Met in Lund.\n\nLikes chess."
    assert services.contacts.get(linked.id).title == "CTO"
    assert services.contacts.get(uid.id).tags == ["friend"]


def test_duplicates_inside_one_file_become_one_person(services: Services, importer: ImportService) -> None:
    result = importer.import_contacts([
        ImportedContact(name="Dan Ro", emails=["dan@x.se"]),
        ImportedContact(name="Dan Ro", emails=["dan@x.se"], phones=["123"]),
    ])  # fmt: skip
    assert (result.added, result.unchanged) == (1, 1)
    (dan,) = [services.contacts.get(i) for i in result.added_ids]
    assert dan.phones == ["123"]


def test_near_matches_are_candidates_and_preview_changes_nothing(services: Services, importer: ImportService
                                                                 ) -> None:  # fmt: skip
    existing = services.contacts.add(name="Jonathan Smith", organisation="Acme AB", emails=["js@acme.se"])
    records = [
        ImportedContact(name="Jonathon Smith", organisation="ACME", emails=["jonathon@gmail.com"]),
        ImportedContact(name="Jonathan Smith", organisation="Other Corp", emails=["j@other.com"]),
        ImportedContact(name="Eva Ny", emails=["js@acme.se"], title="CEO"),
    ]
    plan = importer.preview(records)
    assert [p.action for p in plan] == [ADD, ADD, UPDATE]
    assert [c.existing_id for c in plan[0].candidates] == [existing.id]
    assert plan[1].candidates == []
    assert services.contacts.count() == 1
    result = importer.import_contacts(records)
    (candidate,) = result.candidates
    assert (candidate.existing_id, candidate.record_index) == (existing.id, 0)
    assert candidate.imported_id in result.added_ids
    assert candidate.score > 0.85


def test_merge_decision_during_import(services: Services, importer: ImportService) -> None:
    existing = services.contacts.add(name="Jonathan Smith", organisation="Acme")
    record = ImportedContact(name="Jon Smith", organisation="Acme", emails=["jon@acme.se"])
    result = importer.import_contacts([record], merge_into={0: existing.id})
    assert (result.added, result.updated) == (0, 1)
    assert services.contacts.get(existing.id).emails == ["jon@acme.se"]
    with pytest.raises(NotFoundError):
        importer.import_contacts([record], merge_into={0: 9999})


def test_trashed_people_are_left_alone(services: Services, importer: ImportService) -> None:
    gone = services.contacts.add(name="Old Friend", emails=["old@x.se"])
    services.contacts.trash([gone.id])
    plan = importer.preview([ImportedContact(name="Old Friend", emails=["old@x.se"])])
    assert plan[0].action == SKIP
    result = importer.import_contacts([ImportedContact(name="Old Friend", emails=["old@x.se"], title="X")])
    assert (result.added, result.skipped) == (0, 1)
    assert services.contacts.get(gone.id).title == ""


def test_merge_moves_interactions_links_questions_projects_and_touches(services: Services,
                                                                       importer: ImportService) -> None:
    keep = services.contacts.add(name="Kim Lee", organisation="Acme", emails=["kim@acme.se"], trust=4)
    other = services.contacts.add(name="Kim Li", organisation="Acme", emails=["kim@home.se"],
                                  phones=["555"], chemistry=5, notes="Plays go.")  # fmt: skip
    shared_goal = services.goals.add(title="Public speaking")
    own_goal = services.goals.add(title="Negotiation")
    services.goals.link(shared_goal.id, keep.id, role="peer", relevance=1)
    services.goals.link(shared_goal.id, other.id, role="mentor", relevance=3)
    services.goals.link(own_goal.id, other.id, role="expert", relevance=2)
    services.interactions.log(keep.id, "coffee", dt.date(2026, 1, 5))
    services.interactions.log(other.id, "lunch", dt.date(2026, 2, 5))
    services.interactions.log(other.id, "call", dt.date(2026, 3, 5))
    services.questions.add(keep.id, "How did you start?")
    services.questions.add(other.id, "Which book?")
    both = services.projects.add("Launch")
    only_other = services.projects.add("Migration")
    services.projects.add_member(both.id, keep.id)
    services.projects.add_member(both.id, other.id, role="lead")
    services.projects.add_member(only_other.id, other.id, role="dev")
    with services.db.session() as session:
        session.add(PlannedTouch(contact_id=other.id, week_start=dt.date(2026, 11, 16), kind="coffee"))

    importer.merge(keep.id, other.id)

    with services.db.session() as session:
        assert session.get(Contact, other.id) is None
        assert session.scalar(select(func.count()).select_from(Interaction)
                              .where(Interaction.contact_id == keep.id)) == 3  # fmt: skip
        links = {link.goal_id: (link.role, link.relevance) for link in session.scalars(select(GoalLink))}
        assert links == {shared_goal.id: ("mentor", 3), own_goal.id: ("expert", 2)}
        questions = session.scalars(select(Question).order_by(Question.position)).all()
        assert [(q.contact_id, q.text) for q in questions] == [(keep.id, "How did you start?"),
                                                               (keep.id, "Which book?")]  # fmt: skip
        members = session.execute(select(ProjectMember.project_id, ProjectMember.contact_id,
                                         ProjectMember.role)).all()  # fmt: skip
        assert sorted(members) == sorted([(both.id, keep.id, "lead"), (only_other.id, keep.id, "dev")])
        assert session.scalar(select(PlannedTouch.contact_id)) == keep.id
        kept = session.get(Contact, keep.id)
        assert kept is not None
        assert (kept.emails, kept.phones, kept.trust, kept.chemistry, kept.notes) == (
            ["kim@acme.se", "kim@home.se"], ["555"], 4, 5, "Plays go.")  # fmt: skip
    assert services.db.integrity_problems() == []
    with pytest.raises(ValidationError):
        importer.merge(keep.id, keep.id)
    with pytest.raises(NotFoundError):
        importer.merge(keep.id, other.id)


def test_cancel_rolls_back_everything(services: Services, importer: ImportService) -> None:
    services.contacts.add(name="Already Here", emails=["here@x.se"])
    records = [ImportedContact(name=f"P {i}", emails=[f"p{i}@x.se"]) for i in range(5000)]
    records.append(ImportedContact(name="Already Here", emails=["here@x.se"], title="Changed"))
    seen: list[tuple[int, int]] = []
    result = importer.import_contacts(records, progress=lambda done, total: seen.append((done, total)),
                                      cancel=lambda: len(seen) >= 2)  # fmt: skip
    assert result.cancelled
    assert seen == [(2000, 5001), (4000, 5001)]
    assert services.contacts.count() == 1
    assert services.contacts.find("Already Here").title == ""
    done = importer.import_contacts(records, progress=lambda d, t: seen.append((d, t)))
    assert (done.added, done.updated, seen[-1]) == (5000, 1, (5001, 5001))


def test_malformed_file_changes_nothing(services: Services, importer: ImportService, tmp_path: Path) -> None:
    services.contacts.add(name="Keeper")
    cut = tmp_path / "cut.vcf"
    cut.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bo\r\n")
    with pytest.raises(ImportFormatError, match=r"cut\.vcf, line 5"):
        importer.import_file(cut)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"Name,Email\nAnna,anna@x.se\nBo,\"bo@x.se\n")
    with pytest.raises(ImportFormatError, match=r"broken\.csv, line 3"):
        importer.import_file(broken)
    assert [c.name for c in services.contacts.rows()] == ["Keeper"]
    assert _count(services, Contact) == 1


def test_unchanged_count_when_nothing_new(services: Services, importer: ImportService) -> None:
    record = ImportedContact(name="Eli Sand", organisation="Org")
    assert importer.import_contacts([record]).added == 1
    plan = importer.preview([record])
    assert plan[0].action == UNCHANGED
    result = importer.import_contacts([record])
    assert (result.added, result.unchanged) == (0, 1)
    assert "0 added" in result.summary()
