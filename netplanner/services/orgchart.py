"""Importing an org chart (issue 14): the people it names (added when new, matched by e-mail, then by
name) and a "reports to" tie from each to their manager, in one transaction. A manager nobody in the
file or the network matches is listed, with the line, and that row's tie is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from netplanner.domain.ties import TieKind, ordered
from netplanner.interop.errors import RecordSkippedError
from netplanner.interop.orgchart import OrgChart, OrgRow, parse_orgchart
from netplanner.services.search import fold
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Tie


@dataclass
class OrgChartResult:
    added: int = 0
    matched: int = 0
    ties: int = 0
    left_out: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.added} people added, {self.matched} already there, {self.ties} reporting lines"
                + (f", {len(self.left_out)} left out" if self.left_out else ""))


class OrgChartService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def parse(self, path: Path) -> OrgChart:
        return parse_orgchart(Path(path).read_bytes(), Path(path).name)

    def import_file(self, path: Path, *, strict: bool = False) -> OrgChartResult:
        chart = self.parse(path)
        if strict and chart.skipped:
            raise chart.skipped[0]
        return self.import_chart(chart, Path(path).name, strict=strict)

    def import_chart(self, chart: OrgChart, filename: str, *, strict: bool = False) -> OrgChartResult:
        result = OrgChartResult(left_out=[str(problem) for problem in chart.skipped])
        with self.db.session() as session:
            people = session.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()
            by_email = {email.casefold(): c for c in people for email in c.emails}
            by_name: dict[str, Contact] = {}
            for c in people:
                by_name.setdefault(fold(c.name), c)
            ids: dict[int, Contact] = {}  # line -> person
            for row in chart.rows:
                found = by_email.get(row.email.casefold()) if row.email else None
                found = found or by_name.get(fold(row.name))
                if found is None:
                    found = Contact(name=row.name, emails=[row.email] if row.email else [],
                                    department=row.department, title=row.title, source="orgchart",
                                    status="prospect")
                    session.add(found)
                    result.added += 1
                    if row.email:
                        by_email[row.email.casefold()] = found
                    by_name.setdefault(fold(row.name), found)
                else:
                    result.matched += 1
                ids[row.line] = found
            session.flush()
            existing = {(t.from_id, t.to_id) for t in session.scalars(
                select(Tie).where(Tie.kind == TieKind.REPORTS_TO.value))}
            for row in chart.rows:
                if not row.manager:
                    continue
                manager = by_email.get(row.manager.casefold()) or by_name.get(fold(row.manager))
                if manager is None:
                    problem = RecordSkippedError(filename, row.line, "No manager called '{manager}' in the "
                                                 "file or your network.", manager=row.manager)
                    if strict:
                        raise problem
                    result.left_out.append(str(problem))
                    continue
                person = ids[row.line]
                if manager.id == person.id:
                    continue
                pair = ordered(TieKind.REPORTS_TO, person.id, manager.id)
                if pair in existing:
                    continue
                existing.add(pair)
                session.add(Tie(from_id=pair[0], to_id=pair[1], kind=TieKind.REPORTS_TO.value, strength=3))
                result.ties += 1
        return result


__all__ = ["OrgChartResult", "OrgChartService", "OrgRow"]
