"""Sync against a real Radicale server through the real vdirsyncer (issue 16).

Every test gets its own address book and calendar on one server, its own encrypted database with the
example network and its own sync folder, so what each sees on the server is its own doing.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.interop.errors import ImportFormatError
from netplanner.services.facade import Services
from netplanner.services.sync import KEYRING_SERVICE, SyncConfig, SyncError, SyncService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from netplanner.storage.orm import Contact, Interaction, SyncCard
from tests.conftest import MemoryKeyring
from tests.sync.conftest import PASSWORD, USER, DavServer


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Services]:
    db = open_database(tmp_path / "sync.db", RawKey.generate(), create=True)
    services = Services(db, clock=lambda: DEMO_TODAY)
    build_demo(services)
    yield services
    db.close()


@pytest.fixture
def config(dav_server: DavServer, tmp_path: Path) -> SyncConfig:
    book, calendar = dav_server.new_collections()
    return SyncConfig(book, calendar, USER, tmp_path / "vdir")


@pytest.fixture
def synced(network: Services, config: SyncConfig, memory_keyring: MemoryKeyring) -> SyncService:
    """Set up (the password goes to the keyring) and synced once."""
    service = SyncService(network)
    service.setup(config, PASSWORD)
    assert memory_keyring.get_password(KEYRING_SERVICE, config.account) == PASSWORD
    service.run(today=DEMO_TODAY)
    return service


def server_cards(server: DavServer, config: SyncConfig) -> dict[str, tuple[str, bytes]]:
    """UID -> (file name, content) of every card on the server."""
    cards = {}
    for name, data in server.items(config.carddav_url).items():
        uid = re.search(rb"^UID:(.*?)\r?$", data, re.MULTILINE)
        assert uid is not None, data
        cards[uid.group(1).decode()] = (name, data)
    return cards


def put_card(server: DavServer, config: SyncConfig, name: str, data: bytes) -> None:
    status, body = server.request("PUT", config.carddav_url.removeprefix(server.base) + name, data,
                                  content_type="text/vcard; charset=utf-8")
    assert status in (201, 204), body


def person(services: Services, name: str) -> Contact:
    with services.db.session() as session:
        found = session.scalars(select(Contact).where(Contact.name == name)).one()
        session.expunge(found)
        return found


def test_first_sync_uploads_every_card_and_the_plan(network: Services, config: SyncConfig,
                                                    dav_server: DavServer,
                                                    memory_keyring: MemoryKeyring) -> None:
    service = SyncService(network)
    found = service.setup(config, PASSWORD)
    assert any(config.carddav_url.rstrip("/").rsplit("/", 1)[1] in line for line in found)

    summary = service.run(today=DEMO_TODAY)

    cards = server_cards(dav_server, config)
    assert len(cards) == 40 == summary.sent
    with network.db.session() as session:
        uids = set(session.scalars(select(Contact.uid)))
        learn = list(session.scalars(select(Contact.learn_from)))
    assert set(cards) == uids
    everything = b"".join(data for _name, data in cards.values())
    assert b"FN:Anna Berg" in everything
    assert not [text for text in learn if text.encode() in everything]  # private fields stay home
    events = dav_server.items(config.caldav_url)
    assert summary.touches > 0
    assert len(events) == summary.touches
    assert all(b"BEGIN:VEVENT" in data and b"netplanner-touch-" in data for data in events.values())
    assert f"{summary.touches} touches in your calendar" in summary.line()
    assert "{USER}" not in (service.dir / "config").read_text()
    assert PASSWORD not in (service.dir / "config").read_text()


def test_changes_travel_both_ways(synced: SyncService, config: SyncConfig, dav_server: DavServer) -> None:
    services = synced.services
    theirs, ours = person(services, "Anna Berg"), person(services, "Per Öberg")
    name, data = server_cards(dav_server, config)[theirs.uid]
    put_card(dav_server, config, name, re.sub(rb"TITLE:[^\r\n]*", b"TITLE:Head of Research", data))
    services.contacts.update(ours.id, title="Chief Architect", phones=["+46 70 123 45 67"])
    plan = services.planner.plan(4, DEMO_TODAY)
    skipped = next(item for week in plan.weeks for item in week.items if item.status == "planned")
    services.planner.skip(skipped.touch_id, DEMO_TODAY)
    mark = f"netplanner-touch-{skipped.touch_id}@".encode()
    assert [data for data in dav_server.items(config.caldav_url).values() if mark in data]

    summary = synced.run(today=DEMO_TODAY)

    assert person(services, "Anna Berg").title == "Head of Research"
    assert (summary.updated, summary.sent, summary.conflicts) == (1, 1, [])
    _name, card = server_cards(dav_server, config)[ours.uid]
    assert b"TITLE:Chief Architect" in card
    assert b"+46 70 123 45 67" in card
    events = dav_server.items(config.caldav_url)
    assert len(events) == summary.touches
    assert not [data for data in events.values() if mark in data]  # a skipped touch leaves the calendar
    again = synced.run(today=DEMO_TODAY)  # nothing left to do
    assert (again.updated, again.sent, again.added) == (0, 0, 0)


def test_conflict_keeps_ours_and_notes_theirs_and_a_deleted_card_trashes(
        synced: SyncService, config: SyncConfig, dav_server: DavServer) -> None:
    services = synced.services
    both, gone = person(services, "Anna Berg"), person(services, "Per Öberg")
    cards = server_cards(dav_server, config)
    name, data = cards[both.uid]
    put_card(dav_server, config, name, re.sub(rb"TITLE:[^\r\n]*", b"TITLE:Their Title", data))
    services.contacts.update(both.id, title="Our Title")
    book = config.carddav_url.removeprefix(dav_server.base)
    status, _ = dav_server.request("DELETE", book + cards[gone.uid][0])
    assert status in (200, 204)
    with services.db.session() as session:
        interactions = session.scalar(select(func.count()).where(Interaction.contact_id == gone.id))

    summary = synced.run(today=DEMO_TODAY)

    kept = person(services, "Anna Berg")
    assert kept.title == "Our Title"
    assert "The server had: title: Their Title" in kept.notes
    assert summary.conflicts == ["Anna Berg"]
    assert "1 conflict kept ours (Anna Berg)" in summary.line()
    assert b"TITLE:Our Title" in server_cards(dav_server, config)[both.uid][1]
    trashed = person(services, "Per Öberg")
    assert trashed.deleted_at is not None
    assert summary.trashed == 1
    with services.db.session() as session:  # history kept, the person only in the Trash
        assert session.scalar(select(func.count()).where(Interaction.contact_id == gone.id)) == interactions
    assert gone.uid not in server_cards(dav_server, config)
    again = synced.run(today=DEMO_TODAY)
    assert (again.conflicts, again.trashed, again.added) == ([], 0, 0)
    assert person(services, "Anna Berg").notes.count("The server had") == 1


def test_a_new_card_on_the_server_becomes_a_prospect(synced: SyncService, config: SyncConfig,
                                                     dav_server: DavServer) -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Maja Ek\r\nN:Ek;Maja;;;\r\n"
            b"ORG:Ek & Co\r\nEMAIL;TYPE=work:maja@ek.se\r\nBDAY:1990-04-01\r\nEND:VCARD\r\n")
    put_card(dav_server, config, "phone-1.vcf", card)

    summary = synced.run(today=DEMO_TODAY)

    new = person(synced.services, "Maja Ek")
    assert (new.status, new.organisation, new.emails, new.uid) == ("prospect", "Ek & Co", ["maja@ek.se"],
                                                                   "phone-1")
    assert summary.added == 1
    synced.services.contacts.update(new.id, title="Founder")
    synced.run(today=DEMO_TODAY)
    _name, data = server_cards(dav_server, config)["phone-1"]
    assert b"TITLE:Founder" in data
    assert b"BDAY:1990-04-01" in data


def test_a_wrong_password_is_one_line_and_changes_nothing(network: Services, config: SyncConfig,
                                                          memory_keyring: MemoryKeyring) -> None:
    service = SyncService(network)
    with pytest.raises(SyncError) as caught:
        service.setup(config, "wrong")
    assert str(caught.value) == f"The server refused the user name or password for {config.carddav_url}."
    assert service.config() is None
    assert memory_keyring.secrets == {}

    service.save_config(config)
    with pytest.raises(SyncError, match="refused the user name or password") as caught:
        service.run("wrong", today=DEMO_TODAY)
    assert "\n" not in str(caught.value)
    with network.db.session() as session:
        assert session.scalar(select(func.count()).select_from(SyncCard)) == 0
    assert not list(config.contacts_folder.glob("*.vcf"))


def test_an_unreachable_server_and_a_broken_card_say_why(network: Services, config: SyncConfig,
                                                         dav_server: DavServer) -> None:
    service = SyncService(network)
    dead = SyncConfig("http://127.0.0.1:9/book/", "http://127.0.0.1:9/plan/", USER, config.folder)
    service.save_config(dead)
    with pytest.raises(SyncError, match=r"Cannot reach the server at http://127\.0\.0\.1:9/"):
        service.run(PASSWORD, today=DEMO_TODAY)

    service.save_config(config)
    service.run(PASSWORD, today=DEMO_TODAY)
    broken = next(config.contacts_folder.glob("*.vcf"))
    broken.write_bytes(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Half a card\r\n")
    before = person(network, "Anna Berg")
    with pytest.raises(ImportFormatError) as caught:
        service.run(PASSWORD, today=DEMO_TODAY)
    assert str(broken) in str(caught.value)
    assert "line 1" in str(caught.value)
    assert person(network, "Anna Berg").updated_at == before.updated_at


def test_kill_9_of_vdirsyncer_mid_upload_then_sync_again(network: Services, config: SyncConfig,
                                                         dav_server: DavServer) -> None:
    service = SyncService(network)
    service.setup(config, PASSWORD, store=False)
    uploads = 0

    def kill_after_ten_uploads(line: str, process: subprocess.Popen[str]) -> None:
        nonlocal uploads
        if "uploading" in line:
            uploads += 1
            if uploads == 10:
                os.kill(process.pid, signal.SIGKILL)

    with pytest.raises(SyncError):
        service.run(PASSWORD, today=DEMO_TODAY, progress=kill_after_ten_uploads)
    assert 0 < len(server_cards(dav_server, config)) < 40  # it really stopped half way

    service.run(PASSWORD, today=DEMO_TODAY)

    cards = server_cards(dav_server, config)
    folder = {path.read_bytes() for path in config.contacts_folder.glob("*.vcf")}
    assert {data for _name, data in cards.values()} == folder
    with network.db.session() as session:
        assert set(cards) == set(session.scalars(select(Contact.uid)))
    assert len(dav_server.items(config.caldav_url)) == len(list(config.calendar_folder.glob("*.ics")))


def test_name_parts_travel_both_ways_exactly(synced: SyncService, config: SyncConfig,
                                             dav_server: DavServer) -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:evo-1\r\nFN:John Doe\r\n"
            b"N:Doe;John;Richter\\, James;Mr.;Sr.\r\nEND:VCARD\r\n")
    put_card(dav_server, config, "evo-1.vcf", card)
    services = synced.services
    anna = person(services, "Anna Berg")
    services.contacts.update(anna.id, family_names=["Berg"], given_names=["Anna", "Maria"],
                             honorific_prefixes=["Dr."])  # fmt: skip

    summary = synced.run(today=DEMO_TODAY)

    john = person(services, "John Doe")
    assert (summary.added, john.additional_names, john.honorific_suffixes) == (1, ["Richter, James"], ["Sr."])
    assert b"\r\nN:Berg;Anna,Maria;;Dr.;\r\n" in server_cards(dav_server, config)[anna.uid][1]
    services.contacts.update(john.id, title="CTO")
    synced.run(today=DEMO_TODAY)
    assert b"\r\nN:Doe;John;Richter\\, James;Mr.;Sr.\r\n" in server_cards(dav_server, config)["evo-1"][1]
    again = synced.run(today=DEMO_TODAY)
    assert (again.updated, again.sent, again.added) == (0, 0, 0)
