"""What real files from other software do: cards and rows that break only themselves, headers of
Thunderbird, Outlook (English and Swedish) and Google, CJK names, safe CSV, lossless export."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
import vobject

from netplanner.interop import csv_formats as cf
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.formats import parse_contacts
from netplanner.interop.records import ImportedContact
from netplanner.interop.vcard import parse_vcards, write_vcards
from netplanner.services.exporting import ExportService
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService


def test_utf8_character_cut_by_a_fold_is_read_whole() -> None:
    # ownCloud folds at 75 octets, splitting "ö" (c3 b6) across the fold (RFC 6350 3.2 allows it).
    name = "Björn Öberg-Åkesson".encode()
    cut = name.index("Ö".encode()) + 1
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name[:cut] + b"\r\n " + name[cut:]
            + b"\r\nEND:VCARD\r\n")  # fmt: skip
    (contact,) = parse_vcards(data, "owncloud.vcf")
    assert contact.name == "Björn Öberg-Åkesson"


def test_bare_fn_and_kde_messaging_lines_cost_only_themselves() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\nN:Doe;John;;;\r\nX-messaging/aim-All:johnaim\r\n"
        b"X-messaging/xmpp-All:john@jabber.org\r\nX-EVOLUTION-FILE-AS:Doe, John\r\n"
        b"EMAIL;TYPE=work:john@example.com\r\nEND:VCARD\r\n"
    )
    parsed = parse_contacts(data, "evolution.vcf")
    (john,) = parsed.contacts
    assert (john.name, john.emails) == ("John Doe", ["john@example.com"])
    assert [(p.line, "no ':'" in str(p)) for p in parsed.ignored] == [(3, True)]
    with pytest.raises(ImportFormatError, match=r"evolution\.vcf, line 3: this line is not a vCard property"):
        parse_contacts(data, "evolution.vcf", strict=True)


@pytest.mark.parametrize("charset", ["x-unknown", "idna", "base64"])
def test_quoted_printable_in_an_unknown_charset_is_one_line(charset: str) -> None:
    data = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Anna\r\nNOTE;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:"
            "Hall=C3=A5\r\nEND:VCARD\r\n").encode()  # fmt: skip
    with pytest.raises(ImportFormatError) as caught:
        parse_vcards(data, "odd.vcf", strict=True)
    assert str(caught.value) == f"odd.vcf, line 4: unknown character set '{charset}'"
    (anna,) = parse_vcards(data, "odd.vcf")  # without --strict: the card comes in without that line
    assert (anna.name, anna.notes) == ("Anna Berg", "")


def _qp_card(breaks: int) -> bytes:
    body = "=\r\n".join(["=C3=A5bc" * 8] * breaks)
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Q\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{body}\r\nEND:VCARD\r\n"
    return card.encode()


def _cpu_time(data: bytes) -> float:
    start = time.process_time()  # CPU time: other processes on the machine do not count
    parse_vcards(data, "qp.vcf")
    return time.process_time() - start


def test_quoted_printable_unfolding_is_linear() -> None:
    small, large = _qp_card(10_000), _qp_card(80_000)
    (card,) = parse_vcards(large, "qp.vcf")
    assert len(card.notes) == 80_000 * 8 * 3
    # Eight times the soft line breaks take at most about eight times as long (each doubling at most
    # roughly doubles the time). The quadratic `value[:-1] + following` took 110 times as long here
    # (0.25 s and 27 s), and 299 s for a 7 MB card.
    times: dict[bytes, list[float]] = {small: [], large: []}
    for _ in range(5):  # interleaved, so that both sizes meet the same load; the best of each counts
        for data in (small, large):
            times[data].append(_cpu_time(data))
    assert min(times[large]) < 14 * min(times[small])


THUNDERBIRD = (
    b"First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,"
    b"Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Job Title,Department,Organization,"
    b"Web Page 1,Web Page 2,Birth Year,Notes\r\n"
    b"Karin,Ek,Karin Ek,,karin@ek.se,k.ek@home.se,,+46 8 1,,,,+46 70 2,Storgatan 1,Chef,IT,Ek AB,"
    b"https://www.linkedin.com/in/karinek,,1980,Fika\r\n"
)

OUTLOOK_SV = (
    '"Tilltal";"Förnamn";"Mellannamn";"Efternamn";"Företag";"Avdelning";"Befattning";"Mobiltelefon";'
    '"Telefon, arbete";"E-postadress";"E-postadress 2";"Anteckningar";"Kategorier";"Födelsedag"\r\n'
    '"";"Lars";"";"Öst";"Saab";"Radar";"Ingenjör";"070-111";"013-18";"lars@saab.se";"lo@hem.se";'
    '"Rad ett\r\nrad två";"Mentor";""\r\n'
).encode("cp1252")


def test_thunderbird_columns_are_recognised_and_the_rest_named() -> None:
    parsed = parse_contacts(THUNDERBIRD, "thunderbird.csv")
    (karin,) = parsed.contacts
    assert karin.name == "Karin Ek"
    assert karin.emails == ["karin@ek.se", "k.ek@home.se"]
    assert sorted(karin.phones) == ["+46 70 2", "+46 8 1"]
    assert karin.linkedin_url == "https://www.linkedin.com/in/karinek"
    assert (karin.organisation, karin.department, karin.title, karin.notes) == ("Ek AB", "IT", "Chef", "Fika")
    assert set(parsed.unmapped) >= {"Home Address", "Birth Year", "Fax Number"}
    assert "Primary Email" not in parsed.unmapped


def test_swedish_outlook_is_read_as_outlook() -> None:
    parsed = parse_contacts(OUTLOOK_SV, "kontakter.csv")
    assert parsed.format == "outlook"
    (lars,) = parsed.contacts
    assert (lars.name, lars.organisation, lars.department, lars.title) == ("Lars Öst", "Saab", "Radar",
                                                                           "Ingenjör")  # fmt: skip
    assert lars.emails == ["lars@saab.se", "lo@hem.se"]
    assert lars.phones == ["070-111", "013-18"]
    assert lars.notes == "Rad ett\nrad två"
    assert lars.tags == ["Mentor"]
    assert "Födelsedag" in parsed.unmapped


def test_google_chinese_names_keep_family_name_first() -> None:
    data = ("First Name,Middle Name,Last Name,E-mail 1 - Value\n伟,,王,wei@example.cn\n"
            "Anna,,Berg,anna@example.se\n").encode()  # fmt: skip
    wang, anna = parse_contacts(data, "google.csv").contacts
    assert (wang.name, anna.name) == ("王伟", "Anna Berg")
    card = vobject.readOne(write_vcards([wang]))
    assert (card.n.value.family, card.n.value.given) == ("王", "伟")


def test_cjk_names_from_n_and_linkedin_keep_family_name_first() -> None:
    (card,) = parse_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:王;伟;;;\r\nEND:VCARD\r\n".encode(), "n.vcf")
    assert card.name == "王伟"
    data = "First Name,Last Name,Connected On\n伟,王,15 Jan 2019\nAnna,Berg,15 Jan 2019\n".encode()
    wang, anna = parse_contacts(data, "Connections.csv").contacts
    assert (wang.name, anna.name) == ("王伟", "Anna Berg")


def test_structured_name_of_family_first_display_names() -> None:
    card = vobject.readOne(write_vcards([ImportedContact(name="Doe, Jane")]))
    assert (card.n.value.family, card.n.value.given) == ("Doe", "Jane")


def test_neutralise_follows_owasp() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert cf.neutralise(f"{start}1+1") == f"'{start}1+1"
        assert cf.unquote_formula(f"'{start}1+1") == f"{start}1+1"
    assert cf.neutralise("Anna") == "Anna"
    assert cf.unquote_formula("'quoted'") == "'quoted'"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_start_like_formulas_are_neutralised(services: Services, tmp_path: Path,
                                                            start: str) -> None:  # fmt: skip
    name = f'{start}HYPERLINK("http://evil.example","click")'
    services.contacts.add(name="Mallory", title=name, phones=["+46 70 1"])
    out = tmp_path / "out.csv"
    ExportService(services.db).export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["title"] == "'" + name
    assert rows[0]["phones"] == "'+46 70 1"
    assert rows[0]["strength"].lstrip("-").replace(".", "").isdigit()  # numbers are left as they are
    (back,) = parse_contacts(out.read_bytes(), "out.csv").contacts
    assert (back.title, back.phones) == (name.strip(), ["+46 70 1"])


def test_csv_for_swedish_excel_uses_semicolons_and_a_bom(services: Services, tmp_path: Path) -> None:
    services.contacts.add(name="Åsa Nyström", organisation="Volvo, Cars", notes="a;b")
    out = tmp_path / "excel.csv"
    ExportService(services.db).export_csv(out, variant="csv-excel-sv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname;organisation;")
    other = ImportService(services.db)
    result = other.import_file(out)
    assert (result.format, result.added, result.unchanged) == ("csv", 0, 1)


def test_outlook_crlf_note_is_not_added_twice_on_reimport_of_our_vcard(services: Services,
                                                                         tmp_path: Path) -> None:  # fmt: skip
    source = tmp_path / "kontakter.csv"
    source.write_bytes(OUTLOOK_SV)
    importer = ImportService(services.db)
    importer.import_file(source)
    out = tmp_path / "back.vcf"
    ExportService(services.db).export_vcard(out)
    result = importer.import_file(out)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert services.contacts.find("Lars Öst").notes == "Rad ett\nrad två"


def test_plain_cards_put_netplanner_fields_in_the_note(services: Services) -> None:
    services.contacts.add(name="Eva Ek", working_style="Slow mornings", trust=4)
    text = ExportService(services.db).vcard_text(plain=True)
    assert "X-NETPLANNER" not in text
    note = vobject.readOne(text).note.value
    assert "Working style: Slow mornings" in note
    assert "Trust: 4" in note


def test_every_exported_card_parses_and_carries_a_uid(demo_services: Services) -> None:
    text = ExportService(demo_services.db).vcard_text()
    cards = list(vobject.readComponents(text))
    assert len(cards) == demo_services.contacts.count() > 20
    uids = [card.uid.value for card in cards]
    assert all(uids)
    assert len(set(uids)) == len(uids)
    header = next(csv.reader(io.StringIO(ExportService(demo_services.db).csv_text()[0])))
    assert "uid" in header


def test_cf_parse_date_takes_every_linkedin_layout() -> None:
    import datetime as dt

    for text in ("15 Jan 2019", "15 Jan, 2019", "2019-01-15", "15-Jan-19", "15 January 2019"):
        assert cf.parse_date(text) == dt.date(2019, 1, 15), text
    for text in ("Jan 2019", "32 Jan 2019", "soon"):
        with pytest.raises(ValueError, match=r"."):
            cf.parse_date(text)


def test_a_field_over_the_csv_limit_is_named_as_too_long_with_its_line(tmp_path: Path) -> None:
    """Issue 20: a 140,000-character cell was reported as "CSV quoting is broken"."""
    from netplanner.services.importing import ImportService

    path = tmp_path / "long.csv"
    long_cell = '"' + "x" * 140_000 + '"'
    path.write_text(f"Name,Email\nAnna Berg,anna@example.org\nLong,{long_cell}\n", encoding="utf-8")
    parsed = ImportService.read_file(path, "csv")
    assert [c.name for c in parsed.contacts] == ["Anna Berg"]
    assert [str(s) for s in parsed.skipped] == [
        "long.csv, line 3: a value longer than 131,072 characters (the line may lack a closing quote)"
    ]
