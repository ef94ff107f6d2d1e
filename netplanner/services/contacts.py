"""People: add, edit, find, trash and restore. Table rows come from SQLAlchemy Core for speed."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

import sqlalchemy.exc
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from netplanner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from netplanner.domain.model import (
    ASSESSMENT_FIELDS,
    SCORE_MAX,
    SCORE_MIN,
    ContactStatus,
    GoalStatus,
    parse_enum,
)
from netplanner.domain.names import NAME_PART_FIELDS, rebuilt_parts
from netplanner.services import validation as v
from netplanner.services.changes import ChangeBus
from netplanner.services.prefetch import Prefetch
from netplanner.services.records import ContactDetails, plain
from netplanner.storage.db import Database, bulk_objects
from netplanner.storage.orm import Contact, Goal, GoalLink, Observation, Question, utcnow

Cleaner = v.Cleaner

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "organisation": "Organisation",
    "department": "Department",
    "title": "Title",
    "emails": "E-mail addresses",
    "phones": "Phone numbers",
    "linkedin_url": "LinkedIn URL",
    "tags": "Tags",
    "expertise": "Expertise",
    "working_style": "Working style",
    "cares_about": "What they care about",
    "learn_from": "What I want to learn",
    "can_offer": "What I can offer",
    "notes": "Notes",
    "knowledge_sharing": "Knowledge sharing",
    "feedback": "Feedback",
    "chemistry": "Chemistry",
    "trust": "Trust",
    "influence": "Influence",
    "status": "Status",
    "half_life_days": "Half-life (days)",
    "cadence_days": "Contact every (days)",
    "source": "Source",
    "external_id": "External id",
    "connected_on": "Connected on",
    "family_names": "Family name",
    "given_names": "Given name",
    "additional_names": "Middle names",
    "honorific_prefixes": "Prefix",
    "honorific_suffixes": "Suffix",
}


def _score(field: str) -> Cleaner:
    return lambda value: v.int_in_range(value, FIELD_LABELS[field], SCORE_MIN, SCORE_MAX, optional=True)


def _linkedin(value: object) -> str:
    url = v.optional_text(value, "LinkedIn URL", 500)
    if url and "linkedin." not in url.lower():
        raise ValidationError("'{url}' does not look like a LinkedIn address.", url=url)
    return url


def _emails(value: object) -> list[str]:
    emails = v.text_list(value, "E-mail addresses")
    for email in emails:
        if "@" not in email or " " in email:
            raise ValidationError("'{email}' is not an e-mail address.", email=email)
    return emails


def _name_part(field: str) -> Cleaner:
    """A name part is a list of values (text is split at commas, as for tags)."""
    return lambda value: v.text_list(value, FIELD_LABELS[field])


def _cadence(value: object) -> int | None:
    return v.int_in_range(value, "Contact every (days)", 1, 3650, optional=True)


CLEANERS: dict[str, Cleaner] = {
    "name": lambda value: v.required_text(value, "Name"),
    "organisation": lambda value: v.optional_text(value, "Organisation", 200),
    "department": lambda value: v.optional_text(value, "Department", 200),
    "title": lambda value: v.optional_text(value, "Title", 200),
    "emails": _emails,
    "phones": lambda value: v.text_list(value, "Phone numbers"),
    "linkedin_url": _linkedin,
    "tags": lambda value: v.text_list(value, "Tags"),
    "expertise": lambda value: v.text_list(value, "Expertise"),
    "working_style": lambda value: v.optional_text(value, "Working style"),
    "cares_about": lambda value: v.optional_text(value, "What they care about"),
    "learn_from": lambda value: v.optional_text(value, "What I want to learn"),
    "can_offer": lambda value: v.optional_text(value, "What I can offer"),
    "notes": lambda value: v.optional_text(value, "Notes"),
    **{field: _score(field) for field in ASSESSMENT_FIELDS},
    "status": lambda value: parse_enum(ContactStatus, str(value), "status").value,
    "half_life_days": lambda value: v.positive_number(value, "Half-life (days)",
                                                      maximum=v.MAX_HALF_LIFE_DAYS),
    "cadence_days": _cadence,
    "source": lambda value: v.optional_text(value, "Source", 40) or "manual",
    "external_id": lambda value: v.optional_text(value, "External id", 500),
    "connected_on": lambda value: v.a_date(value, "Connected on"),
    **{field: _name_part(field) for field in NAME_PART_FIELDS},
}
EDITABLE_FIELDS: tuple[str, ...] = tuple(CLEANERS)


def clean_contact_fields(changes: Mapping[str, object]) -> dict[str, Any]:
    unknown = set(changes) - set(CLEANERS)
    if unknown:
        raise ValidationError("Unknown field(s) for a person: {fields}.", fields=", ".join(sorted(unknown)))
    return {field: CLEANERS[field](value) for field, value in changes.items()}


class ContactRow(NamedTuple):
    """One row of the People table, formatted by SQLite itself: lists joined, dates as ISO text (they
    sort right). Plain tuples from the driver keep 100k people well under a second."""

    id: int
    name: str
    organisation: str
    department: str
    title: str
    tags: str  # "a, b"
    expertise: str
    status: str
    knowledge_sharing: int | None
    feedback: int | None
    chemistry: int | None
    trust: int | None
    influence: int | None
    last_contact: str | None  # ISO date


#: The People table's query. The last contact is the day the strength state keeps (one row per person
#: who was ever met); only for a row the triggers marked dirty does it walk the person's interactions.
ROWS_SQL = """
SELECT c.id, c.name, c.organisation, c.department, c.title,
       coalesce((SELECT group_concat(value, ', ') FROM json_each(c.tags)), ''),
       coalesce((SELECT group_concat(value, ', ') FROM json_each(c.expertise)), ''),
       c.status, c.knowledge_sharing, c.feedback, c.chemistry, c.trust, c.influence,
       CASE WHEN s.contact_id IS NULL THEN NULL
            WHEN s.dirty OR s.last_day IS NULL
                THEN (SELECT max(i.occurred_on) FROM interactions AS i WHERE i.contact_id = c.id)
            ELSE date(s.last_day + 2440587.5) END
