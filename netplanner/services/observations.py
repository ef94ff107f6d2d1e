"""Observations: dated notes about a person with optional 1-5 scores, and the assessment they add up to.

The latest of the first five scores is also kept on the person (the People table's columns, which the
table and the editor set directly): adding an observation sets those of its scores for which it is the
newest observation; removing one puts back the newest remaining value. Every write returns what it
replaced, so undo puts the person back exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.domain import assessment as da
from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import ASSESSMENT_FIELDS, SCORE_MAX, SCORE_MIN
from netplanner.services import validation as v
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Observation

EARLIEST = dt.date(1900, 1, 1)
MAX_NOTE = 2000
Cache = dict[str, int | None]


@dataclass(frozen=True, slots=True)
class ObservationDetails:
    id: int
    contact_id: int
    observed_on: dt.date
    note: str
    scores: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Written:
    """What add/delete/undelete did: the observation (as a snapshot for undo) and the person's five
    cached scores before the write."""

    observation: ObservationDetails
    before: Cache


def clean_scores(scores: Mapping[str, object]) -> dict[str, int]:
    unknown = set(scores) - set(da.DIMENSIONS)
    if unknown:
        raise ValidationError("Unknown score(s) for an observation: {fields}.",
                              fields=", ".join(sorted(unknown)))
    out: dict[str, int] = {}
    for name, value in scores.items():
        score = v.int_in_range(value, da.DIMENSION_LABELS[name], SCORE_MIN, SCORE_MAX, optional=True)
        if score is not None:
            out[name] = score
    return out


def _details(row: Observation) -> ObservationDetails:
    scores = {d: int(value) for d in da.DIMENSIONS if (value := getattr(row, d)) is not None}
    return ObservationDetails(row.id, row.contact_id, row.observed_on, row.note or "", scores)


def _cache(contact: Contact) -> Cache:
    return {name: getattr(contact, name) for name in ASSESSMENT_FIELDS}


class ObservationService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self._today = today

    # -------------------------------------------------------------------------------------- writes

    def add(self, contact_id: int, observed_on: object = None, note: str = "", **scores: object) -> Written:
        """Record what the user noticed about a person on a day (today unless given)."""
        clean = clean_scores(scores)
        text = v.optional_text(note, "Note", MAX_NOTE)
        if not clean and not text:
            raise ValidationError("Note what you noticed: a score or a few words.")
        day = v.a_date(observed_on, "Observed on") or self._today()
        if not EARLIEST <= day <= self._today():
            raise ValidationError("The date of an observation must be between {earliest} and {latest}.",
                                  earliest=EARLIEST.isoformat(), latest=self._today().isoformat())
        with self.db.session() as session:
            contact = self._contact(session, contact_id)
            before = _cache(contact)
            row = Observation(contact_id=contact_id, observed_on=day, note=text, **clean)
            session.add(row)
            session.flush()
            self._refresh_cache(session, contact, set(clean))
            return Written(_details(row), before)

    def delete(self, observation_id: int, *, restore: Mapping[str, int | None] | None = None) -> Written:
        """Remove an observation. The person's cached scores become `restore` when given (undo of an
        add), else the newest remaining values of the scores this observation was the newest for."""
        with self.db.session() as session:
            row = session.get(Observation, observation_id)
            if row is None:
                raise NotFoundError("There is no observation with id {observation_id}.",
                                    observation_id=observation_id)
            details = _details(row)
            contact = self._contact(session, row.contact_id)
            before = _cache(contact)
            session.delete(row)
            session.flush()
            if restore is not None:
                self._set_cache(contact, restore)
            else:
                self._refresh_cache(session, contact, set(details.scores), removed=details)
            return Written(details, before)

    def undelete(self, snapshot: ObservationDetails, *, restore: Mapping[str, int | None] | None = None
                 ) -> Written:
        """Put a removed observation back with its old id (undo of a delete, redo of an add)."""
        with self.db.session() as session:
            contact = self._contact(session, snapshot.contact_id)
            before = _cache(contact)
            row = Observation(id=snapshot.id, contact_id=snapshot.contact_id,
                              observed_on=snapshot.observed_on, note=snapshot.note, **snapshot.scores)
            session.add(row)
            session.flush()
            if restore is not None:
                self._set_cache(contact, restore)
            else:
                self._refresh_cache(session, contact, set(snapshot.scores))
            return Written(snapshot, before)

    @staticmethod
    def _contact(session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
        return contact

    @staticmethod
    def _set_cache(contact: Contact, values: Mapping[str, int | None]) -> None:
        for name in ASSESSMENT_FIELDS:
            if name in values and getattr(contact, name) != values[name]:
                setattr(contact, name, values[name])

    def _refresh_cache(self, session: Session, contact: Contact, dimensions: set[str],
                       removed: ObservationDetails | None = None) -> None:
        """Set each cached score among `dimensions` to the newest observation's value for it, where the
        newest one is the one just added (or, after `removed`, where the removed one was the newest)."""
        rows = session.scalars(select(Observation).where(Observation.contact_id == contact.id)).all()
        history = [_details(r) for r in rows]
        for name in dimensions & set(ASSESSMENT_FIELDS):
            having = [o for o in history if name in o.scores]
            newest = max(having, key=lambda o: (o.observed_on, o.id), default=None)
            if removed is not None:
                if newest is not None and (newest.observed_on, newest.id) > (
                        removed.observed_on, removed.id):
                    continue  # the removed one was older: what the person shows now is not its value
                value = newest.scores[name] if newest is not None else None
            elif newest is not None:
                value = newest.scores[name]
            else:
                continue
            if getattr(contact, name) != value:
                setattr(contact, name, value)

    # --------------------------------------------------------------------------------------- reads

    def for_contact(self, contact_id: int) -> list[ObservationDetails]:
        """A person's observations, newest first."""
        query = (select(Observation).where(Observation.contact_id == contact_id)
                 .order_by(Observation.observed_on.desc(), Observation.id.desc()))
        with self.db.session() as session:
            return [_details(r) for r in session.scalars(query)]

    def assessment(self, contact_id: int) -> da.Assessment:
        return self.assessments([contact_id]).get(contact_id, da.NOTHING)

    def histories(self, contact_ids: list[int]) -> dict[int, list[da.Observation]]:
        """Every observation of these people (with scores), by person."""
        query = select(Observation.id, Observation.contact_id, Observation.observed_on,
                       *(getattr(Observation, d) for d in da.DIMENSIONS)
                       ).where(Observation.contact_id.in_(contact_ids))
        with self.db.engine.connect() as conn:
            return _histories(conn.execute(query))

    def assessments(self, contact_ids: list[int] | None = None) -> dict[int, da.Assessment]:
        """The current assessment of everyone not in the Trash (or of the people named): the five
        scores kept on the person, the newest value of the others, and when they were last observed."""
        people_query = select(Contact.id, *(getattr(Contact, n) for n in ASSESSMENT_FIELDS)).where(
            Contact.deleted_at.is_(None))
        observation_query = select(Observation.id, Observation.contact_id, Observation.observed_on,
                                   *(getattr(Observation, d) for d in da.DIMENSIONS))
        if contact_ids is not None:
            people_query = people_query.where(Contact.id.in_(contact_ids))
            observation_query = observation_query.where(Observation.contact_id.in_(contact_ids))
        # Core rows, not ORM objects: this is read for everyone whenever the plan's input is built.
        with self.db.engine.connect() as conn:
            cached = {row[0]: dict(zip(ASSESSMENT_FIELDS, row[1:], strict=True))
                      for row in conn.execute(people_query)}
            history = _histories(conn.execute(observation_query))
        out: dict[int, da.Assessment] = {}
        for cid, scores in cached.items():
            if history.get(cid) or any(value is not None for value in scores.values()):
                out[cid] = da.current(history.get(cid, ()), scores)
        return out



def _histories(rows: Iterable[Sequence[Any]]) -> dict[int, list[da.Observation]]:
    """(id, person, day, *scores) rows as observations by person."""
    history: dict[int, list[da.Observation]] = {}
    for oid, cid, day, *values in rows:
        scores = {d: int(x) for d, x in zip(da.DIMENSIONS, values, strict=True) if x is not None}
        history.setdefault(cid, []).append(da.Observation(oid, cid, day, scores))
    return history
