"""Ties between people: add, edit, remove and read them (issue 14).

Every write goes through a session, so the change tracker announces `Kind.TIES` and both people.
Reads leave out every tie with an end in the Trash (the tie comes back with the person); emptying the
Trash deletes such ties with the person (ON DELETE CASCADE). Writes return plain `Tie` values, and
`remove` returns what it removed, so undo can put it back with its old id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from netplanner.domain import ties as dt_
from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import parse_enum
from netplanner.domain.ties import Tie, TieKind
from netplanner.services import validation as v
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact
from netplanner.storage.orm import Tie as TieRow


@dataclass(frozen=True, slots=True)
class TieView:
    """A tie seen from one person: the other end, their name, and which way it reads."""

    tie: Tie
    other_id: int
    other_name: str
    outgoing: bool  # the person is the tie's `from` end


def _plain(row: TieRow) -> Tie:
    return Tie(row.id, row.from_id, row.to_id, TieKind(row.kind), row.strength, row.note or "")


def clean_kind(value: object) -> TieKind:
    if isinstance(value, TieKind):
        return value
    return parse_enum(TieKind, str(value), "kind of tie")


class TieService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -------------------------------------------------------------------------------------- writes

    def add(self, from_id: int, to_id: int, kind: object, strength: object = None, note: object = "",
            *, tie_id: int | None = None) -> Tie:
        """Add a tie between two people not in the Trash (`tie_id`: put a removed tie back)."""
        tie_kind = clean_kind(kind)
        first, second = dt_.ordered(tie_kind, int(from_id), int(to_id))
        level = dt_.clean_strength(strength)
        text = v.optional_text(note, "Note", dt_.MAX_NOTE)
        with self.db.session() as session:
            for person in (first, second):
                self._person(session, person)
            if self._existing(session, tie_kind, first, second) is not None:
                raise ValidationError("That tie is already there.")
            row = TieRow(from_id=first, to_id=second, kind=tie_kind.value, strength=level, note=text)
            if tie_id is not None:
                row.id = tie_id
            session.add(row)
            session.flush()
            return _plain(row)

    def edit(self, tie_id: int, *, kind: object = None, strength: object = None, note: object = None,
             from_id: int | None = None, to_id: int | None = None) -> Tie:
        """Change a tie; returns it as it was before (for undo). Only what is given changes."""
        with self.db.session() as session:
            row = self._row(session, tie_id)
            before = _plain(row)
            tie_kind = clean_kind(kind) if kind is not None else before.kind
            first, second = dt_.ordered(tie_kind, from_id if from_id is not None else row.from_id,
                                        to_id if to_id is not None else row.to_id)
            for person in {first, second} - {row.from_id, row.to_id}:
                self._person(session, person)
            clash = self._existing(session, tie_kind, first, second)
            if clash is not None and clash.id != row.id:
                raise ValidationError("That tie is already there.")
            values: dict[str, object] = {"kind": tie_kind.value, "from_id": first, "to_id": second}
            if strength is not None:
                values["strength"] = dt_.clean_strength(strength)
            if note is not None:
                values["note"] = v.optional_text(note, "Note", dt_.MAX_NOTE)
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            return before

    def restore(self, tie: Tie) -> Tie:
        """Put a tie back as it was (undo of an edit): returns it as it was before."""
        return self.edit(tie.id, kind=tie.kind, strength=tie.strength, note=tie.note,
                         from_id=tie.from_id, to_id=tie.to_id)

    def remove(self, tie_id: int) -> Tie:
        """Delete a tie; returns it (undo adds it back with `add(..., tie_id=tie.id)`)."""
        with self.db.session() as session:
            row = self._row(session, tie_id)
            tie = _plain(row)
            session.delete(row)
            return tie

    def put_back(self, tie: Tie) -> Tie:
        return self.add(tie.from_id, tie.to_id, tie.kind, tie.strength, tie.note, tie_id=tie.id)

    def add_many(self, ties: Iterable[tuple[int, int, TieKind, int, str]]) -> int:
        """Add ties in one transaction, skipping those already there (imports, the example network)."""
        added = 0
        with self.db.session() as session:
            seen = {(row.from_id, row.to_id, row.kind) for row in session.execute(
                select(TieRow.from_id, TieRow.to_id, TieRow.kind))}
            for from_id, to_id, kind, strength, note in ties:
                first, second = dt_.ordered(kind, from_id, to_id)
                key = (first, second, kind.value)
                if key in seen:
                    continue
                seen.add(key)
                session.add(TieRow(from_id=first, to_id=second, kind=kind.value,
                                   strength=dt_.clean_strength(strength), note=note))
                added += 1
        return added

    # --------------------------------------------------------------------------------------- reads

    def get(self, tie_id: int) -> Tie:
        with self.db.session() as session:
            return _plain(self._row(session, tie_id))

    def all(self) -> list[Tie]:
        """Every tie whose two people are not in the Trash, by id."""
        a, b = aliased(Contact), aliased(Contact)
        query = (select(TieRow.id, TieRow.from_id, TieRow.to_id, TieRow.kind, TieRow.strength, TieRow.note)
                 .join(a, a.id == TieRow.from_id).join(b, b.id == TieRow.to_id)
                 .where(a.deleted_at.is_(None), b.deleted_at.is_(None)).order_by(TieRow.id))
        with self.db.engine.connect() as conn:
            return [Tie(r[0], r[1], r[2], TieKind(r[3]), r[4], r[5] or "") for r in conn.execute(query)]

    def of(self, person_id: int) -> list[TieView]:
        """A person's ties (either end), with the other person's name, by that name."""
        other = aliased(Contact)
        query = (
            select(TieRow, other.id, other.name).select_from(TieRow)
            .join(other, or_(and_(TieRow.from_id == person_id, other.id == TieRow.to_id),
                             and_(TieRow.to_id == person_id, other.id == TieRow.from_id)))
            .where(other.deleted_at.is_(None))
            .order_by(other.name, TieRow.id)
        )
        with self.db.session() as session:
            person = session.get(Contact, person_id)
            if person is None or person.deleted_at is not None:
                return []
            return [TieView(_plain(row), oid, name, row.from_id == person_id)
                    for row, oid, name in session.execute(query)]

    def count(self) -> int:
        return len(self.all())

    # ------------------------------------------------------------------------------------- helpers

    @staticmethod
    def _person(session: Session, person_id: int) -> Contact:
        contact = session.get(Contact, person_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("There is no person with id {contact_id}.", contact_id=person_id)
        return contact

    @staticmethod
    def _row(session: Session, tie_id: int) -> TieRow:
        row = session.get(TieRow, tie_id)
        if row is None:
            raise NotFoundError("There is no tie with id {tie_id}.", tie_id=tie_id)
        return row

    @staticmethod
    def _existing(session: Session, kind: TieKind, first: int, second: int) -> TieRow | None:
        return session.scalars(select(TieRow).where(
            TieRow.from_id == first, TieRow.to_id == second, TieRow.kind == kind.value)).first()

