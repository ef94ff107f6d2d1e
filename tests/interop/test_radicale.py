"""Exports PUT one by one into a real CardDAV/CalDAV server (Radicale on loopback) and read back.

Radicale refuses a card without a UID ("VCARD object without UID") and a calendar object that holds
more than one entry, so this checks what a sync client would meet. The server runs as a subprocess with
temporary storage and no authentication; the wait for it to listen is bounded.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
import vobject

from netplanner.commands.plan import export_ics
from netplanner.interop.vcard import parse_vcards
from netplanner.services.exporting import ExportService
from netplanner.services.facade import Services

STARTUP_SECONDS = 30
ADDRESSBOOK = (
    '<?xml version="1.0" encoding="utf-8"?><mkcol xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">'
    "<set><prop><resourcetype><collection/><CR:addressbook/></resourcetype></prop></set></mkcol>"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, method: str, path: str, body: bytes = b"", content_type: str = "") -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        # With auth "none" Radicale takes any credentials: the user name makes /anna/ the user's own.
        headers = {"Authorization": "Basic " + base64.b64encode(b"anna:x").decode()}
        if content_type:
            headers["Content-Type"] = content_type
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Server]:
    pytest.importorskip("radicale", reason="the radicale package is not installed (pip install radicale)")
    port = _free_port()
    log = (tmp_path / "radicale.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}", "--auth-type", "none",
         "--rights-type", "owner_only", "--storage-filesystem-folder", str(tmp_path / "collections"),
         "--logging-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                output = (tmp_path / "radicale.log").read_text()
                pytest.fail(f"Radicale exited with {process.returncode}: {output}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Radicale did not listen on port {port} within {STARTUP_SECONDS} s")
                time.sleep(0.1)
        yield Server(port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_every_exported_card_is_accepted_by_radicale_and_comes_back_equal(
    radicale: Server, demo_services: Services
) -> None:
    status, _body = radicale.request("MKCOL", "/anna/contacts/", ADDRESSBOOK.encode(), "application/xml")
    assert status == 201, status
    cards = list(vobject.readComponents(ExportService(demo_services.db).vcard_text()))
    assert len(cards) == demo_services.contacts.count() > 20
    for number, card in enumerate(cards):
        text = card.serialize()
        status, body = radicale.request("PUT", f"/anna/contacts/{number}.vcf", text.encode(), "text/vcard")
        assert status == 201, (status, body[:200], text[:200])
        status, back = radicale.request("GET", f"/anna/contacts/{number}.vcf")
        assert status == 200
        (sent,) = parse_vcards(text.encode(), "sent.vcf")
        (got,) = parse_vcards(back, "got.vcf")
        assert got == sent


@pytest.mark.parametrize("todos", [False, True])
def test_every_exported_calendar_entry_is_accepted_by_radicale(
    radicale: Server, demo_services: Services, tmp_path: Path, todos: bool
) -> None:
    status, _body = radicale.request("MKCALENDAR", "/anna/plan/")
    assert status == 201, status
    out = tmp_path / "plan.ics"
    assert export_ics(demo_services, out, todos=todos) > 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    zones = list(calendar.walk("VTIMEZONE"))
    kind = "VTODO" if todos else "VEVENT"
    entries = list(calendar.walk(kind))
    assert entries
    for number, entry in enumerate(entries):
        single = icalendar.Calendar()
        for name in ("prodid", "version"):
            single.add(name, calendar[name])
        for zone in zones:
            single.add_component(zone)
        single.add_component(entry)
        status, body = radicale.request("PUT", f"/anna/plan/{number}.ics", single.to_ical(), "text/calendar")
        assert status == 201, (status, body[:200])
        status, back = radicale.request("GET", f"/anna/plan/{number}.ics")
        assert status == 200
        (got,) = icalendar.Calendar.from_ical(back).walk(kind)
        for name in ("uid", "summary", "description"):
            assert str(got[name]) == str(entry[name])
        assert got.decoded("dtstart") == entry.decoded("dtstart")
        assert got.decoded("due" if todos else "dtend") == entry.decoded("due" if todos else "dtend")
