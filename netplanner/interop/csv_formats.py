"""CSV in and out: LinkedIn Connections.csv, Google Contacts, Outlook, and any CSV with a column mapping.

Every reader goes through `read_table`, which decodes the file (BOM, UTF-8, Windows-1252), finds the
delimiter (comma, semicolon as Swedish Outlook writes, or tab), skips LinkedIn's "Notes:" preamble,
and reports broken quoting or rows with too many fields as ImportFormatError with the line number.
Dates such as LinkedIn's "12 Mar 2024" are read with a fixed English month table, not `strptime`,
whose month names follow the locale Qt sets.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from netplanner.interop.encoding import decode_file
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.records import ImportedContact, clean_emails, clip, is_linkedin, unique

LINKEDIN, GOOGLE, OUTLOOK, GENERIC = "linkedin", "google", "outlook", "csv"
DELIMITERS = (",", ";", "\t")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
TEXT_DATE = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{2}|\d{4})$")

#: What a generic CSV column can be mapped to.
MAPPABLE_FIELDS: tuple[str, ...] = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "department",
    "title",
    "emails",
    "phones",
    "linkedin_url",
    "tags",
    "expertise",
    "notes",
    "connected_on",
    "external_id",
)
#: The columns NetPlanner's own CSV export starts with; lists in it are always split at ";".
NETPLANNER_COLUMNS: tuple[str, ...] = (
    "name", "organisation", "department", "title", "emails", "phones", "linkedin_url", "tags",
    "expertise", "notes", "connected_on", "external_id",
)  # fmt: skip
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "displayname", "contact", "person", "namn"),
    "first_name": ("firstname", "givenname", "fornamn", "förnamn"),
    "last_name": ("lastname", "surname", "familyname", "efternamn"),
    "organisation": ("organisation", "organization", "company", "employer", "org", "företag", "foretag"),
    "department": ("department", "dept", "avdelning"),
    "title": ("title", "jobtitle", "position", "role", "befattning", "titel"),
    "emails": ("emails", "email", "emailaddress", "mail", "epost", "epostadress"),
    "phones": ("phones", "phone", "telephone", "mobile", "tel", "telefon", "mobil", "phonenumber"),
    "linkedin_url": ("linkedinurl", "linkedin", "linkedinprofile", "url", "profile"),
    "tags": ("tags", "labels", "categories", "groups", "taggar", "kategorier"),
    "expertise": ("expertise", "skills", "kompetens"),
    "notes": ("notes", "note", "comments", "anteckningar"),
    "connected_on": ("connectedon", "connected", "since"),
    "external_id": ("externalid", "uid", "id"),
}


@dataclass
class CsvTable:
    """The header and the data rows of a CSV file, each row with the line it starts on."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    delimiter: str
    header_line: int


# --- reading the table -------------------------------------------------------------------------


def read_table(data: bytes, filename: str) -> CsvTable:
    text = decode_file(data, filename)
    delimiter = sniff_delimiter(text)
    return table_from_text(text, filename, delimiter)


def sniff_delimiter(text: str) -> str:
    """The delimiter most frequent outside quotes on any of the first lines (comma when none is)."""
    best, best_count = ",", 0
    for line in text.splitlines()[:10]:
        outside = re.sub(r'"[^"]*"', "", line)
        for delimiter in DELIMITERS:
            if outside.count(delimiter) > best_count:
                best, best_count = delimiter, outside.count(delimiter)
    return best


def table_from_text(text: str, filename: str, delimiter: str = ",") -> CsvTable:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 0
    rows: list[tuple[int, list[str]]] = []
    in_preamble = False
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFormatError(filename, start, _quoting_problem(str(exc))) from None
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            in_preamble = _is_preamble(row, in_preamble)
            if in_preamble:
                continue
            header = [cell.strip().lstrip("\ufeff") for cell in row]
            header_line = start
            continue
        if len(row) > len(header):
            if any(cell.strip() for cell in row[len(header) :]):
                raise ImportFormatError(
                    filename,
                    start,
                    "{fields} fields where the header has {columns} "
                    "(a value with a comma that is not in quotes?)",
                    fields=len(row),
                    columns=len(header),
                )
            row = row[: len(header)]
        elif len(row) < len(header):
            row += [""] * (len(header) - len(row))
        rows.append((start, row))
    if header is None:
        raise ImportFormatError(filename, None, "the file is empty: no header row with column names")
    return CsvTable(header, rows, delimiter, header_line)


