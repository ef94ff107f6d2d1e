"""CSV dialects: LinkedIn, Google, Outlook and generic with a mapping; detection; errors; fuzzing."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplanner.interop import csv_formats as cf
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.formats import detect_format, parse_contacts

LINKEDIN = (
    "\ufeffNotes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing.'
    ' You will only see email addresses for connections who have allowed their connections to see or'
    ' download their email address using this setting https://www.linkedin.com/psettings/privacy/email."'
    "\r\n\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Anna,Berg,https://www.linkedin.com/in/annaberg,anna@acme.se,\"Acme, Inc.\",Engineer,12 Mar 2024\r\n"
    "Örjan,Ek,https://www.linkedin.com/in/orjan-ek,,Volvo Cars,\"Head of \"\"R&D\"\"\",01 May 2023\r\n"
).encode("utf-8")

GOOGLE = (
    b"First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Organization Department,"
    b"Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
    b"Phone 1 - Value,Website 1 - Label,Website 1 - Value\n"
    b"Cecilia,,Lund,Cissi,Ericsson,Architect,Radio,\"Met at a conference,\nlikes chess\","
    b"* myContacts ::: Mentors,* Work,cecilia@ericsson.com ::: cl@home.se,,,Mobile,+46 70 111 22 33,"
    b"Profile,https://www.linkedin.com/in/cecilialund\n"
)

GOOGLE_OLD = (
    b"Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    b"Organization 1 - Name,Organization 1 - Title\n"
    b"David Holm,David,Holm,* myContacts,* Work,david@holm.se,Scania,CTO\n"
)

OUTLOOK = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Phone","Mobile Phone","E-mail Address","E-mail 2 Address","Notes","Categories","Web Page"\r\n'
    '"Mr.","Erik","","Sjöström","","Saab AB","Avionics","Engineer","+46 13 18 00 00","",'
    '"erik@saab.se","","Café talk","Aviation;Mentors",""\r\n'
).encode("cp1252")

GENERIC = "Namn;Företag;E-post;Taggar\nFrida Nyström;Spotify;frida@spotify.com;design, music\n".encode()


def test_linkedin_preamble_bom_quoted_commas_and_dates() -> None:
    parsed = parse_contacts(LINKEDIN, "Connections.csv")
    assert parsed.format == "linkedin"
    anna, orjan = parsed.contacts
    assert (anna.name, anna.organisation, anna.title) == ("Anna Berg", "Acme, Inc.", "Engineer")
    assert anna.emails == ["anna@acme.se"]
    assert anna.connected_on == dt.date(2024, 3, 12)
    assert anna.linkedin_url == anna.external_id == "https://www.linkedin.com/in/annaberg"
    assert (orjan.name, orjan.title, orjan.emails) == ("Örjan Ek", 'Head of "R&D"', [])
    assert orjan.connected_on == dt.date(2023, 5, 1)
    assert anna.line == 5


def test_linkedin_dates_do_not_depend_on_the_locale() -> None:
    assert cf.parse_date("1 May 2023") == dt.date(2023, 5, 1)
    assert cf.parse_date("31-Oct-24") == dt.date(2024, 10, 31)
    assert cf.parse_date("2024-02-29") == dt.date(2024, 2, 29)
    assert cf.parse_date("") is None
    with pytest.raises(ValueError, match="x"):
        cf.parse_date("x")


def test_google_contacts_new_layout() -> None:
    parsed = parse_contacts(GOOGLE, "contacts.csv")
    assert parsed.format == "google"
    (cecilia,) = parsed.contacts
    assert (cecilia.name, cecilia.organisation, cecilia.title, cecilia.department) == (
        "Cecilia Lund", "Ericsson", "Architect", "Radio")  # fmt: skip
    assert cecilia.emails == ["cecilia@ericsson.com", "cl@home.se"]
    assert cecilia.phones == ["+46 70 111 22 33"]
    assert cecilia.tags == ["Mentors"]
    assert cecilia.notes == "Met at a conference,\nlikes chess"
    assert cecilia.linkedin_url == "https://www.linkedin.com/in/cecilialund"


def test_google_contacts_old_layout() -> None:
    parsed = parse_contacts(GOOGLE_OLD, "google.csv")
    assert parsed.format == "google"
    (david,) = parsed.contacts
    assert (david.name, david.organisation, david.title, david.emails) == (
        "David Holm", "Scania", "CTO", ["david@holm.se"])  # fmt: skip


def test_outlook_windows_1252() -> None:
    parsed = parse_contacts(OUTLOOK, "outlook.csv")
    assert parsed.format == "outlook"
    (erik,) = parsed.contacts
    assert (erik.name, erik.organisation, erik.department, erik.title) == (
        "Erik Sjöström", "Saab AB", "Avionics", "Engineer")  # fmt: skip
    assert erik.emails == ["erik@saab.se"]
    assert erik.phones == ["+46 13 18 00 00"]
    assert erik.tags == ["Aviation", "Mentors"]
    assert erik.notes == "Café talk"


def test_generic_csv_with_guessed_swedish_mapping_and_semicolons() -> None:
    parsed = parse_contacts(GENERIC, "people.csv")
    assert parsed.format == "csv"
    (frida,) = parsed.contacts
    assert (frida.name, frida.organisation, frida.emails, frida.tags) == (
        "Frida Nyström", "Spotify", ["frida@spotify.com"], ["design", "music"])  # fmt: skip


def test_generic_csv_with_explicit_mapping() -> None:
    data = b"who,where,when\nGustav Lind,Klarna,2022-01-05\n"
    with pytest.raises(ImportFormatError, match="which column holds the name"):
        parse_contacts(data, "x.csv", "csv")
    mapping = {"name": "who", "organisation": "where", "connected_on": "when"}
    (gustav,) = parse_contacts(data, "x.csv", "csv", mapping).contacts
    assert (gustav.name, gustav.organisation, gustav.connected_on) == ("Gustav Lind", "Klarna",
                                                                       dt.date(2022, 1, 5))
    with pytest.raises(ImportFormatError, match="no column called 'nope'"):
        parse_contacts(data, "x.csv", "csv", {"name": "nope"})


def test_first_and_last_name_columns_are_joined() -> None:
    data = b"First name,Surname,Email\nHanna,Falk,hanna@falk.se\n"
    (hanna,) = parse_contacts(data, "x.csv").contacts
    assert (hanna.name, hanna.emails) == ("Hanna Falk", ["hanna@falk.se"])


def test_detection_from_content_not_name() -> None:
    assert detect_format(LINKEDIN, "whatever.txt") == "linkedin"
    assert detect_format(GOOGLE, "a.vcf") == "google"
    assert detect_format(OUTLOOK, "b.csv") == "outlook"
    assert detect_format(GENERIC, "c.csv") == "csv"
    assert detect_format(b"\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "d.csv") == "vcard"


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"Name,Email\nAnna,\"anna@x.se\nBo,bo@x.se\n", 2, "never closed"),
        (b"Name,Email\nAnna,\"anna\"@x.se\n", 2, "after a closing quote"),
        (b"Name,Email\nAnna,anna@x.se\nBo,Berg,bo@x.se\n", 3, "3 fields where the header has 2"),
        (b"Name,Email\nAnna \x81\x8d,a@x.se\n", 2, "neither UTF-8 nor Windows-1252"),
        (b"First Name,Last Name,Connected On\nA,B,32 Foo 2024\n", 2, "not a date"),
        (b"\n\n", None, "empty"),
    ],
)
def test_malformed_csv_names_file_and_line(data: bytes, line: int | None, words: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_contacts(data, "bad.csv", strict=True)
    assert (caught.value.filename, caught.value.line) == ("bad.csv", line)
    assert words in str(caught.value)


def test_forcing_a_format_that_does_not_fit() -> None:
    with pytest.raises(ImportFormatError, match="no column 'first name'"):
        parse_contacts(GENERIC, "x.csv", "linkedin")
    with pytest.raises(ImportFormatError, match="no vCard in the file"):
        parse_contacts(GENERIC, "x.csv", "vcard")


def test_csv_writer_quotes_and_round_trips() -> None:
    text = cf.write_csv(["name", "notes"], [["A, B", 'say "hi"\nbye'], ["C", None]])
    table = cf.table_from_text(text, "w.csv")
    assert [cells for _line, cells in table.rows] == [["A, B", 'say "hi"\nbye'], ["C", ""]]


PIECES = [*'ab,;"\n\r\t é\x81:', " ::: ", "12 Mar 2024"]
CELL = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@pytest.mark.parametrize("fmt", [None, "linkedin", "google", "outlook", "csv"])
@settings(max_examples=120, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=5), max_size=6),
       header=st.sampled_from([b"", b"First Name,Last Name,Connected On\n", b"Name,E-mail 1 - Value\n",
                               b"First Name,E-mail Address,Job Title\n", b"name,emails\n"]))  # fmt: skip
def test_fuzzed_csv_raises_only_import_errors(fmt: str | None, rows: list[list[str]], header: bytes) -> None:
    body = "\n".join(",".join(row) for row in rows).encode("utf-8", "surrogatepass")
    for data in (header + body, header + body.replace(b"\xc2\x81", b"\x81")):
        with contextlib.suppress(ImportFormatError):
            parse_contacts(data, "fuzz.csv", fmt)
