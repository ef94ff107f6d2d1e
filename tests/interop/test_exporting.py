"""Export to vCard 4.0 and CSV, and import of the export: every field the formats carry comes back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from netplanner.services.exporting import CSV_COLUMNS, ExportService
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService
from netplanner.services.strength import StrengthService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

CARRIED = ("name", "organisation", "department", "title", "emails", "phones", "linkedin_url", "tags",
           "expertise", "notes", "connected_on", "uid", "working_style", "cares_about", "learn_from",
           "can_offer", "status", "knowledge_sharing", "feedback", "chemistry", "trust",
           "influence")  # fmt: skip


def _people(services: Services) -> dict[str, tuple[object, ...]]:
    out = {}
    for row in services.contacts.rows():
        contact = services.contacts.get(row.id)
        out[contact.name] = tuple(getattr(contact, f) for f in CARRIED)
    return out


def _fill(services: Services) -> None:
    services.contacts.add(
        name="Åsa Öberg", organisation="Acme, Inc.", department="R&D; Lab", title="Lead \"X\"",
        emails=["asa@acme.se", "asa@home.se"], phones=["+46 70 1", "08-123"],
        linkedin_url="https://www.linkedin.com/in/asa", tags=["mentor", "Lund"], expertise=["Rust", "ML"],
        notes="Line one,\nline two; with \\ backslash", connected_on=dt.date(2021, 4, 1),
        working_style="Direct; likes =agendas", cares_about="+ Open source", learn_from="-Rust",
        can_offer="@feedback", status="active", knowledge_sharing=5, feedback=4, chemistry=3, trust=2,
        influence=1,
    )  # fmt: skip
    services.contacts.add(name="Bo", emails=["bo@x.se"])
    gone = services.contacts.add(name="In Trash")
    services.contacts.trash([gone.id])


def test_vcard_export_then_import_round_trips(services: Services, tmp_path: Path) -> None:
    _fill(services)
    out = tmp_path / "all.vcf"
    assert ExportService(services.db).export_vcard(out) == 2
    other = open_database(tmp_path / "other.db", RawKey.generate(), create=True)
    try:
        fresh = Services(other)
        result = ImportService(other).import_file(out)
        assert (result.format, result.added) == ("vcard", 2)
        assert _people(fresh) == _people(services)
        assert ImportService(other).import_file(out).added == 0
    finally:
        other.close()
    assert ImportService(services.db).import_file(out).added == 0  # back into the same database


def test_vcard_export_of_a_selection(services: Services, tmp_path: Path) -> None:
    _fill(services)
    bo = services.contacts.find("Bo")
    text = ExportService(services.db).vcard_text([bo.id])
    assert text.count("BEGIN:VCARD") == 1
    assert "FN:Bo" in text


def test_csv_export_has_strength_due_and_balance(demo_services: Services, demo_today: dt.date,
                                                 tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "network.csv"
    count = ExportService(demo_services.db).export_csv(out, today=demo_today)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == count == demo_services.contacts.count()
    assert tuple(rows[0]) == CSV_COLUMNS
    strengths = StrengthService(demo_services.db).all(demo_today)
    by_name = {demo_services.contacts.get(i).name: s for i, s in strengths.items()}
    for row in rows:
        expected = by_name[row["name"]]
        assert int(row["strength"]) == round(expected.strength * 100)
        assert 0 <= int(row["strength"]) <= 100
        assert row["due"] == (expected.due.isoformat() if expected.due else "")
        assert float(row["balance"]) == round(expected.balance, 2)
        assert row["next_contact"] == (expected.next_contact.isoformat() if expected.next_contact else "")
        assert row["fades_on"] == (expected.crossing.isoformat() if expected.crossing else "")
    assert any(row["due"] for row in rows)
    assert any(row["next_contact"] for row in rows)
    assert any(row["fades_on"] for row in rows)


def test_csv_export_then_import_round_trips(services: Services, tmp_path: Path) -> None:
    _fill(services)
    out = tmp_path / "people.csv"
    ExportService(services.db).export_csv(out)
    other = open_database(tmp_path / "other.db", RawKey.generate(), create=True)
    try:
        result = ImportService(other).import_file(out)
        assert (result.format, result.added) == ("csv", 2)
        assert _people(Services(other)) == _people(services)
    finally:
        other.close()
