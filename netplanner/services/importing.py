"""Bringing contacts from files into the database, and merging two records of one person.

An import is one transaction: it either all happens or nothing does (a cancel rolls back; so does a
file with nothing readable in it, and with `strict` the first card or row that cannot be read). Cards
and rows that cannot be read are otherwise left out and listed (file, line, why) in the result.

Files are read and written in chunks, so memory stays low whatever the file's size: what identifies
each person (uid, the source's id, e-mails, LinkedIn URL, name at organisation) is kept as 64-bit
hashes in sorted numpy arrays (16 bytes a key), and a chunk fetches only the rows its records may match.

Who is who, most certain first: the same UID; the same id from the same source; the same e-mail when
neither side has a conflicting UID and the names agree; the same LinkedIn URL; the exact same name at
the same organisation when one side has no e-mail to tell them apart. Anything less certain (an e-mail
shared by people with different names or UIDs, a similar name at the same organisation) is added as a
new person and reported as a possible duplicate: the user decides, and `merge` moves everything of one
record onto the other.
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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import ASSESSMENT_FIELDS, ContactStatus
from netplanner.domain.names import NAME_PART_FIELDS, fits, has_parts
from netplanner.interop.errors import ImportFormatError, LineIgnoredError, RecordSkippedError
from netplanner.interop.formats import ContactStream, ParsedFile, open_contacts, parse_contacts
from netplanner.interop.records import (
    PRIVATE_TEXT_FIELDS,
    RATING_FIELDS,
    ImportedContact,
    unique,
)
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
KEY_BUFFER = 131072  # keys kept in a dict before they join the sorted arrays (some 13 MB at most)
SIMILAR_NAME = 0.85
MAX_TOKEN_POOL = 300
MAX_LISTED_PROBLEMS = 500  # a file full of bad rows is still reported in little memory
IMPORT_CACHE_KIB = -65536  # negative: in KiB, i.e. 64 MB at most, only while importing
_ORG_SUFFIXES = re.compile(r"\b(ab|inc|ltd|llc|gmbh|as|oy|co|corp|corporation|plc|sa|bv|nv|the)\b")
_ROW_COLUMNS = (
    Contact.id, Contact.uid, Contact.name, Contact.organisation, Contact.department, Contact.title,
    Contact.emails, Contact.phones, Contact.linkedin_url, Contact.tags, Contact.expertise, Contact.notes,
    Contact.external_id, Contact.source, Contact.connected_on, Contact.deleted_at, Contact.status,
    *[getattr(Contact, name) for name in (*PRIVATE_TEXT_FIELDS, *RATING_FIELDS, *NAME_PART_FIELDS)],
)  # fmt: skip
ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"
SKIP = "skip"
SHARED_EMAIL = "shared e-mail"
SIMILAR = "similar name"


@dataclass(frozen=True)
class MergeCandidate:
    """An imported person who may be someone already in the network: a similar name at the same
    organisation, or an e-mail they share although names or UIDs differ (`reason`)."""

    existing_id: int
    existing_name: str
    name: str
    organisation: str
    score: float
    record_index: int
    imported_id: int | None = None
    reason: str = SIMILAR


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
    #: Cards or rows of the file left out (the first MAX_LISTED_PROBLEMS), and how many in all.
    left_out: list[RecordSkippedError] = field(default_factory=list)
    left_out_count: int = 0
    #: Lines left out of cards that were imported.
    ignored_lines: list[LineIgnoredError] = field(default_factory=list)
    ignored_count: int = 0
    #: CSV columns whose values no field takes.
    unmapped: list[str] = field(default_factory=list)
    #: Whether `added_ids` is filled (not for a streamed file: a million ids would be 36 MB).
    keep_ids: bool = True

    def summary(self) -> str:
        if self.cancelled:
            return "Import cancelled: nothing was changed."
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.skipped:
            parts.append(f"{self.skipped} in the Trash left alone")
        if self.left_out_count:
            parts.append(f"{self.left_out_count} left out (cannot be read)")
        text = ", ".join(parts) + "."
        if self.candidates:
            text += f" {len(self.candidates)} possible duplicate(s) to review."
        return text

    def note(self, problem: ImportFormatError) -> None:
        if isinstance(problem, RecordSkippedError):
            self.left_out_count += 1
            if len(self.left_out) < MAX_LISTED_PROBLEMS:
                self.left_out.append(problem)
        elif isinstance(problem, LineIgnoredError):
            self.ignored_count += 1
            if len(self.ignored_lines) < MAX_LISTED_PROBLEMS:
                self.ignored_lines.append(problem)


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


def names_agree(one: str, other: str) -> bool:
    """Whether two spellings may name one person: the same words in any order, where a word may be
    given as its initial ("Anna B." and "Anna Berg"; not "Erik Berg" and "Anna Berg"). A name that is
    an e-mail address (a card with nothing else) agrees with any."""
    if "@" in one or "@" in other or not one.strip() or not other.strip():
        return True
    short, long = sorted((normalise_name(one).split(), normalise_name(other).split()), key=len)
    rest = list(long)
    for word in short:
        match = next((w for w in rest if w == word or (len(word) == 1 and w.startswith(word))
                      or (len(w) == 1 and word.startswith(w))), None)  # fmt: skip
        if match is None:
            return False
        rest.remove(match)
    return True


def _uid_conflict(record: ImportedContact, row: Mapping[str, Any]) -> bool:
    """Both sides carry a UID from a file and they differ: two people, whatever else they share."""
    if not record.uid or record.uid == row["uid"]:
        return False
    external = row["external_id"]
    return bool(external) and row["source"] == "vcard" and external != record.uid


def _record_keys(record: ImportedContact) -> list[tuple[str, str]]:
    """(kind, key) of everything that may identify the record, most certain first."""
    keys: list[tuple[str, str]] = []
    if record.uid:
        keys.append(("u", record.uid))
    if record.external_id and record.external_id != record.linkedin_url:  # LinkedIn's id is the URL
        keys.append(("x", record.external_id))
    keys += [("e", email.casefold()) for email in record.emails]
    if record.linkedin_url:
        keys.append(("l", normalise_linkedin(record.linkedin_url)))
    keys.append(("n", f"{normalise_name(record.name)}\x00{normalise_organisation(record.organisation)}"))
    return keys


def _row_keys(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    keys = [("u", row["uid"])] if row["uid"] else []
    if row["external_id"] and row["external_id"] != row["linkedin_url"]:
        keys.append(("x", row["external_id"]))
    keys += [("e", email.casefold()) for email in row["emails"]]
    if row["linkedin_url"]:
        keys.append(("l", normalise_linkedin(row["linkedin_url"])))
    keys.append(("n", f"{normalise_name(row['name'])}\x00{normalise_organisation(row['organisation'])}"))
    return keys


def _key_hash(kind: str, key: str) -> int:
    return hash((kind, key))  # the index lives for one import, so the process's own hash will do


def _has_key(row: Mapping[str, Any], kind: str, key: str) -> bool:
    """Whether the row really has the key (a hash in the index only says it may)."""
    if kind == "u":
        return bool(row["uid"] == key)
    if kind == "x":
        return bool(row["external_id"] == key)
    if kind == "e":
        return any(email.casefold() == key for email in row["emails"])
    if kind == "l":
        return bool(row["linkedin_url"]) and normalise_linkedin(row["linkedin_url"]) == key
    return f"{normalise_name(row['name'])}\x00{normalise_organisation(row['organisation'])}" == key


def _has_ids(person: ImportedContact | Mapping[str, Any]) -> bool:
    """Carries something that tells people apart (an e-mail, a LinkedIn URL, an id from a file)."""
    if isinstance(person, ImportedContact):
        return bool(person.emails or person.linkedin_url or person.external_id)
    return bool(person["emails"] or person["linkedin_url"] or person["external_id"])


def _entry(contact_id: int, row: Mapping[str, Any]) -> int:
    """What the key index stores: the id, and in the lowest bit whether the person has ids (then a
    record that has ids too cannot be them by name alone, and their row need not be fetched)."""
    return contact_id * 2 + _has_ids(row)


class _KeyIndex:
    """Key hash -> index entry (`_entry`), for everyone there and everyone added so far: two sorted
    numpy arrays of 64-bit integers (16 bytes a key), and a small dict for the latest additions that is
    merged into them now and then. The first entry given for a hash is kept."""

    def __init__(self) -> None:
        self.hashes = np.empty(0, dtype=np.int64)
        self.entries = np.empty(0, dtype=np.int64)
        self.recent: dict[int, int] = {}

    def add(self, pairs: Iterable[tuple[int, int]]) -> None:
        recent = self.recent
        for key_hash, entry in pairs:
            if key_hash not in recent:
                recent[key_hash] = entry
        if len(recent) >= KEY_BUFFER:
            self._merge()

    def _merge(self) -> None:
        count = len(self.recent)
        hashes = np.fromiter(self.recent.keys(), dtype=np.int64, count=count)
        entries = np.fromiter(self.recent.values(), dtype=np.int64, count=count)
        self.recent = {}
        where = np.searchsorted(self.hashes, hashes)
        known = where < len(self.hashes)
        known[known] = self.hashes[where[known]] == hashes[known]
        new = ~known  # a hash already there keeps its first entry
        order = np.argsort(hashes[new], kind="stable")
        added, at = hashes[new][order], where[new][order]
        self.entries = np.insert(self.entries, at, entries[new][order])
        self.hashes = np.insert(self.hashes, at, added)

    def lookup(self, hashes: Iterable[int]) -> dict[int, int]:
        wanted = np.fromiter(set(hashes), dtype=np.int64)
        found: dict[int, int] = {}
        misses = wanted
        if len(self.hashes) and len(wanted):
            where = np.minimum(np.searchsorted(self.hashes, wanted), len(self.hashes) - 1)
            hit = self.hashes[where] == wanted
            found = dict(zip(wanted[hit].tolist(), self.entries[where[hit]].tolist(), strict=True))
            misses = wanted[~hit]
        recent = self.recent
        for key_hash in misses.tolist():
            entry = recent.get(key_hash)
            if entry is not None:
                found[key_hash] = entry
        return found

    def close(self) -> None:
        self.hashes = self.entries = np.empty(0, dtype=np.int64)
        self.recent = {}


class _Similar:
    """The people there before the import, by organisation and name word, for near-match candidates:
    two similar names in one file (two Anna Anderssons at one company) are two people."""

    def __init__(self) -> None:
        self.by_org: dict[str, dict[str, tuple[int, str]]] = {}
        self.tokens: dict[str, dict[str, list[str]]] = {}

    def add(self, row: Mapping[str, Any]) -> None:
        org = normalise_organisation(row["organisation"])
        if not org or row["deleted_at"] is not None:
            return
        name = normalise_name(row["name"])
        people = self.by_org.setdefault(org, {})
        if name not in people:
            tokens = self.tokens.setdefault(org, {})
            for token in set(name.split()):
                if len(token) > 1:
                    tokens.setdefault(token, []).append(name)
            people[name] = (row["id"], row["name"])

    def find(self, record: ImportedContact, index: int) -> list[MergeCandidate]:
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
        found = []
        for match in difflib.get_close_matches(name, sorted(pool), n=3, cutoff=SIMILAR_NAME):
            existing_id, existing_name = people[match]
            score = difflib.SequenceMatcher(None, name, match).ratio()
            found.append(MergeCandidate(existing_id, existing_name, record.name, record.organisation,
                                        round(score, 3), index))  # fmt: skip
        return found


def _changes(current: Mapping[str, Any], record: ImportedContact) -> dict[str, Any]:
    """What the record adds to or changes in the person as stored (the stored name and uid are kept;
    the user's own judgements, as NetPlanner's exports carry them, only fill empty fields)."""
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
    notes = record.notes.replace("\r\n", "\n").strip()
    stored = current["notes"].replace("\r\n", "\n")
    if notes and notes not in stored:
        changes["notes"] = f"{current['notes']}\n\n{notes}" if current["notes"] else notes
    known = current["connected_on"]
    if record.connected_on and (known is None or record.connected_on < known):
        changes["connected_on"] = record.connected_on
    if record.external_id and not current["external_id"] and record.external_id != current["uid"]:
        changes["external_id"] = record.external_id
        changes["source"] = record.source or current["source"]
    for name in PRIVATE_TEXT_FIELDS:
        value = getattr(record, name)
        if value and not current[name]:
            changes[name] = value
    for name in RATING_FIELDS:
        value = getattr(record, name)
        if value is not None and current[name] is None:
            changes[name] = value
    parts = record.name_parts()
    stored_parts = [current[name] for name in NAME_PART_FIELDS]
    if has_parts(parts) and not has_parts(stored_parts) and fits(current["name"], parts):
        changes.update(zip(NAME_PART_FIELDS, parts, strict=True))
    prospect = ContactStatus.PROSPECT.value
    if record.status and current["status"] == prospect and record.status != prospect:
        changes["status"] = record.status
    return changes


def _new_row(record: ImportedContact, uid: str, contact_id: int) -> dict[str, Any]:
    now = utcnow()
    row = {
        "id": contact_id,
        "uid": uid,
        "name": record.name,
        "organisation": record.organisation,
        "department": record.department,
        "title": record.title,
        "emails": list(record.emails),
        "phones": list(record.phones),
        "linkedin_url": record.linkedin_url,
        "tags": list(record.tags),
        "expertise": list(record.expertise),
        "notes": record.notes,
        "status": record.status or ContactStatus.PROSPECT.value,
        "source": record.source or "import",
        "external_id": record.external_id,
        "connected_on": record.connected_on,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
    for name in (*PRIVATE_TEXT_FIELDS, *RATING_FIELDS):
        row[name] = getattr(record, name)
    for name in NAME_PART_FIELDS:
        row[name] = list(getattr(record, name))
    return row


_INSERT_COLUMNS = (
    "id", "uid", "name", "organisation", "department", "title", "emails", "phones", "linkedin_url", "tags",
    "expertise", *PRIVATE_TEXT_FIELDS, "notes", "status", "source", "external_id", "connected_on",
    *RATING_FIELDS, "created_at", "updated_at", *NAME_PART_FIELDS,
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
            dumps(r["expertise"]) if r["expertise"] else "[]",
            r["working_style"], r["cares_about"], r["learn_from"], r["can_offer"], r["notes"], r["status"],
            r["source"], r["external_id"], r["connected_on"].isoformat() if r["connected_on"] else None,
            r["knowledge_sharing"], r["feedback"], r["chemistry"], r["trust"], r["influence"], now, now,
            *[dumps(r[name]) if r[name] else "[]" for name in NAME_PART_FIELDS],
        )
        for r in rows
    ]  # fmt: skip
    session.connection().exec_driver_sql(_INSERT_SQL, params)


class _Run:
    """One import (or a preview, `dry`): matches records chunk by chunk and, unless dry, writes them."""

    def __init__(self, session: Session, *, dry: bool) -> None:
        self.session = session
        self.dry = dry
        self.keys = _KeyIndex()
        self.similar = _Similar()
        self.next_id = 0
        #: Rows added by a dry run (a real run fetches them back from the database).
        self.pending: dict[int, dict[str, Any]] = {}
        for found in session.execute(select(*_ROW_COLUMNS).execution_options(yield_per=5000)).mappings():
            row = dict(found)
            self.next_id = max(self.next_id, row["id"])
            entry = _entry(row["id"], row)
            self.keys.add((_key_hash(kind, key), entry) for kind, key in _row_keys(row))
            self.similar.add(row)
        self.last_existing_id = self.next_id

    def close(self) -> None:
        self.keys.close()

    def _fetch(self, ids: set[int]) -> dict[int, dict[str, Any]]:
        rows = {i: self.pending[i] for i in ids if i in self.pending}
        wanted = [i for i in ids if i not in rows]
        for start in range(0, len(wanted), 30000):
            query = select(*_ROW_COLUMNS).where(Contact.id.in_(wanted[start : start + 30000]))
            rows.update((r["id"], dict(r)) for r in self.session.execute(query).mappings())
        return rows

    def chunk(
        self, records: Sequence[ImportedContact], first_index: int, merge_into: Mapping[int, int],
        result: ImportResult,
    ) -> list[PlannedRow]:  # fmt: skip
        """Match and (unless dry) write one chunk of records; what happened to each."""
        keys_of = [[(kind, key, _key_hash(kind, key)) for kind, key in _record_keys(r)] for r in records]
        entries = self.keys.lookup(h for keys in keys_of for _kind, _key, h in keys)
        hits = {h: entry >> 1 for h, entry in entries.items()}
        needed = {merge_into[i] for i in range(first_index, first_index + len(records)) if i in merge_into}
        for record, keys in zip(records, keys_of, strict=True):
            has_ids = _has_ids(record)
            for kind, _key, h in keys:
                entry = entries.get(h)
                if entry is not None and not (kind == "n" and has_ids and entry & 1):
                    needed.add(entry >> 1)
        rows = self._fetch(needed)
        local: dict[tuple[str, str], int] = {}  # keys of rows this chunk added or changed
        new_rows: dict[int, dict[str, Any]] = {}
        updates: dict[int, dict[str, Any]] = {}
        planned: list[PlannedRow] = []
        for offset, record in enumerate(records):
            position = first_index + offset
            found = merge_into.get(position)
            shared: list[MergeCandidate] = []
            if found is None:
                found, shared = self._find(record, keys_of[offset], position, hits, rows, local)
            if found is None:
                uid = record.uid
                made = not uid or ("u", uid) in local or _key_hash("u", uid) in hits
                if made:
                    uid = new_uid()
                self.next_id += 1
                row = _new_row(record, uid, self.next_id)
                candidates = shared + self.similar.find(record, position)
                if not self.dry:
                    result.candidates += [dataclasses.replace(c, imported_id=row["id"]) for c in candidates]
                new_rows[row["id"]] = rows[row["id"]] = row
                # The row's keys are the record's; a uid made here is in no file, so it is not indexed.
                for kind, key, _hash in keys_of[offset]:
                    if kind != "u" or not made:
                        local.setdefault((kind, key), row["id"])
                planned.append(PlannedRow(position, ADD, None, candidates))
                continue
            current = rows[found]
            if current["deleted_at"] is not None:
                result.skipped += 1
                planned.append(PlannedRow(position, SKIP, found))
                continue
            changes = _changes(current, record)
            if not changes:
                result.unchanged += 1
                planned.append(PlannedRow(position, UNCHANGED, found if found not in new_rows else None))
                continue
            current.update(changes)
            for pair in _row_keys(current):
                local.setdefault(pair, found)
            if found > self.last_existing_id:  # a second row for someone this import adds: it joins that row
                result.unchanged += 1
                planned.append(PlannedRow(position, UNCHANGED, None))
                if found not in new_rows and found not in self.pending:
                    updates.setdefault(found, {}).update(changes)
            else:
                updates.setdefault(found, {}).update(changes)
                result.updated += 1
                planned.append(PlannedRow(position, UPDATE, found))
        self.keys.add((hash(pair), _entry(found_id, rows[found_id])) for pair, found_id in local.items())
        if self.dry:
            self.pending.update(new_rows)
            return planned
        if new_rows:
            _insert(self.session, list(new_rows.values()))
            result.added += len(new_rows)
            if result.keep_ids:
                result.added_ids += list(new_rows)
        if updates:
            now = utcnow()
            self.session.execute(
                update(Contact), [{"id": cid, **values, "updated_at": now} for cid, values in updates.items()]
            )
        return planned

    @staticmethod
    def _find(
        record: ImportedContact, keys: Sequence[tuple[str, str, int]], position: int,
        hits: Mapping[int, int], rows: Mapping[int, dict[str, Any]], local: Mapping[tuple[str, str], int],
    ) -> tuple[int | None, list[MergeCandidate]]:  # fmt: skip
        """The person the record is, if certain; else None and the people it may be (shared e-mail)."""
        shared: list[MergeCandidate] = []
        for kind, key, key_hash in keys:
            found = local.get((kind, key))
            if found is None:
                found = hits.get(key_hash)
            if found is None or found not in rows:
                continue
            row = rows[found]
            if not _has_key(row, kind, key):
                continue  # a hash collision, or a key the person no longer has
            if kind == "u":
                return found, shared
            if kind == "x":
                if not record.source or not row["source"] or record.source == row["source"]:
                    return found, shared
                continue
            if _uid_conflict(record, row):
                if kind == "e":
                    shared.append(_shared(row, record, position))
                continue
            if kind == "e":
                if names_agree(record.name, row["name"]):
                    return found, shared
                shared.append(_shared(row, record, position))
                continue
            if kind == "l":
                return found, shared
            # Same name and organisation is the same person unless both sides carry ids that could differ.
            if not any(getattr(record, f) and row[f] for f in ("emails", "linkedin_url", "external_id")):
                return found, shared
        unique_shared = {c.existing_id: c for c in shared}
        return None, list(unique_shared.values())


def _shared(row: Mapping[str, Any], record: ImportedContact, position: int) -> MergeCandidate:
    return MergeCandidate(row["id"], row["name"], record.name, record.organisation, 0.0, position,
                          reason=SHARED_EMAIL)  # fmt: skip


def _chunks(items: Iterator[ImportedContact | ImportFormatError], result: ImportResult, strict: bool
            ) -> Iterator[list[ImportedContact]]:  # fmt: skip
    chunk: list[ImportedContact] = []
    for item in items:
        if isinstance(item, ImportedContact):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
            continue
        if strict:
            raise item
        result.note(item)
    yield chunk


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading files ---------------------------------------------------------------------------

    @staticmethod
    def read_file(
        path: Path, fmt: str | None = None, mapping: Mapping[str, str] | None = None, *, strict: bool = False
    ) -> ParsedFile:
        """Parse a whole file (format detected unless given); raises ImportFormatError, writes nothing."""
        with bulk_objects():
            return parse_contacts(Path(path).read_bytes(), Path(path).name, fmt, mapping, strict=strict)

    @staticmethod
    @contextlib.contextmanager
    def open_file(
        path: Path, fmt: str | None = None, mapping: Mapping[str, str] | None = None
    ) -> Iterator[ContactStream]:
        """The file's contacts, streamed; a file that is no contacts file at all is refused here."""
        with Path(path).open("rb") as handle:
            stream = open_contacts(handle, Path(path).name, fmt, mapping)
            try:
                yield stream
            finally:
                stream.close()

    def import_file(
        self,
        path: Path,
        fmt: str | None = None,
        mapping: Mapping[str, str] | None = None,
        *,
        strict: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """Import a file of any size in one transaction, streamed; `progress(bytes read, file size)`."""
        with self.open_file(path, fmt, mapping) as stream:
            return self.import_stream(stream, strict=strict, progress=progress, cancel=cancel)

    def import_stream(
        self,
        stream: ContactStream,
        *,
        strict: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        result = ImportResult(format=stream.format, unmapped=list(stream.unmapped), keep_ids=False)

        def report(_records: int) -> None:
            if progress is not None:
                progress(stream.position(), stream.size)

        with bulk_objects():
            return self._run(_chunks(stream.items, result, strict), result, {}, report, cancel)

    # --- planning and importing -------------------------------------------------------------------

    def preview(self, records: Sequence[ImportedContact]) -> list[PlannedRow]:
        """What an import of these records would do, row by row; changes nothing."""
        planned: list[PlannedRow] = []
        with self.db.session() as session:
            run = _Run(session, dry=True)
            try:
                for start in range(0, len(records), CHUNK):
                    planned += run.chunk(records[start : start + CHUNK], start, {}, ImportResult())
            finally:
                run.close()
                session.rollback()
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
        total = len(records)
        chunks = (list(records[start : start + CHUNK]) for start in range(0, max(total, 1), CHUNK))

        def report(done: int) -> None:
            if progress is not None:
                progress(done, total)

        with bulk_objects():
            return self._run(chunks, ImportResult(), dict(merge_into or {}), report, cancel)

    def _run(
        self, chunks: Iterable[list[ImportedContact]], result: ImportResult, merge_into: Mapping[int, int],
        report: Callable[[int], None], cancel: CancelCheck | None,
    ) -> ImportResult:  # fmt: skip
        try:
            with _big_cache(self.db), self.db.session() as session:
                run = _Run(session, dry=False)
                try:
                    for target in merge_into.values():
                        if not run._fetch({target}):
                            raise NotFoundError("There is no person with id {target}.", target=target)
                    done = 0
                    for chunk in chunks:
                        if cancel is not None and cancel():
                            raise _CancelledError
                        run.chunk(chunk, done, merge_into, result)
                        done += len(chunk)
                        report(done)
                    if cancel is not None and cancel():
                        raise _CancelledError
                    nothing = not (result.added or result.updated or result.unchanged or result.skipped)
                    if nothing and result.left_out:
                        raise result.left_out[0]  # nothing readable: refused, nothing written
                finally:
                    run.close()
        except _CancelledError:
            return ImportResult(cancelled=True)
        return result

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
        theirs = [list(getattr(other, name)) for name in NAME_PART_FIELDS]
        if not has_parts([getattr(keep, name) for name in NAME_PART_FIELDS]) and fits(keep.name, theirs):
            for name, values in zip(NAME_PART_FIELDS, theirs, strict=True):
                setattr(keep, name, values)
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
