"""CSV in and out: LinkedIn Connections.csv, Google Contacts, Outlook, and any CSV with a column mapping.

Every reader goes through a `CsvTable`: the file is decoded (BOM, UTF-8, Windows-1252; checked chunk by
chunk, so a file of any size is read in little memory), the delimiter is found (comma, semicolon as
Swedish Outlook writes, or tab), LinkedIn's "Notes:" preamble is skipped, and the rows come one by one.
A row that cannot be read (broken quoting, too many fields, a date that is no date) is reported as a
RecordSkippedError naming the line, and the rows after it are still read. Dates go through dateutil
(English month names whatever the locale): "12 Mar 2024", "15 Jan, 2019", "12-Mar-24", ISO.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from dateutil import parser as date_parser

from netplanner.domain.names import NAME_PART_FIELDS, has_parts
from netplanner.interop.encoding import decode_file, sniff_encoding
from netplanner.interop.errors import ImportFormatError, Problem, RecordSkippedError
from netplanner.interop.records import (
    PRIVATE_TEXT_FIELDS,
    RATING_FIELDS,
    ImportedContact,
    clean_emails,
    clip,
    display_name,
    is_linkedin,
    normalise_newlines,
    rating,
    status,
    unique,
)

LINKEDIN, GOOGLE, OUTLOOK, GENERIC = "linkedin", "google", "outlook", "csv"
DELIMITERS = (",", ";", "\t")
SAMPLE_CHARS = 65536
#: OWASP's CSV injection rule: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: What a generic CSV column can be mapped to.
MAPPABLE_FIELDS: tuple[str, ...] = (
    "name", "first_name", "last_name", "organisation", "department", "title", "emails", "phones",
    "linkedin_url", "tags", "expertise", "notes", "connected_on", "external_id", "uid",
    *PRIVATE_TEXT_FIELDS, "status", *RATING_FIELDS, *NAME_PART_FIELDS[2:],
)  # fmt: skip
#: The columns NetPlanner's own CSV export started with (lists in it are always split at ";").
OWN_PREFIX: tuple[str, ...] = (
    "name", "organisation", "department", "title", "emails", "phones", "linkedin_url", "tags",
    "expertise", "notes", "connected_on", "external_id",
)  # fmt: skip
#: All the columns of NetPlanner's own export that an import reads back (export + import is lossless).
NETPLANNER_COLUMNS: tuple[str, ...] = (*OWN_PREFIX, "uid", *PRIVATE_TEXT_FIELDS, "status", *RATING_FIELDS,
                                       *NAME_PART_FIELDS)  # fmt: skip
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "displayname", "contact", "person", "namn", "visningsnamn", "fileas"),
    "first_name": ("firstname", "givenname", "givennames", "fornamn", "förnamn", "first"),
    "last_name": ("lastname", "surname", "familyname", "familynames", "efternamn", "last"),
    "organisation": ("organisation", "organization", "company", "employer", "org", "företag", "foretag",
                     "organisationsnamn", "organizationname"),
    "department": ("department", "dept", "avdelning"),
    "title": ("title", "jobtitle", "position", "role", "befattning", "titel", "yrkestitel"),
    "emails": ("emails", "email", "emailaddress", "mail", "epost", "epostadress", "primaryemail",
               "email1", "emailaddress1", "email1value"),
    "phones": ("phones", "phone", "telephone", "mobile", "tel", "telefon", "mobil", "phonenumber",
               "mobilenumber", "mobilephone", "mobiltelefon", "workphone", "cellphone", "phone1value"),
    "linkedin_url": ("linkedinurl", "linkedin", "linkedinprofile", "url", "profile", "profileurl",
                     "webpage1", "webpage", "webbsida", "website", "homepage"),
    "tags": ("tags", "labels", "categories", "groups", "taggar", "kategorier"),
    "expertise": ("expertise", "skills", "kompetens"),
    "notes": ("notes", "note", "comments", "anteckningar"),
    "connected_on": ("connectedon", "connected", "since"),
    "external_id": ("externalid", "id"),
    "uid": ("uid",),
    "working_style": ("workingstyle",),
    "cares_about": ("caresabout",),
    "learn_from": ("learnfrom",),
    "can_offer": ("canoffer",),
    "status": ("status",),
    **{name: (name.replace("_", ""),) for name in RATING_FIELDS},
    # The name parts: first_name and last_name take NetPlanner's own given_names and family_names.
    "additional_names": ("additionalnames", "middlename", "middlenames", "additionalname", "mellannamn"),
    "honorific_prefixes": ("honorificprefixes", "prefix", "nameprefix", "honorificprefix"),
    "honorific_suffixes": ("honorificsuffixes", "suffix", "namesuffix", "honorificsuffix"),
}  # fmt: skip
#: Further columns read into a list field besides the one mapped to it (Thunderbird, Outlook, Apple).
EXTRA_LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "emails": ("secondaryemail", "email2", "emailaddress2", "email2address", "email3address", "epost2",
               "epostadress2", "epost2adress", "epost3adress", "workemail", "homeemail", "otheremail",
               "email2value", "email3value"),
    "phones": ("workphone", "homephone", "mobilenumber", "mobilephone", "businessphone", "cellphone",
               "mobiltelefon", "telefonarbete", "arbetstelefon", "telefonbostad", "hemtelefon", "mobil",
               "iphone", "mainphone", "phone2value", "phone3value", "otherphone", "pagernumber"),
    "linkedin_url": ("webpage1", "webpage2", "webpage", "webbsida", "website", "homepage", "url",
                     "website1value", "website2value"),
}  # fmt: skip
#: Swedish Outlook's column names, read as the English ones.
OUTLOOK_SWEDISH: dict[str, str] = {
    "tilltal": "title", "förnamn": "first name", "mellannamn": "middle name", "efternamn": "last name",
    "företag": "company", "avdelning": "department", "befattning": "job title",
    "e-postadress": "e-mail address", "e-post 2 adress": "e-mail 2 address",
    "e-postadress 2": "e-mail 2 address", "e-post 3 adress": "e-mail 3 address",
    "e-postadress 3": "e-mail 3 address", "mobiltelefon": "mobile phone",
    "telefon, arbete": "business phone", "telefon arbete": "business phone",
    "arbetstelefon": "business phone",
    "telefon 2, arbete": "business phone 2", "telefon, bostad": "home phone", "telefon bostad": "home phone",
    "hemtelefon": "home phone", "primär telefon": "primary phone", "annan telefon": "other phone",
    "anteckningar": "notes", "kategorier": "categories", "webbsida": "web page", "webbplats": "web page",
}  # fmt: skip


@dataclass
class CsvTable:
    """The header of a CSV file and its data rows, read lazily, each with the line it starts on (or a
    RecordSkippedError for a row that cannot be read)."""

    header: list[str]
    rows: Iterable[tuple[int, list[str]] | RecordSkippedError]
    delimiter: str
    header_line: int
    #: Columns whose values no field takes (filled in by the dialect's reader).
    unmapped: list[str] = field(default_factory=list)


# --- reading the table -------------------------------------------------------------------------


def read_table(data: bytes, filename: str) -> CsvTable:
    text = decode_file(data, filename)
    return table_from_stream(io.StringIO(text, newline=""), filename, sniff_delimiter(text))


def open_table(stream: BinaryIO, filename: str) -> tuple[CsvTable, TextIO]:
    """The table of a binary file, streamed: only a sample and one row are in memory at a time.
    The text stream is returned too, for the caller to close."""
    encoding = sniff_encoding(stream, filename)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    sample = text.read(SAMPLE_CHARS)
    text.seek(0)
    try:
        return table_from_stream(text, filename, sniff_delimiter(sample)), text
    except BaseException:
        text.close()
        raise


def sniff_delimiter(text: str) -> str:
    """The delimiter most frequent outside quotes on any of the first lines (comma when none is)."""
    best, best_count = ",", 0
    for line in text[:SAMPLE_CHARS].splitlines()[:10]:
        outside = re.sub(r'"[^"]*"', "", line)
        for delimiter in DELIMITERS:
            if outside.count(delimiter) > best_count:
                best, best_count = delimiter, outside.count(delimiter)
    return best


def table_from_text(text: str, filename: str, delimiter: str = ",") -> CsvTable:
    return table_from_stream(io.StringIO(text, newline=""), filename, delimiter)


def table_from_stream(stream: TextIO, filename: str, delimiter: str = ",") -> CsvTable:
    """The header is read now (a file without one is refused); the rows are read as they are asked for."""
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 0
    in_preamble = False
    while header is None:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            raise ImportFormatError(
                filename, None, "the file is empty: no header row with column names"
            ) from None
        except csv.Error as exc:
            template, params = _quoting_problem(str(exc))
            raise ImportFormatError(filename, start, template, **params) from None
        if not any(cell.strip() for cell in row):
            continue
        in_preamble = _is_preamble(row, in_preamble)
        if not in_preamble:
            header = [cell.strip().lstrip("\ufeff") for cell in row]
            header_line = start
    return CsvTable(header, _rows(reader, header, filename), delimiter, header_line)


def _rows(
    reader: Iterator[list[str]], header: list[str], filename: str
) -> Iterator[tuple[int, list[str]] | RecordSkippedError]:
    width = len(header)
    while True:
        start = reader.line_num + 1  # type: ignore[attr-defined]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            template, params = _quoting_problem(str(exc))
            yield RecordSkippedError(filename, start, template, **params)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width:
            if any(cell.strip() for cell in row[width:]):
                yield RecordSkippedError(
                    filename, start,
                    "{fields} fields where the header has {columns} "
                    "(a value with a comma that is not in quotes?)",
                    fields=len(row), columns=width,
                )
                continue
            row = row[:width]
        elif len(row) < width:
            row += [""] * (width - len(row))
        yield start, row


def _is_preamble(row: list[str], after_preamble: bool) -> bool:
    """LinkedIn puts "Notes:" and a quoted explanation above the header; both are one-cell rows."""
    cells = [cell.strip() for cell in row if cell.strip()]
    return len(cells) == 1 and (after_preamble or cells[0].endswith(":"))


def _quoting_problem(message: str) -> tuple[str, dict[str, object]]:
    """The template and parameters of a csv.Error in words a user can act on."""
    if "unexpected end of data" in message or "EOF" in message:
        return "a quoted value that is never closed (a missing '\"')", {}
    if "expected" in message and "after" in message:
        return "text right after a closing quote (a '\"' inside a value that is not doubled?)", {}
    if "field larger than field limit" in message:
        return "a value longer than {limit} characters (the line may lack a closing quote)", {
            "limit": f"{csv.field_size_limit():,}"
        }
    return "the CSV quoting is broken ({message})", {"message": message}


# --- values --------------------------------------------------------------------------------------

_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}


@functools.lru_cache(maxsize=16384)  # a big file repeats its dates; dateutil costs 0.25 ms a parse
def parse_date(value: str) -> dt.date | None:
    """Any date LinkedIn has written ('12 Mar 2024', '15 Jan, 2019', '12-Mar-24') or ISO; empty gives
    None; anything else, or a date without a day or year, raises ValueError."""
    value = value.strip()
    if not value:
        return None
    number, _space, rest = value.partition(" ")  # LinkedIn's own "12 Mar 2024", without dateutil
    month, _space, year = rest.partition(" ")
    if number.isdigit() and year.isdigit() and len(year) == 4 and month.lower() in _MONTHS:
        try:
            return dt.date(int(year), _MONTHS[month.lower()], int(number))
        except ValueError:
            pass  # dateutil has the last word
    try:
        return dt.date.fromisoformat(value)  # before dateutil, whose dayfirst would read 2022-01-05 as May
    except ValueError:
        pass
    try:
        # Parsed with two different defaults: a part missing from the text shows as a difference.
        first, second = (date_parser.parse(value, default=d, dayfirst=True) for d in _DEFAULTS)
    except (date_parser.ParserError, OverflowError, TypeError) as exc:
        raise ValueError(value) from exc
    if first != second:
        raise ValueError(value)
    day: dt.date = first.date()
    return day


def _date_in_row(value: str, filename: str, line: int, column: str) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise RecordSkippedError(
            filename, line, "'{column}' is not a date: '{value}' (expected e.g. 12 Mar 2024)",
            column=column, value=value[:40],
        ) from None


def _split_multi(value: str, separators: str = ";") -> list[str]:
    if " ::: " in value:  # Google puts several values in one cell this way
        return [part.strip() for part in value.split(" ::: ")]
    return [part.strip() for part in re.split(f"[{re.escape(separators)}]", value)]


def _list_cell(value: str, separator: str | None = None) -> list[str]:
    return unique(_split_multi(value, separator or (";" if ";" in value else ",")))


def _with_parts(contact: ImportedContact, family: str, given: str, additional: str = "", prefix: str = "",
                suffix: str = "") -> ImportedContact:  # fmt: skip
    """The contact with the name parts of its row's name columns (one value each), if it has any."""
    usual = contact.name == f"{given} {family}" and family.isalpha() and "," not in given
    if usual and not (additional or prefix or suffix):
        return contact  # the usual first + last: what the display name says already (and fast)
    values = (family, given, additional, prefix, suffix)
    parts = [[value.strip()] if value.strip() else [] for value in values]
    if has_parts(parts):
        contact.set_name_parts(parts)
    return contact


