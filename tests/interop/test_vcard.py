"""vCard import of the real files in the corpus, malformed input, fuzzing, and 4.0 writing."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.interop.errors import ImportFormatError
from netplanner.interop.records import ImportedContact
from netplanner.interop.vcard import parse_vcards, write_vcards

from .conftest import CORPUS

# file -> (cards, then name, organisation and first e-mail of the first card with an e-mail or name)
EXPECTED: dict[str, tuple[int, str, str, str]] = {
    "John_Doe_ANDROID.vcf": (6, "john.doe@company.com", "", "john.doe@company.com"),
    "John_Doe_BLACK_BERRY.vcf": (1, "John Doe", "Acme Solutions", ""),
    "John_Doe_EVOLUTION.vcf": (1, "Mr. John Richter, James Doe Sr.", "IBM", "john.doe@ibm.com"),
    "John_Doe_GMAIL.vcf": (1, "Mr. John Richter, James Doe Sr.", "IBM", "john.doe@ibm.com"),
    "John_Doe_IPHONE.vcf": (1, "Mr. John Richter James Doe Sr.", "IBM", "john.doe@ibm.com"),
    "John_Doe_LOTUS_NOTES.vcf": (1, "Mr. Doe John I Johny", "IBM", "john.doe@ibm.com"),
    "John_Doe_MAC_ADDRESS_BOOK.vcf": (1, "Mr. John Richter,James Doe Sr.", "IBM", "john.doe@ibm.com"),
    "John_Doe_MS_OUTLOOK.vcf": (1, "Mr. John Richter James Doe Sr.", "IBM", "john.doe@ibm.cm"),
    "fullcontact.vcf": (1, "Prefix FirstName MiddleName LastName Suffix", "Organization1",
                        "home@example.com"),
    "gmail-list.vcf": (3, "Arnold Smith", "", "asmithk@gmail.com"),
    "gmail-single.vcf": (1, "Greg Dartmouth", "TheCompany", "gdartmouth@hotmail.com"),
    "gmail-single2.vcf": (1, "VCard Test", "TheCompany", "email@example.com"),
    "outlook-2003.vcf": (1, "John Doe III", "Company, The", "jdoe@hotmail.com"),
    "outlook-2007.vcf": (1, "Mr. Michael Angstadt Jr.", "TheCompany", "mike.angstadt@gmail.com"),
    "rfc2426-example.vcf": (2, "Frank Dawson", "Lotus Development Corporation", "Frank_Dawson@Lotus.com"),
    "rfc6350-example.vcf": (1, "Simon Perreault", "Viagenie", "simon.perreault@viagenie.ca"),
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": (1, "John Doe", "TheOrganization",
                                                              "doe.john@hotmail.com"),
}


def test_expectations_cover_every_corpus_file(corpus: Path) -> None:
    assert sorted(p.name for p in corpus.glob("*.vcf")) == sorted(EXPECTED)


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_corpus_file_imports_with_name_organisation_and_first_email(corpus: Path, filename: str) -> None:
    cards, name, organisation, email = EXPECTED[filename]
    contacts = parse_vcards((corpus / filename).read_bytes(), filename)
    assert len(contacts) == cards
    first = contacts[0]
    assert (first.name, first.organisation) == (name, organisation)
    assert (first.emails[:1] or [""])[0] == email
    assert all(c.source == "vcard" for c in contacts)


def test_quoted_printable_with_soft_breaks_and_charset(corpus: Path) -> None:
    contacts = parse_vcards((corpus / "John_Doe_ANDROID.vcf").read_bytes(), "a.vcf")
    assert contacts[3].name == " ".join(["Ñ"] * 11)
    assert contacts[4].organisation == "Ñ" * 12
    assert "Ñ Ñ" in contacts[3].notes
    assert contacts[5].organisation == "Ñ" * 44  # ends in a soft break followed by an empty line


def test_outlook_note_keeps_its_line_breaks(corpus: Path) -> None:
    (contact,) = parse_vcards((corpus / "outlook-2003.vcf").read_bytes(), "o.vcf")
    assert contact.notes.startswith("This is the note field!!\nSecond line\n\nThird line is empty")
    assert (contact.department, contact.title) == ("TheDepartment", "The Job Title")


def test_apple_grouped_email_uid_and_categories(corpus: Path) -> None:
    (iphone,) = parse_vcards((corpus / "John_Doe_IPHONE.vcf").read_bytes(), "i.vcf")
    assert iphone.emails == ["john.doe@ibm.com"]
    (evolution,) = parse_vcards((corpus / "John_Doe_EVOLUTION.vcf").read_bytes(), "e.vcf")
    assert evolution.external_id == "477343c8e6bf375a9bac1f96a5000837"
    assert evolution.tags == ["VIP"]
    assert evolution.phones[0] == "905-666-1234"  # a folded value


def test_bom_crlf_folding_and_windows_1252() -> None:
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Öberg\r\nORG:Bolaget\r\n  AB\r\nNOTE:caf\u00e9\r\n"
            "END:VCARD\r\n")  # fmt: skip
    for data in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("cp1252")):
        (contact,) = parse_vcards(data, "x.vcf")
        assert (contact.name, contact.organisation, contact.notes) == ("Åsa Öberg", "Bolaget AB", "café")


def test_nested_agent_card_is_skipped() -> None:
    data = (b"BEGIN:VCARD\nVERSION:2.1\nN:Boss;Big\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Helper\n"
            b"END:VCARD\nEMAIL:big@boss.com\nEND:VCARD\n")  # fmt: skip
    (contact,) = parse_vcards(data, "agent.vcf")
    assert (contact.name, contact.emails) == ("Big Boss", ["big@boss.com"])


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nEMAIL:a@b.c\n", 1, "no END:VCARD"),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n", 5, "no END:VCARD"),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nthis is no property\nEND:VCARD\n", 4, "not a vCard property"),
        (b"BEGIN:VCARD\nFN:A\xff\x81\nEND:VCARD\n", 2, "neither UTF-8 nor Windows-1252"),
        (b"hello\nBEGIN:VCARD\nFN:A\nEND:VCARD\n", 1, "outside a vCard"),
        (b"", None, "no vCard"),
    ],
)
def test_malformed_vcards_name_file_and_line(data: bytes, line: int | None, words: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_vcards(data, "broken.vcf", strict=True)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith("broken.vcf" + (f", line {line}:" if line else ":"))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_fuzzed_bytes_raise_only_import_errors(data: bytes) -> None:
    with contextlib.suppress(ImportFormatError):
        parse_vcards(data, "fuzz.vcf")


LINE = st.sampled_from(
    ["FN:A", "N:B;C;;;", "ORG:X;Y", "EMAIL;TYPE=pref:a@b.c", "NOTE;ENCODING=QUOTED-PRINTABLE:a=", "=0D=0A",
     "PHOTO;ENCODING=b:AAAA", " folded", "item1.EMAIL:x@y.z", "TEL;VALUE=uri:tel:+46", "VERSION:2.1",
     "BEGIN:VCARD", "END:VCARD", "CATEGORIES:a\\,b,c", "", "X-Y;Z=\"q:r\":s", ":", ";;", "UID:1"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINE, st.text(max_size=20)), max_size=25))
def test_fuzzed_vcard_shaped_lines_raise_only_import_errors(lines: list[str]) -> None:
    data = "\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]).encode("utf-8", "surrogatepass")
    with contextlib.suppress(ImportFormatError):
        parse_vcards(data, "fuzz.vcf")


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1, max_size=30,
).map(str.strip).filter(bool)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    name=TEXT, organisation=TEXT, department=TEXT, title=TEXT,
    tags=st.lists(TEXT, max_size=3, unique_by=str.casefold),
    expertise=st.lists(TEXT, max_size=3, unique_by=str.casefold),
    notes=st.text(alphabet="ab ,;:\\\nåé\"", max_size=40).map(str.strip),
)  # fmt: skip
def test_write_then_read_round_trips_every_field(
    name: str, organisation: str, department: str, title: str, tags: list[str], expertise: list[str],
    notes: str,
) -> None:  # fmt: skip
    original = ImportedContact(
        name=name, organisation=organisation, department=department, title=title,
        emails=["a@example.com", "b@example.org"], phones=["+46 70 123 45 67"],
        linkedin_url="https://www.linkedin.com/in/someone", tags=tags, expertise=expertise, notes=notes,
        external_id="urn:uuid:4f0c", source="vcard", connected_on=dt.date(2024, 3, 12), line=1,
        uid="urn:uuid:4f0c", working_style=notes, cares_about=title, learn_from=department, can_offer=name,
        status="active", knowledge_sharing=5, feedback=1, chemistry=3, trust=4, influence=2,
    )  # fmt: skip
    (back,) = parse_vcards(write_vcards([original]).encode("utf-8"), "round.vcf")
    assert back == original


def test_written_cards_are_vcard_4() -> None:
    text = write_vcards([ImportedContact(name="Anna Berg", emails=["anna@example.com"])])
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "FN:Anna Berg\r\n" in text


def test_corpus_path_constant_points_at_shared_folder() -> None:
    assert CORPUS.name == "vcard"
