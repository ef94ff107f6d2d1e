"""Merge duplicates: several people become one, with everything that refers to any of them.

Generic over the schema: every foreign key to `contacts.id` in the ORM metadata is followed, so a table
added later (ties, ...) moves with the rest without code here. A row that would refer to the kept
person twice (a tie between the two) or repeat a unique key the kept person already has (a second link
to one goal) is dropped; a column that only remembers a person (ON DELETE SET NULL, a sync card) forgets
the merged ones as deleting them would. What was moved and dropped is recorded, so `unmerge` puts every
row back as it was (one undo step in the app).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, and_, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import ContactStatus
from netplanner.services.contacts import EDITABLE_FIELDS, clean_contact_fields
from netplanner.services.records import ContactDetails, plain
from netplanner.storage.db import Database
from netplanner.storage.orm import Base, Contact, StrengthState

CONTACTS: Table = Contact.__table__  # type: ignore[assignment]  # a declarative class's table is a Table
STRENGTH: Table = StrengthState.__table__  # type: ignore[assignment]
LIST_FIELDS = frozenset({"emails", "phones", "tags", "expertise"})
#: Fields a merge joins when both people have them (the rest take one person's value).
JOINED_FIELDS = LIST_FIELDS | {"notes"}


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, to undo it: the people's rows before, the rows moved (by their key after
    the move, with the old values of the moved columns) and the rows dropped (whole)."""

    kept_id: int
    kept: dict[str, Any]
    merged: tuple[dict[str, Any], ...]
    moved: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...]
    dropped: tuple[tuple[str, dict[str, Any]], ...]

    @property
    def people(self) -> list[int]:
        return [self.kept_id, *(row["id"] for row in self.merged)]


def references() -> list[tuple[Table, list[Column[Any]]]]:
    """Every table with a foreign key to contacts.id, with those columns (in dependency order). The
    strength state is derived (its triggers follow the interactions), so it is computed anew instead."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table is STRENGTH:
            continue
        columns = [fk.parent for fk in table.foreign_keys
                   if fk.column.table is CONTACTS and fk.column.name == "id"]
        if columns and table is not CONTACTS:
            found.append((table, columns))
    return found


def proposed_fields(people: Sequence[ContactDetails]) -> dict[str, Any]:
    """The merged person's fields as a merge proposes them: the first person's value where they have
    one, else the next person's; lists and notes joined (each entry once)."""
    out: dict[str, Any] = {}
    for field in EDITABLE_FIELDS:
        values = [getattr(p, field) for p in people]
        if field in LIST_FIELDS:
            out[field] = list(dict.fromkeys(item for value in values for item in value))
        elif field == "notes":
            out[field] = "\n\n".join(dict.fromkeys(value.strip() for value in values if value.strip()))
        elif field == "status":
            out[field] = next((value for value in values if value != ContactStatus.PROSPECT.value), values[0])
        else:
            out[field] = next((value for value in values if value not in (None, "")), values[0])
    return out


def choices(people: Sequence[ContactDetails]) -> dict[str, list[Any]]:
    """Per field, the distinct values the people have (first the kept one's): what the dialog offers.
    Joined fields offer the joined value first."""
    out: dict[str, list[Any]] = {}
    joined = proposed_fields(people)
    for field in EDITABLE_FIELDS:
        seen: list[Any] = [joined[field]] if field in JOINED_FIELDS else []
        for person in people:
            value = getattr(person, field)
            if value not in seen:
                seen.append(value)
        out[field] = seen
    return out


class MergeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def people(self, contact_ids: Sequence[int]) -> list[ContactDetails]:
        with self.db.session() as session:
            found = []
            for contact_id in contact_ids:
                contact = session.get(Contact, contact_id)
                if contact is None:
                    raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
                found.append(plain(ContactDetails, contact))
            return found

    def merge(self, kept_id: int, merged_ids: Sequence[int], fields: Mapping[str, Any] | None = None
              ) -> MergeRecord:
        """Make the `merged_ids` people part of `kept_id`; `fields` are the kept person's fields after
        (None: `proposed_fields`). The merged people are deleted. All or nothing."""
        merged = [cid for cid in dict.fromkeys(merged_ids) if cid != kept_id]
        if not merged:
            raise ValidationError("Choose at least two different people to merge.")
        everyone = [kept_id, *merged]
        values = clean_contact_fields(
            proposed_fields(self.people(everyone)) if fields is None else fields)
        noted = {"changed_people": everyone}
        moved: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        dropped: list[tuple[str, dict[str, Any]]] = []
        with self.db.session() as session:
            rows = {row["id"]: dict(row) for row in
                    session.execute(select(CONTACTS).where(CONTACTS.c.id.in_(everyone))).mappings()}
            for table, columns in references():
                self._move(session, table, columns, kept_id, set(merged), moved, dropped)
            session.execute(update(CONTACTS).where(CONTACTS.c.id == kept_id).values(**values)
                            .execution_options(changed_ids=[kept_id]))
            session.execute(delete(STRENGTH).where(STRENGTH.c.contact_id.in_(merged)))
            session.execute(delete(CONTACTS).where(CONTACTS.c.id.in_(merged))
                            .execution_options(changed_ids=merged, **noted))
            self._recompute(session, everyone)
        return MergeRecord(kept_id, rows[kept_id], tuple(rows[cid] for cid in merged), tuple(moved),
                           tuple(dropped))

    def unmerge(self, record: MergeRecord) -> None:
        """Undo a merge: the merged people come back with their ids, every moved row goes back to them,
        dropped rows are put back, and the kept person's fields are as before."""
        tables = Base.metadata.tables
        people = record.people
        noted = {"changed_people": people}
        with self.db.session() as session:
            session.execute(insert(CONTACTS).values(list(record.merged))
                            .execution_options(changed_ids=people[1:]))
            kept = {k: value for k, value in record.kept.items() if k != "id"}
            session.execute(update(CONTACTS).where(CONTACTS.c.id == record.kept_id).values(**kept)
                            .execution_options(changed_ids=[record.kept_id]))
            for name, key, old in reversed(record.moved):
                table = tables[name]
                session.execute(update(table).where(_by_key(table, key)).values(**old)
                                .execution_options(**noted))
            for name, row in record.dropped:
                session.execute(insert(tables[name]).prefix_with("OR REPLACE").values(**row)
                                .execution_options(**noted))
            self._recompute(session, people)

    @staticmethod
    def _recompute(session: Session, people: Sequence[int]) -> None:
        """The strength state is derived: whoever a merge touched is computed anew on the next read."""
        session.execute(update(StrengthState).where(StrengthState.contact_id.in_(people)).values(dirty=True))

    @staticmethod
    def _move(session: Session, table: Table, columns: list[Column[Any]], kept_id: int, merged: set[int],
              moved: list[tuple[str, dict[str, Any], dict[str, Any]]],
              dropped: list[tuple[str, dict[str, Any]]]) -> None:
        names = {c.name for c in columns}
        keys = _unique_keys(table, names)
        noted = {"changed_people": [kept_id, *merged]}
        taken: dict[tuple[str, ...], set[tuple[Any, ...]]] = {}
        for key in keys:
            owned = select(*(table.c[k] for k in key)).where(or_(*(c == kept_id for c in columns)))
            taken[key] = {tuple(row) for row in session.execute(owned)}
        found = session.execute(select(table).where(or_(*(c.in_(merged) for c in columns)))).mappings().all()
        set_null = {fk.parent.name for fk in table.foreign_keys
                    if fk.parent.name in names and (fk.ondelete or "").upper() == "SET NULL"}
        for row in map(dict, found):
            new = {name: (None if name in set_null else kept_id) for name in names if row[name] in merged}
            after = {**row, **new}
            twice = len(names) > 1 and sum(after[name] == kept_id for name in names) > 1
            clash = any(tuple(after[k] for k in key) in taken[key] for key in keys
                        if all(after[k] is not None for k in key))
            where = _by_key(table, _primary_key(table, row))
            if twice or clash:
                session.execute(delete(table).where(where).execution_options(**noted))
                dropped.append((table.name, row))
                continue
            # A moved row keeps its own timestamps (columns with an ON UPDATE default): only its
            # person changed, and undo must give back the row exactly.
            stamps = {c.name: row[c.name] for c in table.columns if c.onupdate is not None}
            session.execute(update(table).where(where).values(**new, **stamps).execution_options(**noted))
            moved.append((table.name, _primary_key(table, after), {**{name: row[name] for name in new},
                                                                   **stamps}))
            for key in keys:
                taken[key].add(tuple(after[k] for k in key))


def _primary_key(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _by_key(table: Table, key: Mapping[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _unique_keys(table: Table, names: set[str]) -> list[tuple[str, ...]]:
    """The table's unique keys (primary key, unique constraints and indexes) that include a person."""
    keys = [tuple(c.name for c in table.primary_key.columns)]
    keys += [tuple(c.name for c in uc.columns) for uc in table.constraints
             if isinstance(uc, UniqueConstraint)]
    keys += [tuple(c.name for c in ix.columns) for ix in table.indexes if ix.unique]
    return [key for key in dict.fromkeys(keys) if names & set(key)]


