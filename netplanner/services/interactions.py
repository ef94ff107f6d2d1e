"""Interactions: log what happened with whom, follow-ups, thanks, and the list of everything logged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import Direction, InteractionKind, parse_enum
from netplanner.services import validation as v
from netplanner.services.records import InteractionDetails, plain
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, Interaction, Project

INTERACTION_CLEANERS: dict[str, v.Cleaner] = {
    "contact_id": lambda value: v.int_in_range(value, "Person", 1, 2**62),
    "occurred_on": lambda value: v.a_date(value, "Date", optional=False),
    "kind": lambda value: parse_enum(InteractionKind, str(value), "kind of interaction").value,
    "direction": lambda value: parse_enum(Direction, str(value), "direction").value,
    "weight": lambda value: v.positive_number(value, "Weight"),
    "summary": lambda value: v.optional_text(value, "Summary", 500),
    "notes": lambda value: v.optional_text(value, "Notes"),
    "goal_id": lambda value: None if value in (None, "") else v.int_in_range(value, "Goal", 1, 2**62),
    "project_id": lambda value: None if value in (None, "") else v.int_in_range(value, "Project", 1, 2**62),
    "follow_up_on": lambda value: v.a_date(value, "Follow-up date"),
    "follow_up_done": v.a_bool,
    "thanked": v.a_bool,
}


def clean_interaction_fields(changes: Mapping[str, object]) -> dict[str, Any]:
    unknown = set(changes) - set(INTERACTION_CLEANERS)
    if unknown:
        raise ValidationError("Unknown field(s) for an interaction: {fields}.",
                              fields=", ".join(sorted(unknown)))
    return {field: INTERACTION_CLEANERS[field](value) for field, value in changes.items()}


#: The earliest day an interaction may be logged on (older dates are typing slips).
EARLIEST = dt.date(1900, 1, 1)


def check_interaction_dates(occurred_on: dt.date, follow_up_on: dt.date | None, *,
                            moved: bool = True) -> None:
    latest = dt.date.today() + dt.timedelta(days=1)
    if moved and occurred_on > latest:
        raise ValidationError("An interaction cannot be in the future; plan it in Today instead.")
    if moved and occurred_on < EARLIEST:
        raise ValidationError("The date of an interaction must be between {earliest} and {latest}.",
                              earliest=EARLIEST.isoformat(), latest=latest.isoformat())
    if follow_up_on is not None and follow_up_on < occurred_on:
        raise ValidationError("A follow-up cannot come before the interaction itself ({date}).",
                              date=occurred_on.isoformat())


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """One row of the Interactions table."""

    id: int
    occurred_on: dt.date
    contact_id: int
    contact_name: str
    kind: str
    direction: str
    summary: str
    goal_title: str | None
    follow_up_on: dt.date | None
    follow_up_done: bool
    thanked: bool
    occasion_id: int | None = None
    #: Everyone at the occasion (ids and names), in `occasions()`; empty in `rows()`.
    people: tuple[tuple[int, str], ...] = ()

    @property
    def names(self) -> str:
        return ", ".join(name for _cid, name in self.people) if self.people else self.contact_name


def row_columns(name: Any) -> tuple[Any, ...]:
    """The columns of an `InteractionRow` in its order (without `people`), the person's name read by
    `name` (a join's column or a subquery)."""
    return (Interaction.id, Interaction.occurred_on, Interaction.contact_id, name, Interaction.kind,
            Interaction.direction, Interaction.summary, Goal.title, Interaction.follow_up_on,
            Interaction.follow_up_done, Interaction.thanked, Interaction.occasion_id)


def where_shown(query: Select[Any], kind: str | None, since: dt.date | None, until: dt.date | None
                ) -> Select[Any]:
    """`query` narrowed to one kind of interaction and a date range (each optional)."""
    if kind:
        query = query.where(Interaction.kind == parse_enum(InteractionKind, kind, "kind").value)
    if since is not None:
        query = query.where(Interaction.occurred_on >= since)
    if until is not None:
        query = query.where(Interaction.occurred_on <= until)
    return query


class InteractionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log(self, contact_id: int, kind: str, occurred_on: dt.date | str | None = None, **fields: object
            ) -> InteractionDetails:
        """Record an interaction (today unless a date is given)."""
        values = clean_interaction_fields(
            {"contact_id": contact_id, "kind": kind, "occurred_on": occurred_on or dt.date.today(), **fields}
        )
        check_interaction_dates(values["occurred_on"], values.get("follow_up_on"))
        with self.db.session() as session:
            self._check_refs(session, values)
            interaction = Interaction(**values)
            session.add(interaction)
        return plain(InteractionDetails, interaction)

    def log_occasion(self, contact_ids: Sequence[int], kind: str, occurred_on: dt.date | str | None = None,
                     **fields: object) -> list[InteractionDetails]:
        """One occasion with several people (a lunch with three): one interaction per person, grouped
        by a shared occasion id, so each person's strength and give-and-take count it. With one person
        it is a plain interaction."""
        people = list(dict.fromkeys(contact_ids))
        if not people:
            raise ValidationError("Who was it with? Name at least one person.")
        base = clean_interaction_fields(
            {"kind": kind, "occurred_on": occurred_on or dt.date.today(), **fields})
        check_interaction_dates(base["occurred_on"], base.get("follow_up_on"))
        with self.db.session() as session:
            rows = []
            for contact_id in people:
                values = {**base, **clean_interaction_fields({"contact_id": contact_id})}
                self._check_refs(session, values)
                rows.append(Interaction(**values))
            session.add_all(rows)
            if len(rows) > 1:
                session.flush()
                for row in rows:
                    row.occasion_id = rows[0].id
        return [plain(InteractionDetails, row) for row in rows]

    def occasion(self, interaction_id: int) -> list[int]:
        """The ids of every interaction of the occasion this one belongs to (itself alone if none)."""
        with self.db.session() as session:
            interaction = self._get(session, interaction_id)
            if interaction.occasion_id is None:
                return [interaction_id]
            return list(session.scalars(select(Interaction.id).where(
                Interaction.occasion_id == interaction.occasion_id).order_by(Interaction.id)))

    def update_occasion(self, interaction_id: int, **changes: object) -> dict[int, dict[str, Any]]:
        """Change the fields of every interaction of an occasion in one step (the person of each row
        stays); returns each row's old values, for `restore_fields`."""
        values = clean_interaction_fields(changes)
        values.pop("contact_id", None)
        ids = self.occasion(interaction_id)
        old: dict[int, dict[str, Any]] = {}
        with self.db.session() as session:
            self._check_refs(session, values)
            for row_id in ids:
                interaction = self._get(session, row_id)
                old[row_id] = {field: getattr(interaction, field) for field in values}
                for field, value in values.items():
                    setattr(interaction, field, value)
                check_interaction_dates(interaction.occurred_on, interaction.follow_up_on,
                                        moved="occurred_on" in values)
        return old

    def restore_fields(self, old: Mapping[int, Mapping[str, Any]]) -> None:
        """Put back the values `update_occasion` returned, all rows in one transaction."""
        with self.db.session() as session:
            for row_id, values in old.items():
                interaction = self._get(session, row_id)
                for field, value in values.items():
                    setattr(interaction, field, value)

    def delete_occasion(self, interaction_id: int) -> list[dict[str, Any]]:
        """Delete every interaction of the occasion; returns their fields for `undelete_many`."""
        ids = self.occasion(interaction_id)
        with self.db.session() as session:
            snapshots = []
            for row_id in ids:
                interaction = self._get(session, row_id)
                snapshots.append({c.key: getattr(interaction, c.key) for c in Interaction.__table__.columns})
                session.delete(interaction)
        return snapshots

    def undelete_many(self, snapshots: Sequence[dict[str, Any]]) -> None:
        with self.db.session() as session:
            session.add_all(Interaction(**snapshot) for snapshot in snapshots)

    def occasions(self, **filters: Any) -> list[InteractionRow]:
        """Like `rows()`, but one row per occasion (the first person's row, with everyone's names in
        `people`); a filter by person keeps the occasions that person was at."""
        contact_id = filters.pop("contact_id", None)
        rows = self.rows(contact_id=contact_id, **filters)
        if contact_id is not None:  # the others at this person's occasions
            shared = {row.occasion_id for row in rows if row.occasion_id is not None}
            mine = {row.id for row in rows}
            found = self.rows(occasion_ids=shared, **filters) if shared else []
            others = [row for row in found if row.id not in mine]
            rows = sorted([*rows, *others], key=lambda r: (r.occurred_on, r.id), reverse=True)
        groups: dict[int, list[InteractionRow]] = {}
        for row in rows:
            if row.occasion_id is not None:
                groups.setdefault(row.occasion_id, []).append(row)
        out: list[InteractionRow] = []
        for row in rows:
            if row.occasion_id is None:
                out.append(row)
                continue
            group = groups[row.occasion_id]
            if row is not min(group, key=lambda r: r.id):
                continue
            people = tuple((r.contact_id, r.contact_name) for r in sorted(group, key=lambda r: r.id))
            out.append(dataclasses.replace(row, people=people))
        return out

    @staticmethod
    def _check_refs(session: Any, values: Mapping[str, Any]) -> None:
        if "contact_id" in values:
            contact = session.get(Contact, values["contact_id"])
            if contact is None or contact.deleted_at is not None:
                raise NotFoundError("There is no person with id {id}.", id=values["contact_id"])
        if values.get("goal_id") is not None and session.get(Goal, values["goal_id"]) is None:
            raise NotFoundError("There is no goal with id {id}.", id=values["goal_id"])
        if values.get("project_id") is not None and session.get(Project, values["project_id"]) is None:
            raise NotFoundError("There is no project with id {id}.", id=values["project_id"])

    def update(self, interaction_id: int, **changes: object) -> dict[str, Any]:
        values = clean_interaction_fields(changes)
        with self.db.session() as session:
            interaction = self._get(session, interaction_id)
            self._check_refs(session, values)
            old = {field: getattr(interaction, field) for field in values}
            for field, value in values.items():
                setattr(interaction, field, value)
            check_interaction_dates(interaction.occurred_on, interaction.follow_up_on,
                         moved="occurred_on" in values)
        return old

    def get(self, interaction_id: int) -> InteractionDetails:
        with self.db.session() as session:
            return plain(InteractionDetails, self._get(session, interaction_id))

    @staticmethod
    def _get(session: Any, interaction_id: int) -> Interaction:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None:
            raise NotFoundError(
                "There is no interaction with id {interaction_id}.",
                interaction_id=interaction_id,
            )
        return interaction  # type: ignore[no-any-return]  # session.get is typed by its first argument

    def delete(self, interaction_id: int) -> dict[str, Any]:
        """Delete one interaction; returns its fields so undo can put it back with the same id."""
        with self.db.session() as session:
            interaction = self._get(session, interaction_id)
            snapshot = {c.key: getattr(interaction, c.key) for c in Interaction.__table__.columns}
            session.delete(interaction)
        return snapshot

    def undelete(self, snapshot: dict[str, Any]) -> None:
        with self.db.session() as session:
            session.add(Interaction(**snapshot))

    def notes(self, ids: Sequence[int]) -> dict[int, str]:
        """The private notes of these interactions, by id."""
        out: dict[int, str] = {}
        with self.db.engine.connect() as conn:
            for start in range(0, len(ids), 900):
                chunk = list(ids[start:start + 900])
                query = select(Interaction.id, Interaction.notes).where(Interaction.id.in_(chunk))
                out.update({row.id: row.notes or "" for row in conn.execute(query)})
        return out

    def ids_for_goal(self, goal_id: int) -> list[int]:
        """The interactions that served a goal."""
        with self.db.engine.connect() as conn:
            return list(conn.scalars(select(Interaction.id).where(Interaction.goal_id == goal_id)))

    def rows(
        self,
        *,
        contact_id: int | None = None,
        kind: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        occasion_ids: Collection[int] | None = None,
        ids: Collection[int] | None = None,
    ) -> list[InteractionRow]:
        """Interactions newest first, optionally for one person, one kind, a date range, occasions or
        these interactions."""
        query = (
            select(*row_columns(Contact.name))
            .join(Contact, Contact.id == Interaction.contact_id)
            .outerjoin(Goal, Goal.id == Interaction.goal_id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        )
        if contact_id is not None:
            query = query.where(Interaction.contact_id == contact_id)
        query = where_shown(query, kind, since, until)
        if occasion_ids is not None:
            query = query.where(Interaction.occasion_id.in_(list(occasion_ids)))
        if ids is not None:
            query = query.where(Interaction.id.in_(list(ids)))
        with self.db.engine.connect() as conn:
            return [InteractionRow(*tuple(row)) for row in conn.execute(query)]

    def open_follow_ups(self, until: dt.date | None = None) -> list[InteractionRow]:
        """Follow-ups not yet done (due by `until`, if given), oldest first."""
        rows = [r for r in self.rows() if r.follow_up_on is not None and not r.follow_up_done]
        if until is not None:
            rows = [r for r in rows if r.follow_up_on is not None and r.follow_up_on <= until]
        return sorted(rows, key=lambda r: (r.follow_up_on or dt.date.max, r.id))

    def thanks_owed(self) -> list[InteractionRow]:
        """Help received that has not been thanked for yet."""
        return [r for r in self.rows() if r.direction == Direction.RECEIVED.value and not r.thanked]
