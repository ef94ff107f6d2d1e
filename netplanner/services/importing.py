"""Bringing contacts from files into the database, and merging two records of one person.

An import is one transaction: it either all happens or nothing does (a bad file is refused before
anything is written; a cancel rolls back). A person already in the network is recognised by a vCard
UID (or another stable id from the file), an e-mail address or a LinkedIn URL, or by the exact same
name at the same organisation when one side has no e-mail to tell them apart; they are updated, not
added twice, so importing a file again adds nothing. A similar name at the same organisation is only
a merge candidate: the user decides, and `merge` moves everything of one record onto the other.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import ASSESSMENT_FIELDS, ContactStatus
from netplanner.interop.formats import ParsedFile, parse_contacts
from netplanner.interop.records import ImportedContact, unique
from netplanner.storage.db import Database, bulk_objects
from netplanner.storage.orm import (
    Contact,
    GoalLink,
    Interaction,
    PlannedTouch,
    ProjectMember,
    Question,
    new_uid,
    utcnow,
)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

CHUNK = 2000
SIMILAR_NAME = 0.85
MAX_TOKEN_POOL = 300
IMPORT_CACHE_KIB = -131072  # negative: in KiB, i.e. 128 MB at most, only while importing
_ORG_SUFFIXES = re.compile(r"\b(ab|inc|ltd|llc|gmbh|as|oy|co|corp|corporation|plc|sa|bv|nv|the)\b")
_MATCH_COLUMNS = (
    Contact.id,
    Contact.name,
    Contact.organisation,
    Contact.department,
    Contact.title,
    Contact.emails,
    Contact.phones,
    Contact.linkedin_url,
    Contact.tags,
    Contact.expertise,
    Contact.notes,
    Contact.external_id,
    Contact.source,
    Contact.connected_on,
    Contact.deleted_at,
)
ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"
SKIP = "skip"


@dataclass(frozen=True)
class MergeCandidate:
    """An imported person who may be someone already in the network (similar name, same organisation)."""

    existing_id: int
    existing_name: str
    name: str
    organisation: str
    score: float
    record_index: int
    imported_id: int | None = None


@dataclass
class PlannedRow:
    """What importing one record would do: add, update (contact_id), unchanged, or skip (in the Trash)."""

    index: int
    action: str
    contact_id: int | None
    candidates: list[MergeCandidate] = field(default_factory=list)


@dataclass
class ImportResult:
    format: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    cancelled: bool = False
    candidates: list[MergeCandidate] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        if self.cancelled:
            return "Import cancelled: nothing was changed."
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.skipped:
            parts.append(f"{self.skipped} in the Trash left alone")
        text = ", ".join(parts) + "."
        if self.candidates:
            text += f" {len(self.candidates)} possible duplicate(s) to review."
        return text


@contextlib.contextmanager
def _big_cache(db: Database) -> Iterator[None]:
    """A larger page cache while a big import runs: with the default 8 MB, a 30,000-row transaction
    spills pages to the WAL (each one encrypted) again and again; outside the import memory stays low."""
    with db.driver_connection() as conn:
        previous = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with db.driver_connection() as conn:
            conn.execute(f"PRAGMA cache_size = {int(previous)}")


class _CancelledError(Exception):
    """Raised inside the transaction so that it rolls back."""


@functools.lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


@functools.lru_cache(maxsize=4096)
def normalise_organisation(text: str) -> str:
    return " ".join(_ORG_SUFFIXES.sub(" ", normalise_name(text)).split())


@functools.lru_cache(maxsize=65536)
def normalise_linkedin(url: str) -> str:
    text = url.strip().lower().split("?", 1)[0].rstrip("/")
    _scheme, _sep, rest = text.rpartition("://")
    _host, _sep, path = rest.partition("/")
    return path  # "in/anna-berg": the same person on www., se. or no subdomain


class _Index:
    """The people already there (and those added so far), looked up by every key that identifies one."""

    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}
        self.by_uid: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_linkedin: dict[str, int] = {}
        self.by_name_org: dict[tuple[str, str], int] = {}
        self.by_org: dict[str, dict[str, int]] = {}
        #: organisation -> name token -> names there with that token: near matches share a token.
        self.tokens: dict[str, dict[str, list[str]]] = {}
        self.next_id = 0

    @staticmethod
    def _put(mapping: dict[Any, int], key: Any, contact_id: int) -> None:
        mapping.setdefault(key, contact_id)

    def add(self, row: dict[str, Any], *, existing: bool = False) -> None:
        """Index a row. Only people `existing` before the import are candidates for near matches:
        two similar names in one file (two Anna Anderssons at one company) are two people."""
        contact_id = row["id"]
        self.rows[contact_id] = row
        self.next_id = max(self.next_id, contact_id)
        if row["external_id"]:
            self._put(self.by_uid, row["external_id"], contact_id)
        for email in row["emails"]:
            self._put(self.by_email, email.casefold(), contact_id)
        if row["linkedin_url"]:
            self._put(self.by_linkedin, normalise_linkedin(row["linkedin_url"]), contact_id)
        name, org = normalise_name(row["name"]), normalise_organisation(row["organisation"])
        self._put(self.by_name_org, (name, org), contact_id)
        if existing and org and row["deleted_at"] is None:
            people = self.by_org.setdefault(org, {})
            if name not in people:
                tokens = self.tokens.setdefault(org, {})
                for token in set(name.split()):
                    if len(token) > 1:
                        tokens.setdefault(token, []).append(name)
            self._put(people, name, contact_id)

    def find(self, record: ImportedContact) -> int | None:
        if record.external_id and record.external_id in self.by_uid:
            return self.by_uid[record.external_id]
        for email in record.emails:
            if email.casefold() in self.by_email:
                return self.by_email[email.casefold()]
        if record.linkedin_url:
            found = self.by_linkedin.get(normalise_linkedin(record.linkedin_url))
            if found is not None:
                return found
        key = (normalise_name(record.name), normalise_organisation(record.organisation))
        found = self.by_name_org.get(key)
        if found is None:
            return None
        row = self.rows[found]
        # Same name and organisation is the same person unless both sides carry ids that could differ.
        if any(getattr(record, f) and row[f] for f in ("emails", "linkedin_url", "external_id")):
            return None
        return found

    def similar(self, record: ImportedContact, index: int) -> list[MergeCandidate]:
        org = normalise_organisation(record.organisation)
        if not org or org not in self.by_org:
            return []
        people = self.by_org[org]
        name = normalise_name(record.name)
        tokens = self.tokens.get(org, {})
        # Only names sharing a word (not a very common one) are compared: difflib on every pair of a
        # large organisation would take minutes.
        pool = {other for token in set(name.split()) if len(tokens.get(token, ())) <= MAX_TOKEN_POOL
                for other in tokens.get(token, ()) if other in people}  # fmt: skip
        if not pool:
            return []
        found = []
        for match in difflib.get_close_matches(name, sorted(pool), n=3, cutoff=SIMILAR_NAME):
            existing = self.rows[people[match]]
            score = difflib.SequenceMatcher(None, name, match).ratio()
            found.append(
                MergeCandidate(existing["id"], existing["name"], record.name, record.organisation,
                               round(score, 3), index)
            )  # fmt: skip
        return found


def _changes(current: Mapping[str, Any], record: ImportedContact) -> dict[str, Any]:
    """What the record adds to or changes in the person as stored (the stored name is kept)."""
    changes: dict[str, Any] = {}
    for name in ("organisation", "department", "title"):
        value = getattr(record, name)
        if value and value != current[name]:
            changes[name] = value
    for name in ("emails", "phones", "tags", "expertise"):
        merged = unique([*current[name], *getattr(record, name)])
        if merged != list(current[name]):
            changes[name] = merged
    if record.linkedin_url and not current["linkedin_url"]:
        changes["linkedin_url"] = record.linkedin_url
    notes = record.notes.strip()
    if notes and notes not in current["notes"]:
        changes["notes"] = f"{current['notes']}\n\n{notes}" if current["notes"] else notes
    known = current["connected_on"]
    if record.connected_on and (known is None or record.connected_on < known):
        changes["connected_on"] = record.connected_on
    if record.external_id and not current["external_id"]:
        changes["external_id"] = record.external_id
        changes["source"] = record.source or current["source"]
    return changes


def _new_row(record: ImportedContact) -> dict[str, Any]:
    now = utcnow()
    return {
        "uid": new_uid(),
        "name": record.name,
        "organisation": record.organisation,
        "department": record.department,
        "title": record.title,
        "emails": list(record.emails),
        "phones": list(record.phones),
        "linkedin_url": record.linkedin_url,
        "tags": list(record.tags),
        "expertise": list(record.expertise),
        "working_style": "",
        "cares_about": "",
        "learn_from": "",
        "can_offer": "",
        "notes": record.notes,
        "status": ContactStatus.PROSPECT.value,
        "source": record.source or "import",
        "external_id": record.external_id,
        "connected_on": record.connected_on,
        "created_at": now,
        "updated_at": now,
    }


_INSERT_COLUMNS = (
    "id", "uid", "name", "organisation", "department", "title", "emails", "phones", "linkedin_url", "tags",
    "expertise", "working_style", "cares_about", "learn_from", "can_offer", "notes", "status", "source",
    "external_id", "connected_on", "created_at", "updated_at",
)  # fmt: skip
_INSERT_SQL = (
    f"INSERT INTO contacts ({', '.join(_INSERT_COLUMNS)}) VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})"
)


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """One executemany straight to the driver: SQLAlchemy's per-row parameter processing would cost
    more than SQLite itself at 30,000 rows. Values are written as the ORM's types write them
    (JSON text for lists, ISO text for dates)."""
    now = utcnow().isoformat(sep=" ", timespec="microseconds")
    dumps = json.dumps
    params = [
        (
            r["id"], r["uid"], r["name"], r["organisation"], r["department"], r["title"],
            dumps(r["emails"]) if r["emails"] else "[]", dumps(r["phones"]) if r["phones"] else "[]",
            r["linkedin_url"], dumps(r["tags"]) if r["tags"] else "[]",
            dumps(r["expertise"]) if r["expertise"] else "[]", "", "", "", "", r["notes"], r["status"],
            r["source"], r["external_id"], r["connected_on"].isoformat() if r["connected_on"] else None,
            now, now,
        )
        for r in rows
    ]  # fmt: skip
    session.connection().exec_driver_sql(_INSERT_SQL, params)


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading files ---------------------------------------------------------------------------

    @staticmethod
    def read_file(path: Path, fmt: str | None = None, mapping: Mapping[str, str] | None = None) -> ParsedFile:
        """Parse a file (format detected unless given); raises ImportFormatError, writes nothing."""
        with bulk_objects():
            return parse_contacts(Path(path).read_bytes(), Path(path).name, fmt, mapping)

    def import_file(
        self,
        path: Path,
        fmt: str | None = None,
        mapping: Mapping[str, str] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        parsed = self.read_file(path, fmt, mapping)
        result = self.import_contacts(parsed.contacts, progress=progress, cancel=cancel)
        result.format = parsed.format
        return result

    # --- planning and importing -------------------------------------------------------------------

    def _load_index(self, session: Session) -> _Index:
        index = _Index()
        for row in session.execute(select(*_MATCH_COLUMNS)).mappings():
            index.add(dict(row), existing=True)
        return index

    def preview(self, records: Sequence[ImportedContact]) -> list[PlannedRow]:
        """What an import of these records would do, row by row; changes nothing."""
        with self.db.session() as session:
            index = self._load_index(session)
        planned: list[PlannedRow] = []
        pending = -1
        for position, record in enumerate(records):
            found = index.find(record)
            if found is None:
                candidates = index.similar(record, position)
                row = _new_row(record) | {"id": pending, "deleted_at": None}
                index.add(row)
                planned.append(PlannedRow(position, ADD, None, candidates))
                pending -= 1
                continue
            current = index.rows[found]
            if current["deleted_at"] is not None:
                planned.append(PlannedRow(position, SKIP, found))
                continue
            changes = _changes(current, record)
            current.update(changes)
            contact_id = found if found > 0 else None
            planned.append(PlannedRow(position, UPDATE if changes and found > 0 else UNCHANGED, contact_id))
        return planned

    def import_contacts(
        self,
        records: Sequence[ImportedContact],
        *,
        merge_into: Mapping[int, int] | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """Import records in one transaction. `merge_into` maps a record's index to an existing
        person the user says it is (a merge decision); `cancel` returning True rolls everything back."""
        merge_into = dict(merge_into or {})
        result = ImportResult()
        total = len(records)
        try:
            with bulk_objects(), _big_cache(self.db), self.db.session() as session:
                index = self._load_index(session)
                for target in merge_into.values():
                    if target not in index.rows:
                        raise NotFoundError("There is no person with id {target}.", target=target)
                for start in range(0, max(total, 1), CHUNK):
                    if cancel is not None and cancel():
                        raise _CancelledError
                    self._import_chunk(session, index, records, start, merge_into, result)
                    if progress is not None:
                        progress(min(start + CHUNK, total), total)
                if cancel is not None and cancel():
                    raise _CancelledError
        except _CancelledError:
            return ImportResult(cancelled=True)
        return result

    def _import_chunk(
        self,
        session: Session,
        index: _Index,
        records: Sequence[ImportedContact],
        start: int,
        merge_into: Mapping[int, int],
        result: ImportResult,
    ) -> None:
        # New people get their ids here (one more than the highest), so that one plain executemany
        # inserts the chunk; inside the transaction nobody else can take those ids.
        new_rows: dict[int, dict[str, Any]] = {}
        updates: dict[int, dict[str, Any]] = {}
        for position in range(start, min(start + CHUNK, len(records))):
            record = records[position]
            found = merge_into.get(position)
            if found is None:
                found = index.find(record)
            if found is None:
                index.next_id += 1
                row = _new_row(record) | {"id": index.next_id}
                for candidate in index.similar(record, position):
                    result.candidates.append(dataclasses.replace(candidate, imported_id=row["id"]))
                new_rows[row["id"]] = row
                index.add(row | {"deleted_at": None})
                continue
            current = index.rows[found]
            if current["deleted_at"] is not None:
                result.skipped += 1
                continue
            changes = _changes(current, record)
            if not changes:
                result.unchanged += 1
                continue
            current.update(changes)
            if {"emails", "linkedin_url", "external_id"} & set(changes):
                index.add(current)
            if found in new_rows:  # a second row for someone this chunk adds: it joins that row
                new_rows[found].update(changes)
                result.unchanged += 1
            else:
                updates.setdefault(found, {}).update(changes)
                result.updated += 1
        if new_rows:
            _insert(session, list(new_rows.values()))
            result.added += len(new_rows)
            result.added_ids += list(new_rows)
        if updates:
            now = utcnow()
            session.execute(
                update(Contact), [{"id": cid, **values, "updated_at": now} for cid, values in updates.items()]
            )

    # --- merging ---------------------------------------------------------------------------------

    def merge(self, keep_id: int, other_id: int) -> None:
        """Make `other` part of `keep`: its interactions, goal links (the higher relevance wins when both
        are linked to one goal), questions, project memberships and planned touches move over, empty
        fields of `keep` are filled from `other`, lists are joined, and `other` is deleted."""
        if keep_id == other_id:
            raise ValidationError("A person cannot be merged with themself.")
        with self.db.session() as session:
            keep = session.get(Contact, keep_id)
            other = session.get(Contact, other_id)
            for contact, contact_id in ((keep, keep_id), (other, other_id)):
                if contact is None:
                    raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
            assert keep is not None
            assert other is not None
            self._merge_fields(keep, other)
            session.flush()
            session.execute(
                update(Interaction).where(Interaction.contact_id == other_id).values(contact_id=keep_id)
            )
            session.execute(
                update(PlannedTouch).where(PlannedTouch.contact_id == other_id).values(contact_id=keep_id)
            )
            self._move_goal_links(session, keep_id, other_id)
            self._move_questions(session, keep_id, other_id)
            self._move_memberships(session, keep_id, other_id)
            session.expunge(other)
            session.execute(delete(Contact).where(Contact.id == other_id))

    @staticmethod
    def _merge_fields(keep: Contact, other: Contact) -> None:
        for name in ("organisation", "department", "title", "linkedin_url", "working_style", "cares_about",
                     "learn_from", "can_offer", "external_id"):  # fmt: skip
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
                if name == "external_id":
                    keep.source = other.source
        for name in ("emails", "phones", "tags", "expertise"):
            setattr(keep, name, unique([*getattr(keep, name), *getattr(other, name)]))
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n\n{other.notes}" if keep.notes else other.notes
        for name in (*ASSESSMENT_FIELDS, "half_life_days", "cadence_days"):
            if getattr(keep, name) is None:
                setattr(keep, name, getattr(other, name))
        if other.connected_on and (keep.connected_on is None or other.connected_on < keep.connected_on):
            keep.connected_on = other.connected_on
        if keep.status == ContactStatus.PROSPECT.value and other.status != ContactStatus.PROSPECT.value:
            keep.status = other.status
        if keep.deleted_at is not None and other.deleted_at is None:
            keep.deleted_at = None

    @staticmethod
    def _move_goal_links(session: Session, keep_id: int, other_id: int) -> None:
        query = select(GoalLink).where(GoalLink.contact_id == keep_id)
        kept = {link.goal_id: link for link in session.scalars(query)}
        for link in session.scalars(select(GoalLink).where(GoalLink.contact_id == other_id)).all():
            mine = kept.get(link.goal_id)
            if mine is None:
                link.contact_id = keep_id
                continue
            if link.relevance > mine.relevance:
                mine.relevance, mine.role = link.relevance, link.role
            if link.note and link.note not in mine.note:
                mine.note = f"{mine.note}\n{link.note}" if mine.note else link.note
            session.delete(link)
        session.flush()

    @staticmethod
    def _move_questions(session: Session, keep_id: int, other_id: int) -> None:
        positions = session.scalars(select(Question.position).where(Question.contact_id == keep_id)).all()
        offset = max(positions, default=-1) + 1
        moving = session.scalars(
            select(Question).where(Question.contact_id == other_id).order_by(Question.position)
        ).all()
        for step, question in enumerate(moving):
            question.contact_id = keep_id
            question.position = offset + step
        session.flush()

    @staticmethod
    def _move_memberships(session: Session, keep_id: int, other_id: int) -> None:
        query = select(ProjectMember).where(ProjectMember.contact_id == keep_id)
        mine = {m.project_id: m for m in session.scalars(query)}
        for member in session.execute(
            select(ProjectMember.project_id, ProjectMember.role).where(ProjectMember.contact_id == other_id)
        ).all():
            project_id, role = member
            if project_id in mine:
                if not mine[project_id].role and role:
                    mine[project_id].role = role
                session.flush()
                session.execute(
                    delete(ProjectMember).where(
                        ProjectMember.project_id == project_id, ProjectMember.contact_id == other_id
                    )
                )
            else:
                session.execute(
                    update(ProjectMember)
                    .where(ProjectMember.project_id == project_id, ProjectMember.contact_id == other_id)
                    .values(contact_id=keep_id)
                )


def connected_since(records: Sequence[ImportedContact]) -> dt.date | None:
    """The earliest connection date in an import (shown in the wizard's summary)."""
    return min((r.connected_on for r in records if r.connected_on), default=None)
