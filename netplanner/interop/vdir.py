"""The vdir folders that vdirsyncer syncs: one card per `.vcf` file, one calendar item per `.ics` file.

Only the card fields are shared (`CARD_FIELDS`); everything else about a person stays in the database.
A card that came from the server keeps what NetPlanner does not manage (photo, addresses, birthday,
notes): writing our version replaces only the shared properties. Files are written atomically (a hidden
temporary file, then a rename) so vdirsyncer never reads half a card, even after a kill.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import vobject

from netplanner.domain.names import NAME_PART_FIELDS, has_parts, split_display_name
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.records import is_linkedin
from netplanner.interop.vcard import parse_vcards

CARD_EXT = ".vcf"
EVENT_EXT = ".ics"
#: The fields of a person that are written to the server, in the order the dialog lists them.
CARD_FIELDS: tuple[str, ...] = ("name", "organisation", "department", "title", "emails", "phones",
                                "linkedin_url", "tags", *NAME_PART_FIELDS)
_LIST_FIELDS = frozenset({"emails", "phones", "tags", *NAME_PART_FIELDS})
_UNSAFE = re.compile(r"[^A-Za-z0-9_.+-]")
_DTSTAMP = re.compile(rb"^DTSTAMP[;:].*\r?\n", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Card:
    """The shared fields of one person."""

    uid: str
    name: str
    organisation: str = ""
    department: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin_url: str = ""
    tags: tuple[str, ...] = ()
    family_names: tuple[str, ...] = ()
    given_names: tuple[str, ...] = ()
    additional_names: tuple[str, ...] = ()
    honorific_prefixes: tuple[str, ...] = ()
    honorific_suffixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, uid: str, fields: Mapping[str, object]) -> Card:
        values: dict[str, object] = {}
        for name in CARD_FIELDS:
            value = fields.get(name)
            if name in _LIST_FIELDS:
                values[name] = tuple(str(item) for item in (value or ()))  # type: ignore[attr-defined]
            else:
                values[name] = str(value or "")
        return cls(uid, **values)  # type: ignore[arg-type]

    def fields(self) -> dict[str, str | list[str]]:
        return {name: list(value) if isinstance(value := getattr(self, name), tuple) else value
                for name in CARD_FIELDS}

    def name_parts(self) -> list[list[str]]:
        return [list(getattr(self, name)) for name in NAME_PART_FIELDS]

    def digest(self) -> str:
        """A hash of the fields; empty name parts are left out, so a card without them hashes as before
        the parts were shared (no needless upload after the upgrade)."""
        fields = {name: value for name, value in self.fields().items()
                  if value or name not in NAME_PART_FIELDS}  # fmt: skip
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CardFile:
    href: str  # the file name in the vdir
    data: bytes
    card: Card

    @property
    def digest(self) -> str:
        return file_digest(self.data)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def href_for(uid: str, ext: str = CARD_EXT) -> str:
    """The file name for a UID: `<UID>.vcf`, with a urn:uuid: prefix dropped and unsafe characters
    replaced (vdirsyncer uses the same safe set for its own file names)."""
    stem = uid.removeprefix("urn:uuid:")
    return _UNSAFE.sub("_", stem)[:200] + ext


def read_cards(folder: Path) -> list[CardFile]:
    """Every card in the folder; a file that is not exactly one valid card raises ImportFormatError
    naming the file and line, before anything is used."""
    found: list[CardFile] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*" + CARD_EXT)):
        data = path.read_bytes()
        contacts = parse_vcards(data, str(path))
        if len(contacts) != 1:
            raise ImportFormatError(str(path), None, "a card file must hold exactly one vCard, not {count}",
                                    count=len(contacts))
        contact = contacts[0]
        uid = contact.external_id or path.stem
        found.append(CardFile(path.name, data, Card.of(uid, {
            "name": contact.name, "organisation": contact.organisation, "department": contact.department,
            "title": contact.title, "emails": contact.emails, "phones": contact.phones,
            "linkedin_url": contact.linkedin_url, "tags": contact.tags,
            **{name: getattr(contact, name) for name in NAME_PART_FIELDS},
        })))
    return found


def card_bytes(card: Card, existing: bytes | None = None) -> bytes:
    """The card as vCard text. With `existing` (the server's version), only the shared properties are
    replaced and everything else in it is kept."""
    vcard = None
    if existing:
        with contextlib.suppress(Exception):  # vobject raises many kinds; a fresh card is always right
            vcard = vobject.readOne(existing.decode("utf-8", errors="replace"))
    if vcard is None:
        vcard = vobject.vCard()
        vcard.add("version").value = "4.0"
    _replace_shared(vcard, card)
    text: str = vcard.serialize()
    return text.encode("utf-8")


def _lines(vcard: vobject.base.Component, name: str) -> list[vobject.base.ContentLine]:
    return list(vcard.contents.get(name, []))


def _remove(vcard: vobject.base.Component, name: str, keep: Iterable[vobject.base.ContentLine] = ()) -> None:
    kept = list(keep)
    for line in _lines(vcard, name):
        if line not in kept:
            vcard.remove(line)


def _replace_shared(vcard: vobject.base.Component, card: Card) -> None:
    old_fn = _lines(vcard, "fn")
    name_changed = not old_fn or str(old_fn[0].value) != card.name or not _lines(vcard, "n")
    _remove(vcard, "fn")
    vcard.add("fn").value = card.name
    parts = card.name_parts()
    if has_parts(parts):  # the person's own parts, exactly
        _remove(vcard, "n")
        family_names, given_names, additional, prefix, suffix = parts
        vcard.add("n").value = vobject.vcard.Name(family=family_names, given=given_names,
                                                  additional=additional, prefix=prefix, suffix=suffix)
    elif name_changed:  # otherwise the card's own N stays
        _remove(vcard, "n")
        family, given = split_display_name(card.name)
        vcard.add("n").value = vobject.vcard.Name(family=family, given=given)
    _remove(vcard, "org")
    if card.organisation or card.department:
        vcard.add("org").value = [card.organisation, *([card.department] if card.department else [])]
    _remove(vcard, "title")
    if card.title:
        vcard.add("title").value = card.title
    _replace_values(vcard, "email", card.emails)
    _replace_values(vcard, "tel", card.phones)
    linkedin = [line for line in _lines(vcard, "url") if is_linkedin(str(line.value))]
    for line in linkedin:
        vcard.remove(line)
    if card.linkedin_url:
        vcard.add("url").value = card.linkedin_url
    _remove(vcard, "categories")
    if card.tags:
        vcard.add("categories").value = list(card.tags)
    _remove(vcard, "uid")
    vcard.add("uid").value = card.uid


def _replace_values(vcard: vobject.base.Component, name: str, values: tuple[str, ...]) -> None:
    """Our values in our order; a value the card already had keeps its parameters (TYPE=work...)."""
    existing = {str(line.value).strip().casefold(): line for line in _lines(vcard, name)}
    _remove(vcard, name)
    for value in values:
        line = vcard.add(name)
        line.value = value
        before = existing.get(value.strip().casefold())
        if before is not None:
            line.params = dict(before.params)


def write_file(folder: Path, href: str, data: bytes) -> None:
    """Write one item atomically; the temporary name has no item extension, so vdirsyncer skips it."""
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{href}.netplanner-tmp"
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, folder / href)


def remove_file(folder: Path, href: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / href).unlink()


def same_event(a: bytes, b: bytes) -> bool:
    """Two calendar items that differ only in their DTSTAMP (the time they were written) are the same."""
    return _DTSTAMP.sub(b"", a) == _DTSTAMP.sub(b"", b)


def write_calendar(folder: Path, items: Mapping[str, bytes]) -> tuple[int, int]:
    """Make the folder hold exactly `items` (file name -> bytes); files that did not change are left as
    they are, so vdirsyncer uploads only what moved. Returns (written, removed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for href, data in items.items():
        path = folder / href
        if path.is_file() and same_event(path.read_bytes(), data):
            continue
        write_file(folder, href, data)
        written += 1
    for path in folder.glob("*" + EVENT_EXT):
        if path.name not in items:
            path.unlink()
            removed += 1
    return written, removed