def _is_preamble(row: list[str], after_preamble: bool) -> bool:
    """LinkedIn puts "Notes:" and a quoted explanation above the header; both are one-cell rows."""
    cells = [cell.strip() for cell in row if cell.strip()]
    return len(cells) == 1 and (after_preamble or cells[0].endswith(":"))


def _quoting_problem(message: str) -> str:
    if "unexpected end of data" in message or "EOF" in message:
        return "a quoted value that is never closed (a missing '\"')"
    if "expected" in message and "after" in message:
        return "text right after a closing quote (a '\"' inside a value that is not doubled?)"
    return f"the CSV quoting is broken ({message})"


# --- values --------------------------------------------------------------------------------------


def parse_date(value: str) -> dt.date | None:
    """'12 Mar 2024', '12-Mar-24' or '2024-03-12'; empty gives None; anything else raises ValueError."""
    value = value.strip()
    if not value:
        return None
    match = TEXT_DATE.match(value)
    if match:
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name.lower())
        if month is None:
            raise ValueError(value)
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        return dt.date(full_year, month, int(day))
    return dt.date.fromisoformat(value)


def _date_in_row(value: str, filename: str, line: int, column: str) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise ImportFormatError(
            filename,
            line,
            "'{column}' is not a date: '{value}' (expected e.g. 12 Mar 2024)",
            column=column,
            value=value[:40],
        ) from None


def _split_multi(value: str, separators: str = ";") -> list[str]:
    if " ::: " in value:  # Google puts several values in one cell this way
        return [part.strip() for part in value.split(" ::: ")]
    return [part.strip() for part in re.split(f"[{re.escape(separators)}]", value)]


def _list_cell(value: str, separator: str | None = None) -> list[str]:
    return unique(_split_multi(value, separator or (";" if ";" in value else ",")))