FROM contacts AS c {index} LEFT JOIN strength_state AS s ON s.contact_id = c.id WHERE c.deleted_at {trash}
"""


#: The rows of everyone not in the Trash.
LIVE_ROWS_SQL = ROWS_SQL.format(index="", trash="IS NULL")


def read_rows(conn: Any, *, trash: bool = False) -> list[ContactRow]:
    """Everyone's table rows through a sqlcipher3 connection (the driver's own cursor: plain tuples,
    without SQLAlchemy's row objects, a third faster)."""
    with bulk_objects():
        # The few in the Trash are found through the index (SQLite would read everyone to find them);
        # everyone else is nearly every row, read in table order.
        query = (ROWS_SQL.format(index="INDEXED BY ix_contacts_deleted_at", trash="IS NOT NULL") if trash
                 else LIVE_ROWS_SQL)
        return list(map(ContactRow._make, conn.execute(query).fetchall()))


T = TypeVar("T")

#: Ids per query when reading names (SQLite's limit of bound values is far above).
_NAMES_CHUNK = 900


class PreparedPerson(NamedTuple):
    id: int
    name: str
    learn_from: str
    can_offer: str
    notes: str
    cadence_days: int | None


class PreparedQuestion(NamedTuple):
    contact_id: int
    text: str
    asked: bool
    answer: str


class Prepared(NamedTuple):
    people: list[PreparedPerson]
    questions: list[PreparedQuestion]

