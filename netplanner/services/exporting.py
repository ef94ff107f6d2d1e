"""Writing people out: vCard 4.0 and CSV, for everyone or a selection (people in the Trash are left out).

The CSV carries what an import reads back (lists joined with "; ") and, for use in a spreadsheet, each
person's relationship strength (0-100), `due` (the earlier of the day it fades and last contact +
cadence: when the planner wants contact), `next_contact` (last contact + cadence, or + the person's usual
rhythm), `fades_on` (the day strength falls below the threshold without contact) and the give/take
balance, from StrengthService. Exports are the one place the app writes the user's data unencrypted,
because the user asked for that file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from netplanner.interop.csv_formats import NETPLANNER_COLUMNS, join_list, write_csv
from netplanner.interop.records import ImportedContact
from netplanner.interop.vcard import write_vcards
from netplanner.services.strength import StrengthService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact

CSV_COLUMNS: tuple[str, ...] = (*NETPLANNER_COLUMNS, "strength", "due", "balance", "next_contact",
                                   "fades_on")


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

    def vcard_text(self, ids: Sequence[int] | None = None) -> str:
        return write_vcards(record for _id, record in self.records(ids))

    def export_vcard(self, out: Path, ids: Sequence[int] | None = None) -> int:
        """Write a vCard 4.0 file; returns how many people it holds."""
        self.db.refuse_own_file(out)
        records = self.records(ids)
        Path(out).write_text(write_vcards(r for _i, r in records), encoding="utf-8", newline="")
        return len(records)

    def csv_text(self, ids: Sequence[int] | None = None, today: dt.date | None = None) -> tuple[str, int]:
        records = self.records(ids)
        strengths = self._strength.all(today)
        rows = []
        for contact_id, r in records:
            s = strengths.get(contact_id)
            rows.append(
                [
                    r.name, r.organisation, r.department, r.title, join_list(r.emails), join_list(r.phones),
                    r.linkedin_url, join_list(r.tags), join_list(r.expertise), r.notes,
                    r.connected_on.isoformat() if r.connected_on else "", r.external_id,
                    round(s.strength * 100) if s else "",
                    s.due.isoformat() if s and s.due else "",
                    f"{s.balance:.2f}" if s else "",
                    s.next_contact.isoformat() if s and s.next_contact else "",
                    s.crossing.isoformat() if s and s.crossing else "",
                ]
            )  # fmt: skip
        return write_csv(CSV_COLUMNS, rows), len(rows)

    def export_csv(self, out: Path, ids: Sequence[int] | None = None, today: dt.date | None = None) -> int:
        """Write a CSV file (UTF-8 with a BOM, so that Excel reads the letters right); returns the count."""
        self.db.refuse_own_file(out)
        text, count = self.csv_text(ids, today)
        Path(out).write_text(text, encoding="utf-8-sig", newline="")
        return count


def _record(contact: Contact) -> ImportedContact:
    return ImportedContact(
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
    )
