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
from netplanner.services.importing import ADD, SHARED_EMAIL, SKIP, UNCHANGED, ImportService
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
    # Eva shares Jonathan's e-mail but not his name: a possible duplicate, never merged silently.
    assert [p.action for p in plan] == [ADD, ADD, ADD]
    assert [c.existing_id for c in plan[0].candidates] == [existing.id]
    assert plan[1].candidates == []
    assert [(c.existing_id, c.reason) for c in plan[2].candidates] == [(existing.id, SHARED_EMAIL)]
    assert services.contacts.count() == 1
    result = importer.import_contacts(records)
    similar, shared = result.candidates
    assert (similar.existing_id, similar.record_index) == (existing.id, 0)
    assert similar.imported_id in result.added_ids
    assert similar.score > 0.85
    assert (shared.existing_id, shared.record_index, shared.reason) == (existing.id, 2, SHARED_EMAIL)
    assert services.contacts.get(existing.id).title == ""


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
        importer.import_file(cut, strict=True)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"Name,Email\nAnna,anna@x.se\nBo,\"bo@x.se\n")
    with pytest.raises(ImportFormatError, match=r"broken\.csv, line 3"):
        importer.import_file(broken, strict=True)
    nothing = tmp_path / "nothing.vcf"
    nothing.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\n")
    with pytest.raises(ImportFormatError, match=r"nothing\.vcf, line 1: .*no END:VCARD"):
        importer.import_file(nothing)
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


def test_people_who_share_an_email_are_never_merged(services: Services, importer: ImportService,
                                                    tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "family.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nFN:Anna Berg\r\nTITLE:Architect\r\n"
        b"EMAIL:berg@family.se\r\nEND:VCARD\r\n"
    )
    assert importer.import_file(path).added == 1
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:erik-2\r\nFN:Erik Berg\r\nTITLE:Pilot\r\n"
        b"EMAIL:berg@family.se\r\nTEL:+46 70 2\r\nEND:VCARD\r\n"
    )
    result = importer.import_file(path)
    assert (result.added, result.updated, result.unchanged) == (1, 0, 0)
    (candidate,) = result.candidates
    assert (candidate.existing_name, candidate.name, candidate.reason) == ("Anna Berg", "Erik Berg",
                                                                           SHARED_EMAIL)  # fmt: skip
    anna = services.contacts.find("Anna Berg")
    assert (anna.title, anna.phones) == ("Architect", [])
    # The same UID is the same person whatever else changed.
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nFN:Anna Lind\r\nEMAIL:anna@lind.se\r\n"
                     b"END:VCARD\r\n")  # fmt: skip
    again = importer.import_file(path)
    assert (again.added, again.updated) == (0, 1)
    assert services.contacts.find("Anna Berg").emails == ["berg@family.se", "anna@lind.se"]


def test_imported_uid_is_kept_and_new_people_get_one(services: Services, importer: ImportService) -> None:
    result = importer.import_contacts([ImportedContact(name="Kept Uid", uid="urn:uuid:1234"),
                                       ImportedContact(name="No Uid")])  # fmt: skip
    with services.db.session() as session:
        uids = dict(session.execute(select(Contact.name, Contact.uid)).all())
    assert uids["Kept Uid"] == "urn:uuid:1234"
    assert uids["No Uid"].startswith("urn:uuid:")
    assert len(result.added_ids) == 2


def test_one_bad_card_or_row_is_left_out_and_listed(services: Services, importer: ImportService,
                                                    tmp_path: Path) -> None:  # fmt: skip
    cards = tmp_path / "mixed.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nCATEGORIES:x\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\n"
    )
    result = importer.import_file(cards)
    assert (result.added, result.left_out_count) == (1, 2)
    assert [(p.line, str(p.problem)) for p in result.left_out] == [
        (5, "a vCard with no name, e-mail or phone number"),
        (9, "the vCard that begins here has no END:VCARD (is the file cut short?)"),
    ]
    assert "2 left out" in result.summary()
    rows = ["First Name,Last Name,Email Address,Company,Position,Connected On"]
    # LinkedIn's 2019 layout: no preamble, no URL column, dates as "15 Jan, 2019".
    rows += [f'P{i},L{i},p{i}@x.se,Acme,Dev,"15 Jan, 2019"' for i in range(498)]
    rows += ['Bad,Date,bad@x.se,Acme,Dev,"32 Foo, 2019"', "Last,One,last@x.se,Acme,Dev,15 Jan 2019"]
    linkedin = tmp_path / "Connections.csv"
    linkedin.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = importer.import_file(linkedin)
    assert (result.format, result.added, result.left_out_count) == ("linkedin", 499, 1)
    assert str(result.left_out[0]) == (
        "Connections.csv, line 500: 'Connected On' is not a date: '32 Foo, 2019' (expected e.g. 12 Mar 2024)"
    )
    assert services.contacts.find("Last One").connected_on == dt.date(2019, 1, 15)
    with pytest.raises(ImportFormatError, match="line 500"):
        importer.import_file(linkedin, strict=True)


def test_streamed_import_reports_bytes_and_cancel_rolls_back(services: Services, importer: ImportService,
                                                             tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "big.csv"
    path.write_text("Name,Email\n" + "".join(f"P {i},p{i}@x.se\n" for i in range(5000)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    result = importer.import_file(path, progress=lambda d, t: seen.append((d, t)),
                                  cancel=lambda: len(seen) >= 2)  # fmt: skip
    assert result.cancelled
    assert services.contacts.count() == 0
    seen.clear()
    result = importer.import_file(path, progress=lambda d, t: seen.append((d, t)))
    assert result.added == 5000
    assert seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