class ContactService:
    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self.db = db
        self._bus = bus
        self._count: tuple[int | None, int] | None = None

    def add(self, **fields: object) -> ContactDetails:
        """Add a person; `name` is required, every other field optional."""
        if "name" not in fields:
            raise ValidationError("Name cannot be empty.")
        values = clean_contact_fields(fields)
        values.setdefault("status", ContactStatus.PROSPECT.value)
        contact = Contact(**values)
        with self.db.session() as session:
            session.add(contact)
            scores = {name: values[name] for name in ASSESSMENT_FIELDS if values.get(name) is not None}
            if scores:  # the first scores are the first observation of the person's history
                session.flush()
                session.add(Observation(contact_id=contact.id, observed_on=contact.created_at.date(),
                                        **scores))
        return plain(ContactDetails, contact)

    def update(self, contact_id: int, **changes: object) -> dict[str, Any]:
        """Change fields; returns the old values of the changed fields (for undo). A new name without
        new name parts keeps, rebuilds or drops the stored parts (netplanner.domain.names)."""
        values = clean_contact_fields(changes)
        with self.db.session() as session:
            contact = self._get(session, contact_id)
            if "name" in values and not set(values) & set(NAME_PART_FIELDS):
                stored = [list(getattr(contact, field)) for field in NAME_PART_FIELDS]
                rebuilt = rebuilt_parts(str(values["name"]), stored)
                values.update((f, p) for f, p, s in zip(NAME_PART_FIELDS, rebuilt, stored, strict=True)
                              if p != s)  # fmt: skip
            old = {field: getattr(contact, field) for field in values}
            for field, value in values.items():
                setattr(contact, field, value)
        return old

    def get(self, contact_id: int) -> ContactDetails:
        with self.db.session() as session:
            return plain(ContactDetails, self._get(session, contact_id))

    def _get(self, session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
        return contact

    def rows(self, *, trash: bool = False) -> list[ContactRow]:
        """Everyone not in the Trash (or, with trash=True, everyone in it), unsorted, for tables."""
        with self.db.driver_connection() as conn:
            return read_rows(conn, trash=trash)

    def prefetch_rows(self, then: Callable[[list[ContactRow]], T]) -> Prefetch[T]:
        """Start reading everyone's rows (not in the Trash) on a worker thread; `then` runs there too,
        on the rows read (see services.prefetch: the result is dropped if anything was written since)."""
        return Prefetch(self.db, self._bus, "rows", lambda conn: then(read_rows(conn)))

    def rows_of(self, contact_ids: Sequence[int]) -> dict[int, ContactRow]:
        """The table rows of these people, by id (those in the Trash or gone are left out)."""
        found: dict[int, ContactRow] = {}
        with self.db.driver_connection() as conn:
            for start in range(0, len(contact_ids), _NAMES_CHUNK):
                chunk = [int(i) for i in contact_ids[start : start + _NAMES_CHUNK]]
                sql = LIVE_ROWS_SQL + f" AND c.id IN ({','.join('?' * len(chunk))})"
                found.update((row[0], ContactRow._make(row)) for row in conn.execute(sql, chunk))
        return found

    def stored_order(self, stamp: str) -> list[int] | None:
        """The ids of everyone not in the Trash in the name order last saved under `stamp` (the
        collation that made it); None when none is kept, another collation made it, or a person was
        added, deleted, renamed, trashed or restored since (migration 0011's triggers)."""
        with self.db.driver_connection() as conn:
            found = conn.execute("SELECT ids FROM people_order WHERE id = 1 AND stamp = ? AND NOT stale",
                                 (stamp,)).fetchone()
        if found is None:
            return None
        ids = array("q")
        ids.frombytes(found[0])
        return ids.tolist() if len(ids) == self.count() else None

    def save_order(self, stamp: str, contact_ids: Sequence[int]) -> None:
        """Keep this name order of everyone not in the Trash for the next start (derived data: not
        announced as a change). Skipped when another process holds the write lock or the file is
        read-only; the order is then computed again next time."""
        packed = array("q", contact_ids).tobytes()
        try:
            with self.db.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO people_order (id, stamp, ids, stale) VALUES (1, ?, ?, 0)",
                    (stamp, packed),
                )
        except sqlalchemy.exc.OperationalError:
            pass

    def row(self, contact_id: int) -> ContactRow | None:
        """One person's table row (None when the person is in the Trash or gone)."""
        sql = LIVE_ROWS_SQL + " AND c.id = ?"
        with self.db.driver_connection() as conn:
            found = conn.execute(sql, (contact_id,)).fetchone()
        return None if found is None else ContactRow._make(found)

    def names(self) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of everyone not in the trash, for completers and pickers."""
        query = select(Contact.id, Contact.name, Contact.organisation).where(Contact.deleted_at.is_(None))
        with self.db.engine.connect() as conn:
            return [(row[0], row[1], row[2]) for row in conn.execute(query.order_by(Contact.name))]

    def names_of(self, contact_ids: Sequence[int]) -> dict[int, str]:
        """The names of these people (those in the trash too; unknown ids are left out)."""
        wanted = sorted({int(i) for i in contact_ids})
        names: dict[int, str] = {}
        with self.db.engine.connect() as conn:
            for start in range(0, len(wanted), _NAMES_CHUNK):
                chunk = wanted[start : start + _NAMES_CHUNK]
                names.update((row[0], row[1]) for row in conn.execute(
                    select(Contact.id, Contact.name).where(Contact.id.in_(chunk))))
        return names

    def find(self, name_or_email: str) -> ContactDetails:
        """The one person whose name or e-mail is this text (case-insensitive); errors say why not."""
        needle = name_or_email.strip()
        if not needle:
            raise ValidationError("Name the person: a name or an e-mail address.")
        with self.db.session() as session:
            people = session.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()
            folded = needle.casefold()
            exact = [
                c for c in people if c.name.casefold() == folded or folded in map(str.casefold, c.emails)
            ]
            matches = exact or [c for c in people if folded in c.name.casefold()]
        if not matches:
            raise NotFoundError("Nobody called '{needle}' in your network.", needle=needle)
        if len(matches) > 1:
            listed = "; ".join(f"{c.name} ({c.organisation or 'no organisation'})" for c in matches[:5])
            raise AmbiguousError(
                "'{needle}' matches {count} people: {listed}. Be more specific.",
                needle=needle,
                count=len(matches),
                listed=listed,
            )
        return plain(ContactDetails, matches[0])

    def prepared_for_active_goals(self) -> Prepared:
        """The people linked to an active goal with their preparation, and their questions in order."""
        linked = (
            select(GoalLink.contact_id)
            .join(Goal, Goal.id == GoalLink.goal_id)
            .where(Goal.status == GoalStatus.ACTIVE.value)
        )
        people_query = select(
            Contact.id, Contact.name, Contact.learn_from, Contact.can_offer, Contact.notes,
            Contact.cadence_days,
        ).where(Contact.deleted_at.is_(None), Contact.id.in_(linked))
        question_query = (
            select(Question.contact_id, Question.text, Question.asked, Question.answer)
            .where(Question.contact_id.in_(linked))
            .order_by(Question.contact_id, Question.position, Question.id)
        )
        with self.db.engine.connect() as conn:
            people = [PreparedPerson(r.id, r.name, r.learn_from or "", r.can_offer or "", r.notes or "",
                                     r.cadence_days) for r in conn.execute(people_query)]
            questions = [PreparedQuestion(r.contact_id, r.text, bool(r.asked), r.answer or "")
                         for r in conn.execute(question_query)]
        return Prepared(people, questions)

    def trash(self, contact_ids: Sequence[int]) -> None:
        """Move people to the Trash; their interactions and links stay until the Trash is emptied."""
        with self.db.session() as session:
            session.execute(update(Contact).where(Contact.id.in_(contact_ids)).values(deleted_at=utcnow()))

    def restore(self, contact_ids: Sequence[int]) -> None:
        with self.db.session() as session:
            session.execute(update(Contact).where(Contact.id.in_(contact_ids)).values(deleted_at=None))

    def empty_trash(self) -> int:
        """Delete for good everyone in the Trash, with their interactions, links and questions."""
        with self.db.session() as session:
            trashed = session.scalars(select(Contact).where(Contact.deleted_at.is_not(None))).all()
            for contact in trashed:
                session.delete(contact)
            return len(trashed)

    def count(self) -> int:
        """How many people are not in the Trash (counted once per version of the data)."""
        version = self._bus.version if self._bus is not None else None
        if self._count is not None and version is not None and self._count[0] == version:
            return self._count[1]
        with self.db.driver_connection() as conn:  # read at start-up: no ORM needed
            count = int(conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0])
        self._count = (version, count)
        return count
