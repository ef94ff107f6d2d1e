"""Structured name parts (vCard N): kept from cards and CSV name columns, written back as they came, and
kept, rebuilt or dropped when the display name is edited (issue 18)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netplanner.domain.names import NAME_PART_FIELDS, own_parts, rebuilt_parts
from netplanner.interop.csv_formats import parse_generic, parse_google, parse_outlook
from netplanner.interop.records import ImportedContact
from netplanner.interop.vcard import parse_vcards, write_vcards
from netplanner.services.exporting import ExportService
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

EVOLUTION = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:evo-1\r\nFN:John Doe\r\nN:Doe;John;Richter\\, James;Mr.;Sr.\r\n"
    "EMAIL;TYPE=WORK:john@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:rfc-1\r\nFN:Dr. John Stevenson\r\n"
    "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\nEND:VCARD\r\n"
)


def _n_lines(text: str) -> list[str]:
    return sorted(line for line in text.splitlines() if line.startswith("N:"))


def _parts(services: Services, name: str) -> list[list[str]]:
    person = services.contacts.find(name)
    return [getattr(person, field) for field in NAME_PART_FIELDS]


def test_n_goes_through_the_database_and_out_exactly_as_imported(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "evolution.vcf"
    source.write_bytes(EVOLUTION.encode())
    assert ImportService(services.db).import_file(source).added == 2
    assert _parts(services, "John Doe") == [["Doe"], ["John"], ["Richter, James"], ["Mr."], ["Sr."]]
    out = tmp_path / "out.vcf"
    ExportService(services.db).export_vcard(out)
    assert _n_lines(out.read_text(encoding="utf-8")) == [
        "N:Doe;John;Richter\\, James;Mr.;Sr.",
        "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.",
    ]
    other = open_database(tmp_path / "other.db", RawKey.generate(), create=True)
    try:  # and into another database and out again: still the same
        ImportService(other).import_file(out)
        again = tmp_path / "again.vcf"
        ExportService(other).export_vcard(again)
        assert _n_lines(again.read_text(encoding="utf-8")) == _n_lines(out.read_text(encoding="utf-8"))
    finally:
        other.close()


VALUE = st.text(alphabet=st.sampled_from(list("ab Zé王,;\\:\"'.-")), min_size=1, max_size=12).map(
    str.strip
).filter(bool)
PART = st.lists(VALUE, max_size=3)


@settings(max_examples=150, deadline=None)
@given(name=VALUE, parts=st.tuples(PART, PART, PART, PART, PART))
def test_any_n_value_round_trips_through_vcard_text(name: str, parts: tuple[list[str], ...]) -> None:
    original = ImportedContact(name=name, uid="urn:uuid:1")
    original.set_name_parts(list(parts))
    (back,) = parse_vcards(write_vcards([original]).encode("utf-8"), "n.vcf")
    assert back.name_parts() == original.name_parts() == own_parts(name, list(parts))


def test_parts_that_only_repeat_the_display_name_are_not_stored() -> None:
    (card,) = parse_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna;;;\r\nEND:VCARD\r\n")
    assert card.name_parts() == [[], [], [], [], []]
    assert "N:Berg;Anna;;;" in write_vcards([card])


def test_outlook_and_google_name_columns_become_parts() -> None:
    outlook = (
        b"Title,First Name,Middle Name,Last Name,Suffix,E-mail Address,Company,Job Title\r\n"
        b"Mr.,John,\"Richter, James\",Doe,Sr.,john@example.com,Acme,CTO\r\n"
    )
    (john,) = parse_outlook(outlook)
    assert john.name_parts() == [["Doe"], ["John"], ["Richter, James"], ["Mr."], ["Sr."]]
    google = (
        "Name,First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Labels,Organization Name\r\n"
        "Ludwig van Beethoven,Ludwig,,van Beethoven,,,* myContacts,\r\n"
        "王伟,伟,,王,,,,\r\n"
        "Dr. Jane Doe,Jane,,Doe,Dr.,PhD,,\r\n"
    ).encode()
    ludwig, wang, jane = parse_google(google)
    assert ludwig.name_parts() == [["van Beethoven"], ["Ludwig"], [], [], []]
    assert (wang.name, wang.name_parts()) == ("王伟", [[], [], [], [], []])  # 王 + 伟 is what the name says
    assert jane.name_parts() == [["Doe"], ["Jane"], [], ["Dr."], ["PhD"]]


def test_thunderbird_first_and_last_columns_become_parts() -> None:
    data = (b"First Name,Last Name,Display Name,Primary Email\r\n"
            b"Ludwig,van Beethoven,Ludwig van Beethoven,lvb@example.com\r\n")  # fmt: skip
    (ludwig,) = parse_generic(data)
    assert (ludwig.name, ludwig.name_parts()) == (
        "Ludwig van Beethoven", [["van Beethoven"], ["Ludwig"], [], [], []]
    )


def test_csv_export_has_the_parts_and_reads_them_back(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "evolution.vcf"
    source.write_bytes(EVOLUTION.encode())
    ImportService(services.db).import_file(source)
    out = tmp_path / "all.csv"
    ExportService(services.db).export_csv(out)
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    john = rows["John Doe"]
    assert [john[f] for f in NAME_PART_FIELDS] == ["Doe", "John", "Richter, James", "Mr.", "Sr."]
    assert rows["Dr. John Stevenson"]["additional_names"] == "Philip; Paul"
    other = open_database(tmp_path / "other.db", RawKey.generate(), create=True)
    try:
        ImportService(other).import_file(out)
        fresh = Services(other)
        assert _parts(fresh, "John Doe") == _parts(services, "John Doe")
        assert _parts(fresh, "Dr. John Stevenson") == _parts(services, "Dr. John Stevenson")
    finally:
        other.close()


def test_re_import_fills_parts_of_someone_who_had_none(services: Services, tmp_path: Path) -> None:
    services.contacts.add(name="John Doe", emails=["john@example.com"])
    source = tmp_path / "evolution.vcf"
    source.write_bytes(EVOLUTION.encode())
    ImportService(services.db).import_file(source)
    assert _parts(services, "John Doe")[2] == ["Richter, James"]


def test_editing_the_display_name_keeps_rebuilds_or_drops_the_parts(services: Services) -> None:
    parts = {"family_names": ["Doe"], "given_names": ["Jane"], "additional_names": ["Ann"],
             "honorific_prefixes": ["Dr."], "honorific_suffixes": ["PhD"]}  # fmt: skip
    jane = services.contacts.add(name="Dr. Jane Ann Doe PhD", **parts)
    services.contacts.update(jane.id, name="Jane Doe")  # every word still one of the parts: kept
    assert _parts(services, "Jane Doe") == [["Doe"], ["Jane"], ["Ann"], ["Dr."], ["PhD"]]
    old = services.contacts.update(jane.id, name="Dr. Jane Smith PhD")  # married: rebuilt around Dr./PhD
    assert _parts(services, "Dr. Jane Smith PhD") == [["Smith"], ["Jane"], [], ["Dr."], ["PhD"]]
    services.contacts.update(jane.id, **old)  # undo brings the old name and parts back
    assert _parts(services, "Jane Doe") == [["Doe"], ["Jane"], ["Ann"], ["Dr."], ["PhD"]]
    services.contacts.update(jane.id, name="Janet Smith")  # nothing of the parts is left: dropped
    assert _parts(services, "Janet Smith") == [[], [], [], [], []]
    services.contacts.update(jane.id, name="Jane Doe", given_names=["Jane"], family_names=["Doe"],
                             honorific_prefixes=["Ms."])  # fmt: skip
    assert _parts(services, "Jane Doe") == [["Doe"], ["Jane"], [], ["Ms."], []]  # as typed


def test_rebuilt_parts_of_a_cjk_name() -> None:
    assert rebuilt_parts("王伟", [["王"], ["伟"], [], [], []]) == [["王"], ["伟"], [], [], []]
    assert rebuilt_parts("李娜", [["王"], ["伟"], [], [], []]) == [[], [], [], [], []]


def test_merging_gives_the_kept_person_the_other_records_parts(services: Services) -> None:
    keep = services.contacts.add(name="John Doe", emails=["john@example.com"])
    other = services.contacts.add(
        name="Mr. John Doe", family_names=["Doe"], given_names=["John"], additional_names=["Richter, James"],
        honorific_prefixes=["Mr."],
    )  # fmt: skip
    ImportService(services.db).merge(keep.id, other.id)
    assert _parts(services, "John Doe") == [["Doe"], ["John"], ["Richter, James"], ["Mr."], []]