def _join_name(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


def _normalise(header: str) -> str:
    return re.sub(r"[^0-9a-zåäö]", "", header.casefold())


def unquote_formula(value: str) -> str:
    """Undo the export's formula neutralisation: "'=x" was written for "=x"."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_START and value[1:2] else value


# --- the dialects ----------------------------------------------------------------------------------

Item = ImportedContact | Problem


class _Row:
    """Access to one row's cells by column name (missing columns read as empty)."""

    __slots__ = ("cells", "index")

    def __init__(self, index: Mapping[str, int], cells: Sequence[str]) -> None:
        self.index = index
        self.cells = cells

    def __getitem__(self, column: str) -> str:
        position = self.index.get(column)
        return self.cells[position].strip() if position is not None else ""


def _column_index(header: Sequence[str], aliases: Mapping[str, str] | None = None) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, column in enumerate(header):
        name = column.strip().lower()
        index.setdefault((aliases or {}).get(name, name), position)
    return index


def _contacts(
    table: CsvTable,
    filename: str,
    make: Callable[[_Row, int], ImportedContact | None],
    read: Iterable[str],
    aliases: Mapping[str, str] | None = None,
) -> Iterator[Item]:
    """The rows through `make`; the columns nobody reads are noted in the table now, before any row."""
    index = _column_index(table.header, aliases)
    used = {index[c] for c in read if c in index}
    table.unmapped = [c for i, c in enumerate(table.header) if i not in used and c.strip()]
    return _made(table, filename, make, index)


def _made(
    table: CsvTable, filename: str, make: Callable[[_Row, int], ImportedContact | None], index: dict[str, int]
) -> Iterator[Item]:
    for item in table.rows:
        if isinstance(item, RecordSkippedError):
            yield item
            continue
        line, cells = item
        try:
            contact = make(_Row(index, cells), line)
        except RecordSkippedError as exc:
            yield exc
            continue
        if contact is None:
            yield RecordSkippedError(filename, line, "a row with no name, e-mail or profile URL")
        else:
            yield contact


LINKEDIN_COLUMNS = ("first name", "last name", "url", "profile url", "email address", "company", "position",
                    "connected on")  # fmt: skip


def iter_linkedin(table: CsvTable, filename: str) -> Iterator[Item]:
    _require(table, filename, ("first name", "last name"), "a LinkedIn Connections.csv")

    def make(row: _Row, line: int) -> ImportedContact | None:
        name = display_name(row["first name"], "", row["last name"])
        url = row["url"] or row["profile url"]
        emails = clean_emails([row["email address"]])
        if not name:
            if not (url or emails):
                return None
            name = emails[0] if emails else url
        contact = ImportedContact(
            name=clip(name),
            organisation=clip(row["company"]),
            title=clip(row["position"]),
            emails=emails,
            linkedin_url=url[:500] if is_linkedin(url) else "",
            external_id=url[:500],
            source=LINKEDIN,
            connected_on=_date_in_row(row["connected on"], filename, line, "Connected On"),
            line=line,
        )
        return _with_parts(contact, row["last name"], row["first name"])

    return _contacts(table, filename, make, LINKEDIN_COLUMNS)


def iter_google(table: CsvTable, filename: str) -> Iterator[Item]:
    """Google Contacts CSV, both the current layout and the older "Given Name" one."""
    lower = [h.lower() for h in table.header]

    def numbered(prefix: str, suffix: str) -> list[str]:
        return [h for h in lower if h.startswith(prefix) and h.endswith(suffix)]

    email_columns = numbered("e-mail ", " - value")
    phone_columns = numbered("phone ", " - value")
    website_columns = numbered("website ", " - value")
    read = [
        "name", "first name", "given name", "middle name", "additional name", "last name", "family name",
        "name prefix", "name suffix",
        "organization name", "organization 1 - name", "organization department",
        "organization 1 - department",
        "organization title", "organization 1 - title", "labels", "group membership", "notes",
        *email_columns, *phone_columns, *website_columns,
        *[h for h in lower if h.endswith(" - label") or h.endswith(" - type")],
    ]  # fmt: skip

    def make(row: _Row, line: int) -> ImportedContact | None:
        given = row["first name"] or row["given name"]
        additional = row["middle name"] or row["additional name"]
        family = row["last name"] or row["family name"]
        name = row["name"] or display_name(given, additional, family)
        emails = clean_emails([e for c in email_columns for e in _split_multi(row[c])])
        phones = unique([p for c in phone_columns for p in _split_multi(row[c])])
        sites = [s for c in website_columns for s in _split_multi(row[c])]
        organisation = row["organization name"] or row["organization 1 - name"]
        name = name or organisation or (emails[0] if emails else "")
        if not name:
            return None
        labels = row["labels"] or row["group membership"]
        contact = ImportedContact(
            name=clip(name),
            organisation=clip(organisation),
            department=clip(row["organization department"] or row["organization 1 - department"]),
            title=clip(row["organization title"] or row["organization 1 - title"]),
            emails=emails,
            phones=phones,
            linkedin_url=next((s for s in sites if is_linkedin(s)), "")[:500],
            tags=[clip(t) for t in unique(_split_multi(labels)) if not t.startswith("*")],
            notes=normalise_newlines(row["notes"]),
            source=GOOGLE,
            line=line,
        )
        return _with_parts(contact, family, given, additional, row["name prefix"], row["name suffix"])

    return _contacts(table, filename, make, read)


OUTLOOK_EMAILS = ("e-mail address", "e-mail 2 address", "e-mail 3 address")
OUTLOOK_PHONES = (
    "mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
    "primary phone", "company main phone", "other phone", "car phone",
)  # fmt: skip
OUTLOOK_COLUMNS = (
    "title", "first name", "middle name", "last name", "suffix", "company", "department", "job title",
    "web page", "categories", "notes", *OUTLOOK_EMAILS, *OUTLOOK_PHONES,
)  # fmt: skip


def iter_outlook(table: CsvTable, filename: str) -> Iterator[Item]:
    def make(row: _Row, line: int) -> ImportedContact | None:
        name = _join_name(row["first name"], row["middle name"], row["last name"], row["suffix"])
        emails = clean_emails([row[c] for c in OUTLOOK_EMAILS])
        name = name or row["company"] or (emails[0] if emails else "")
        if not name:
            return None
        web = row["web page"]
        contact = ImportedContact(
            name=clip(name),
            organisation=clip(row["company"]),
            department=clip(row["department"]),
            title=clip(row["job title"]),
            emails=emails,
            phones=unique([row[c] for c in OUTLOOK_PHONES]),
            linkedin_url=web[:500] if is_linkedin(web) else "",
            tags=[clip(t) for t in unique(re.split(r"[;,]", row["categories"]))],
            notes=normalise_newlines(row["notes"]),
            source=OUTLOOK,
            line=line,
        )
        return _with_parts(contact, row["last name"], row["first name"], row["middle name"], row["title"],
                           row["suffix"])  # fmt: skip

    return _contacts(table, filename, make, OUTLOOK_COLUMNS, OUTLOOK_SWEDISH)


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Which column probably holds which field, from the column names (English and Swedish; the
    documented headers of Thunderbird, Outlook, Google and Apple Contacts exports)."""
    mapping: dict[str, str] = {}
    normalised = [(column, _normalise(column)) for column in header]
    for field_name in MAPPABLE_FIELDS:
        for synonym in FIELD_SYNONYMS[field_name]:
            column = next((c for c, n in normalised if n == synonym and c not in mapping.values()), None)
            if column is not None:
                mapping[field_name] = column
                break
    return mapping


def extra_columns(header: Sequence[str], mapping: Mapping[str, str]) -> dict[str, list[str]]:
    """Columns not mapped to anything that still hold e-mails, phones or web pages (a second e-mail,
    a work phone): they are read into the same list as the mapped column."""
    taken = set(mapping.values())
    extra: dict[str, list[str]] = {}
    for column in header:
        if column in taken:
            continue
        key = _normalise(column)
        for field_name, names in EXTRA_LIST_COLUMNS.items():
            if key in names:
                extra.setdefault(field_name, []).append(column)
                break
    return extra


def iter_generic(table: CsvTable, filename: str, mapping: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Any CSV: `mapping` says which column (by its header) holds which field; guessed when None."""
    mapping = dict(guess_mapping(table.header) if mapping is None else mapping)
    unknown_fields = set(mapping) - set(MAPPABLE_FIELDS)
    if unknown_fields:
        raise ImportFormatError(
            filename, None, "unknown field(s) in the mapping: {fields}",
            fields=", ".join(sorted(unknown_fields)),
        )
    positions = {column: i for i, column in reversed(list(enumerate(table.header)))}
    missing = [column for column in mapping.values() if column not in positions]
    if missing:
        raise ImportFormatError(filename, table.header_line, "no column called '{column}'", column=missing[0])
    if not {"name", "first_name", "last_name"} & set(mapping):
        raise ImportFormatError(
            filename, table.header_line, "no column for the name: choose which column holds the name"
        )
    where = {field_name: positions[column] for field_name, column in mapping.items()}
    extra = {
        f: [positions[c] for c in columns] for f, columns in extra_columns(table.header, mapping).items()
    }
    used = set(where.values()) | {p for ps in extra.values() for p in ps}
    table.unmapped = [c for i, c in enumerate(table.header) if i not in used and c.strip()]
    own = tuple(table.header[: len(OWN_PREFIX)]) == OWN_PREFIX
    separator = ";" if own else None
    return _generic_rows(table, filename, mapping, where, extra, separator, own)


def _generic_rows(
    table: CsvTable, filename: str, mapping: Mapping[str, str], where: Mapping[str, int],
    extra: Mapping[str, list[int]], separator: str | None, own: bool,
) -> Iterator[Item]:  # fmt: skip
    for item in table.rows:
        if isinstance(item, RecordSkippedError):
            yield item
            continue
        line, cells = item

        def cell(field_name: str, cells: list[str] = cells) -> str:
            position = where.get(field_name)
            return unquote_formula(cells[position].strip()) if position is not None else ""

        def more(field_name: str, cells: list[str] = cells) -> list[str]:
            return [unquote_formula(cells[p].strip()) for p in extra.get(field_name, ())]

        name = cell("name") or display_name(cell("first_name"), cell("additional_names"), cell("last_name"))
        emails = clean_emails([e for v in (cell("emails"), *more("emails")) for e in _split_multi(v, ";,")])
        if not name:
            if not emails:
                yield RecordSkippedError(filename, line, "a row with no name or e-mail")
                continue
            name = emails[0]
        urls = [cell("linkedin_url"), *more("linkedin_url")]
        url = next((u for u in urls if is_linkedin(u)), "")
        try:
            connected_on = _date_in_row(cell("connected_on"), filename, line, mapping.get("connected_on", ""))
        except RecordSkippedError as exc:
            yield exc
            continue
        contact = ImportedContact(
            name=clip(name),
            organisation=clip(cell("organisation")),
            department=clip(cell("department")),
            title=clip(cell("title")),
            emails=emails,
            phones=unique([p for v in (cell("phones"), *more("phones")) for p in _split_multi(v, ";")]),
            linkedin_url=url[:500],
            tags=[clip(t) for t in _list_cell(cell("tags"), separator)],
            expertise=[clip(t) for t in _list_cell(cell("expertise"), separator)],
            notes=normalise_newlines(cell("notes")),
            external_id=cell("external_id")[:500],
            source=GENERIC,
            connected_on=connected_on,
            line=line,
            uid=cell("uid")[:500],
            status=status(cell("status")),
        )
        for name_of in PRIVATE_TEXT_FIELDS:
            setattr(contact, name_of, normalise_newlines(cell(name_of)))
        for name_of in RATING_FIELDS:
            setattr(contact, name_of, rating(cell(name_of)))
        part_cells = [cell(f) for f in ("last_name", "first_name", *NAME_PART_FIELDS[2:])]
        if own:  # NetPlanner's own columns: several values at ";"
            contact.set_name_parts([_list_cell(value, ";") for value in part_cells])
        else:
            _with_parts(contact, *part_cells)
        yield contact


def _require(table: CsvTable, filename: str, columns: Iterable[str], what: str) -> None:
    present = {h.lower() for h in table.header}
    missing = [c for c in columns if c not in present]
    if missing:
        raise ImportFormatError(
            filename, table.header_line, "this is not {what}: there is no column '{column}'", what=what,
            column=missing[0],
        )


def detect_csv_format(header: Sequence[str]) -> str:
    """linkedin, google, outlook or csv (generic), from the column names."""
    present = {h.strip().lower() for h in header}
    if {"first name", "last name"} <= present and (
        "connected on" in present or ({"url", "company", "position"} <= present)
    ):
        return LINKEDIN
    if any(h.startswith("e-mail 1 - ") for h in present) or {"organization name", "labels"} <= present:
        return GOOGLE
    if "e-mail address" in present and ({"job title", "business phone", "company"} & present):
        return OUTLOOK
    if "e-postadress" in present and ({"befattning", "företag", "förnamn"} & present):
        return OUTLOOK
    return GENERIC


# --- writing ----------------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    return "'" + value if value[:1] in FORMULA_START and value else value


def write_csv(
    header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",",
    text_columns: Iterable[int] | None = None,
) -> str:  # fmt: skip
    """CSV text (RFC 4180 quoting, CRLF) for a header and rows; None is written as an empty cell.
    Cells of `text_columns` (all when None) that start like a formula are neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow([neutralise(h) for h in header])
    texts = None if text_columns is None else set(text_columns)
    for row in rows:
        cells: list[object] = []
        for i, value in enumerate(row):
            if value is None:
                cells.append("")
            elif isinstance(value, str) and (texts is None or i in texts):
                cells.append(neutralise(value))
            else:
                cells.append(value)
        writer.writerow(cells)
    return out.getvalue()


def join_list(items: Iterable[str]) -> str:
    """How a list (e-mails, tags) is written in one CSV cell; the importer splits it again at ';'."""
    return "; ".join(items)


# --- one entry point per dialect, for bytes already in memory ----------------------------------------


def parse_linkedin(data: bytes, filename: str = "Connections.csv") -> list[ImportedContact]:
    return _only_contacts(iter_linkedin(read_table(data, filename), filename))


def parse_google(data: bytes, filename: str = "contacts.csv") -> list[ImportedContact]:
    return _only_contacts(iter_google(read_table(data, filename), filename))


def parse_outlook(data: bytes, filename: str = "contacts.csv") -> list[ImportedContact]:
    return _only_contacts(iter_outlook(read_table(data, filename), filename))


def parse_generic(
    data: bytes, filename: str = "contacts.csv", mapping: Mapping[str, str] | None = None
) -> list[ImportedContact]:
    return _only_contacts(iter_generic(read_table(data, filename), filename, mapping))


def _only_contacts(items: Iterable[Item]) -> list[ImportedContact]:
    return [item for item in items if isinstance(item, ImportedContact)]
