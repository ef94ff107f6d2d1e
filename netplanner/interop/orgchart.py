"""Org-chart CSV files (issue 14): one row per person with a name or e-mail and their manager's.

Headers are recognised in English and Swedish: name (`name`, `full name`, `namn`), e-mail (`email`,
`e-mail`, `mail`, `e-post`), manager (`manager`, `reports to`, `manager email`, `chef`, `närmaste chef`),
and optionally department (`department`, `avdelning`) and title (`title`, `titel`). The manager is named
by e-mail or by name. Cells may be separated by "," or ";" (Excel in a Swedish locale). A row without a
name or e-mail is left out with its line number; a file without a name/e-mail and a manager column is
refused with one line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from netplanner.interop.encoding import decode_file
from netplanner.interop.errors import ImportFormatError, RecordSkippedError

FORMAT = "orgchart"
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "namn", "display name"),
    "email": ("email", "e-mail", "mail", "e-post", "email address", "e-mail address"),
    "manager": ("manager", "reports to", "manager email", "manager e-mail", "manager name", "chef",
                "närmaste chef"),
    "department": ("department", "avdelning", "team"),
    "title": ("title", "job title", "titel"),
}


@dataclass(frozen=True, slots=True)
class OrgRow:
    line: int
    name: str
    email: str
    manager: str
    department: str = ""
    title: str = ""


@dataclass
class OrgChart:
    rows: list[OrgRow]
    skipped: list[RecordSkippedError]


def _column(header: list[str], field: str) -> int | None:
    names = [h.strip().casefold() for h in header]
    for wanted in HEADERS[field]:
        if wanted in names:
            return names.index(wanted)
    return None


def parse_orgchart(data: bytes, filename: str) -> OrgChart:
    text = decode_file(data, filename)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(filename, None, "The file is empty.") from None
    except csv.Error as exc:
        raise ImportFormatError(filename, 1, "The CSV cannot be read ({reason}).", reason=str(exc)) from None
    columns = {field: _column(header, field) for field in HEADERS}
    if (columns["name"] is None and columns["email"] is None) or columns["manager"] is None:
        raise ImportFormatError(filename, 1, "An org chart needs a name or e-mail column and a manager "
                                "column (for example: name,email,manager).")
    rows: list[OrgRow] = []
    skipped: list[RecordSkippedError] = []

    def cell(values: list[str], field: str) -> str:
        index = columns[field]
        return values[index].strip() if index is not None and index < len(values) else ""

    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            skipped.append(RecordSkippedError(filename, reader.line_num, "The row cannot be read ({reason}).",
                                              reason=str(exc)))
            continue
        if not any(v.strip() for v in values):
            continue
        name, email = cell(values, "name"), cell(values, "email")
        if not name and not email:
            skipped.append(RecordSkippedError(filename, reader.line_num, "The row has no name or e-mail."))
            continue
        if email and ("@" not in email or " " in email):
            skipped.append(RecordSkippedError(filename, reader.line_num,
                                              "'{email}' is not an e-mail address.", email=email))
            continue
        rows.append(OrgRow(reader.line_num, name or email.split("@")[0], email, cell(values, "manager"),
                           cell(values, "department"), cell(values, "title")))
    if not rows:
        if skipped:
            raise skipped[0]
        raise ImportFormatError(filename, None, "The file has no people.")
    return OrgChart(rows, skipped)
