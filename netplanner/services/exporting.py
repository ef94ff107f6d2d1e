"""Writing people out: vCard 4.0 and CSV, for everyone or a selection (people in the Trash are left out).

Both carry everything an import reads back, so export + import is lossless: each person's UID, and
NetPlanner's own fields (working style, what they care about, what to learn from them, what to offer,
status, the five ratings) as CSV columns and X-NETPLANNER- vCard properties (or, for plain cards, lines
of the NOTE), and the structured name parts as they came (vCard N; CSV columns family_names to
honorific_suffixes, several values in a cell joined by "; "). The CSV adds, for use in a spreadsheet,
each person's relationship strength (0-100), `due` (the earlier of the day it fades and last contact +
cadence), `next_contact` (last contact + cadence, or + the person's usual rhythm), `fades_on` (the day
strength falls below the threshold) and the give/take balance, from StrengthService. Text cells that a
spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading single quote (OWASP's rule);
the importer takes it off again. "CSV for Excel (Swedish)" uses ";" between cells, as Excel expects in a
Swedish locale. Exports are the one place the app writes the user's data unencrypted, because the user
asked for that file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from netplanner.domain.names import NAME_PART_FIELDS
from netplanner.interop.csv_formats import NETPLANNER_COLUMNS, join_list, write_csv
from netplanner.interop.records import PRIVATE_TEXT_FIELDS, RATING_FIELDS, ImportedContact
from netplanner.interop.vcard import write_vcards
from netplanner.services.strength import StrengthService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact

CSV_COLUMNS: tuple[str, ...] = (*NETPLANNER_COLUMNS, "strength", "due", "balance", "next_contact",
                                   "fades_on")
_NUMBER_COLUMNS = frozenset({*RATING_FIELDS, "strength", "balance"})
TEXT_COLUMNS = tuple(i for i, name in enumerate(CSV_COLUMNS) if name not in _NUMBER_COLUMNS)
#: CSV variants by name: the delimiter. Excel in a Swedish locale splits cells at ";" only.
CSV_DELIMITERS: dict[str, str] = {"csv": ",", "csv-excel-sv": ";"}


class ExportService:
    def __init__(self, db: Database, strength: StrengthService | None = None) -> None:
        self.db = db
        self._strength = strength or StrengthService(db)

    def records(self, ids: Sequence[int] | None = None) -> list[tuple[int, ImportedContact]]:
        """(id, contact) for everyone not in the Trash, or for the given ids, ordered by name."""
        query = select(Contact).where(Contact.deleted_at.is_(None)).order_by(Contact.name, Contact.id)
        if ids is not None:
            query = query.where(Contact.id.in_(list(ids)))
        with self.db.session() as session:
            return [(c.id, _record(c)) for c in session.scalars(query)]

    def vcard_text(self, ids: Sequence[int] | None = None, *, plain: bool = False) -> str:
        return write_vcards((record for _id, record in self.records(ids)), plain=plain)

    def export_vcard(self, out: Path, ids: Sequence[int] | None = None, *, plain: bool = False) -> int:
        """Write a vCard 4.0 file; returns how many people it holds. `plain`: NetPlanner's own fields
        go into the NOTE instead of X-NETPLANNER- properties (for programs that drop unknown ones)."""
        self.db.refuse_own_file(out)
        records = self.records(ids)
        text = write_vcards((r for _i, r in records), plain=plain)
        Path(out).write_text(text, encoding="utf-8", newline="")
        return len(records)

    def csv_text(
        self, ids: Sequence[int] | None = None, today: dt.date | None = None, *, delimiter: str = ","
    ) -> tuple[str, int]:
        records = self.records(ids)
        strengths = self._strength.all(today)
        rows = []
        for contact_id, r in records:
            s = strengths.get(contact_id)
            rows.append(
                [
                    r.name, r.organisation, r.department, r.title, join_list(r.emails), join_list(r.phones),
                    r.linkedin_url, join_list(r.tags), join_list(r.expertise), r.notes,
                    r.connected_on.isoformat() if r.connected_on else "", r.external_id, r.uid,
                    *[getattr(r, name) for name in PRIVATE_TEXT_FIELDS], r.status,
                    *["" if getattr(r, name) is None else getattr(r, name) for name in RATING_FIELDS],
                    *[join_list(getattr(r, name)) for name in NAME_PART_FIELDS],
                    round(s.strength * 100) if s else "",
                    s.due.isoformat() if s and s.due else "",
                    f"{s.balance:.2f}" if s else "",
                    s.next_contact.isoformat() if s and s.next_contact else "",
                    s.crossing.isoformat() if s and s.crossing else "",
                ]
            )  # fmt: skip
        return write_csv(CSV_COLUMNS, rows, delimiter=delimiter, text_columns=TEXT_COLUMNS), len(rows)

    def export_csv(
        self, out: Path, ids: Sequence[int] | None = None, today: dt.date | None = None, *,
        variant: str = "csv",
    ) -> int:  # fmt: skip
        """Write a CSV file (UTF-8 with a BOM, so that Excel reads the letters right); returns the count.
        `variant` "csv-excel-sv" separates cells with ";" for Excel in a Swedish locale."""
        self.db.refuse_own_file(out)
        text, count = self.csv_text(ids, today, delimiter=CSV_DELIMITERS[variant])
        Path(out).write_text(text, encoding="utf-8-sig", newline="")
        return count


def _record(contact: Contact) -> ImportedContact:
    record = ImportedContact(
        name=contact.name,
        organisation=contact.organisation,
        department=contact.department,
        title=contact.title,
        emails=list(contact.emails),
        phones=list(contact.phones),
        linkedin_url=contact.linkedin_url,
        tags=list(contact.tags),
        expertise=list(contact.expertise),
        notes=contact.notes,
        external_id=contact.external_id,
        source=contact.source,
        connected_on=contact.connected_on,
        uid=contact.uid,
        status=contact.status,
        **{name: getattr(contact, name) for name in (*PRIVATE_TEXT_FIELDS, *RATING_FIELDS)},
    )
    for name in NAME_PART_FIELDS:
        setattr(record, name, list(getattr(contact, name)))
    return record