def _join_name(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


def _normalise(header: str) -> str:
    return re.sub(r"[^0-9a-zåäö]", "", header.casefold())


# --- the dialects ----------------------------------------------------------------------------------


class _Row:
    """Access to one row's cells by column name (missing columns read as empty)."""

    __slots__ = ("cells", "index")

    def __init__(self, index: Mapping[str, int], cells: Sequence[str]) -> None:
        self.index = index
        self.cells = cells

    def __getitem__(self, column: str) -> str:
        position = self.index.get(column)
        return self.cells[position].strip() if position is not None else ""


def _column_index(header: Sequence[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, column in enumerate(header):
        index.setdefault(column.strip().lower(), position)
    return index


def _contacts(
    table: CsvTable, filename: str, make: Callable[[_Row, int], ImportedContact | None]
) -> list[ImportedContact]:
    index = _column_index(table.header)
    contacts = []
    for line, cells in table.rows:
        contact = make(_Row(index, cells), line)
        if contact is not None:
            contacts.append(contact)
    return contacts


def parse_linkedin(data: bytes, filename: str = "Connections.csv") -> list[ImportedContact]:
    table = read_table(data, filename)
    _require(table, filename, ("first name", "last name"), "a LinkedIn Connections.csv")

    def make(row: _Row, line: int) -> ImportedContact | None:
        name = _join_name(row["first name"], row["last name"])
        url = row["url"] or row["profile url"]
        emails = clean_emails([row["email address"]])
        if not name:
            if not (url or emails):
                return None
            name = emails[0] if emails else url
        return ImportedContact(
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

    return _contacts(table, filename, make)


def parse_google(data: bytes, filename: str = "contacts.csv") -> list[ImportedContact]:
    """Google Contacts CSV, both the current layout and the older "Given Name" one."""
    table = read_table(data, filename)
    lower = [h.lower() for h in table.header]

    def numbered(prefix: str, suffix: str) -> list[str]:
        return [h for h in lower if h.startswith(prefix) and h.endswith(suffix)]

    email_columns = numbered("e-mail ", " - value")
    phone_columns = numbered("phone ", " - value")
    website_columns = numbered("website ", " - value")

    def make(row: _Row, line: int) -> ImportedContact | None:
        name = row["name"] or _join_name(
            row["first name"] or row["given name"],
            row["middle name"] or row["additional name"],
            row["last name"] or row["family name"],
        )
        emails = clean_emails([e for c in email_columns for e in _split_multi(row[c])])
        phones = unique([p for c in phone_columns for p in _split_multi(row[c])])
        sites = [s for c in website_columns for s in _split_multi(row[c])]
        organisation = row["organization name"] or row["organization 1 - name"]
        name = name or organisation or (emails[0] if emails else "")
        if not name:
            return None
        labels = row["labels"] or row["group membership"]
        return ImportedContact(
            name=clip(name),
            organisation=clip(organisation),
            department=clip(row["organization department"] or row["organization 1 - department"]),
            title=clip(row["organization title"] or row["organization 1 - title"]),
            emails=emails,
            phones=phones,
            linkedin_url=next((s for s in sites if is_linkedin(s)), "")[:500],
            tags=[clip(t) for t in unique(_split_multi(labels)) if not t.startswith("*")],
            notes=row["notes"],
            source=GOOGLE,
            line=line,
        )

    return _contacts(table, filename, make)


def parse_outlook(data: bytes, filename: str = "contacts.csv") -> list[ImportedContact]:
    table = read_table(data, filename)
    email_columns = ["e-mail address", "e-mail 2 address", "e-mail 3 address"]
    phone_columns = [
        "mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
        "primary phone", "company main phone", "other phone", "car phone",
    ]  # fmt: skip

    def make(row: _Row, line: int) -> ImportedContact | None:
        name = _join_name(row["first name"], row["middle name"], row["last name"], row["suffix"])
        emails = clean_emails([row[c] for c in email_columns])
        name = name or row["company"] or (emails[0] if emails else "")
        if not name:
            return None
        web = row["web page"]
        return ImportedContact(
            name=clip(name),
            organisation=clip(row["company"]),
            department=clip(row["department"]),
            title=clip(row["job title"]),
            emails=emails,
            phones=unique([row[c] for c in phone_columns]),
            linkedin_url=web[:500] if is_linkedin(web) else "",
            tags=[clip(t) for t in unique(re.split(r"[;,]", row["categories"]))],
            notes=row["notes"],
            source=OUTLOOK,
            line=line,
        )

    return _contacts(table, filename, make)


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Which column probably holds which field, from the column names (English and Swedish)."""
    mapping: dict[str, str] = {}
    normalised = [(column, _normalise(column)) for column in header]
    for field in MAPPABLE_FIELDS:
        for synonym in FIELD_SYNONYMS[field]:
            column = next((c for c, n in normalised if n == synonym and c not in mapping.values()), None)
            if column is not None:
                mapping[field] = column
                break
    return mapping


def parse_generic(
    data: bytes, filename: str = "contacts.csv", mapping: Mapping[str, str] | None = None
) -> list[ImportedContact]:
    """Any CSV: `mapping` says which column (by its header) holds which field; guessed when None."""
    table = read_table(data, filename)
    return contacts_from_table(table, filename, mapping)


def contacts_from_table(
    table: CsvTable, filename: str, mapping: Mapping[str, str] | None = None
) -> list[ImportedContact]:
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
    where = {field: positions[column] for field, column in mapping.items()}
    own = tuple(table.header[: len(NETPLANNER_COLUMNS)]) == NETPLANNER_COLUMNS
    separator = ";" if own else None
    contacts = []
    for line, cells in table.rows:

        def cell(field: str, cells: list[str] = cells) -> str:
            position = where.get(field)
            return cells[position].strip() if position is not None else ""

        name = cell("name") or _join_name(cell("first_name"), cell("last_name"))
        emails = clean_emails(_split_multi(cell("emails"), ";,"))
        if not name:
            if not emails:
                continue
            name = emails[0]
        url = cell("linkedin_url")
        contacts.append(
            ImportedContact(
                name=clip(name),
                organisation=clip(cell("organisation")),
                department=clip(cell("department")),
                title=clip(cell("title")),
                emails=emails,
                phones=unique(_split_multi(cell("phones"), ";")),
                linkedin_url=url[:500] if is_linkedin(url) else "",
                tags=[clip(t) for t in _list_cell(cell("tags"), separator)],
                expertise=[clip(t) for t in _list_cell(cell("expertise"), separator)],
                notes=cell("notes"),
                external_id=cell("external_id")[:500],
                source=GENERIC,
                connected_on=_date_in_row(
                    cell("connected_on"), filename, line, mapping.get("connected_on", "")
                ),
                line=line,
            )
        )
    return contacts


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
    return GENERIC


# --- writing ----------------------------------------------------------------------------------------


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text (RFC 4180 quoting, CRLF) for a header and rows; None is written as an empty cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return out.getvalue()


def join_list(items: Iterable[str]) -> str:
    """How a list (e-mails, tags) is written in one CSV cell; the importer splits it again at ';'."""
    return "; ".join(items)
