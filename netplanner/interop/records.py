"""A contact as read from a file, before it meets the database: plain data, nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from netplanner.domain.names import NAME_PART_FIELDS, is_cjk, own_parts

#: The text fields of a contact the files can carry, in the order exports write them.
TEXT_FIELDS: tuple[str, ...] = ("name", "organisation", "department", "title", "linkedin_url", "notes")
LIST_FIELDS: tuple[str, ...] = ("emails", "phones", "tags", "expertise")
#: What only NetPlanner's own exports carry (the user's view of the person), read back on import.
PRIVATE_TEXT_FIELDS: tuple[str, ...] = ("working_style", "cares_about", "learn_from", "can_offer")
RATING_FIELDS: tuple[str, ...] = ("knowledge_sharing", "feedback", "chemistry", "trust", "influence")
STATUSES: tuple[str, ...] = ("prospect", "active", "dormant", "archived")


@dataclass(slots=True)
class ImportedContact:
    """One person read from a vCard or a CSV row. `line` is where it starts in the file (1-based)."""

    name: str
    organisation: str = ""
    department: str = ""
    title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    tags: list[str] = field(default_factory=list)
    expertise: list[str] = field(default_factory=list)
    notes: str = ""
    external_id: str = ""
    source: str = ""
    connected_on: dt.date | None = None
    line: int = 0
    #: The person's stable id: a vCard UID, or the `uid` column of NetPlanner's CSV ("" when none).
    uid: str = ""
    working_style: str = ""
    cares_about: str = ""
    learn_from: str = ""
    can_offer: str = ""
    status: str = ""
    knowledge_sharing: int | None = None
    feedback: int | None = None
    chemistry: int | None = None
    trust: int | None = None
    influence: int | None = None
    #: The structured name (vCard N), each part a list of values; all empty when the file had none.
    family_names: list[str] = field(default_factory=list)
    given_names: list[str] = field(default_factory=list)
    additional_names: list[str] = field(default_factory=list)
    honorific_prefixes: list[str] = field(default_factory=list)
    honorific_suffixes: list[str] = field(default_factory=list)

    def name_parts(self) -> list[list[str]]:
        return [list(getattr(self, name)) for name in NAME_PART_FIELDS]

    def set_name_parts(self, parts: Sequence[Sequence[str]]) -> None:
        """Keep the parts unless they say no more than the display name (set `name` first)."""
        kept = own_parts(self.name, [[clip(v) for v in values] for values in parts])
        for name, values in zip(NAME_PART_FIELDS, kept, strict=True):
            setattr(self, name, values)


def rating(value: str) -> int | None:
    """A 1-5 rating from a file, or None (empty or out of range: the rating is simply not carried)."""
    text = value.strip()
    return int(text) if text in ("1", "2", "3", "4", "5") else None


def status(value: str) -> str:
    text = value.strip().lower()
    return text if text in STATUSES else ""


def normalise_newlines(text: str) -> str:
    """Outlook writes CRLF inside notes; compare and store them with plain line feeds."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unique(items: list[str]) -> list[str]:
    """Stripped, non-empty items without case-insensitive repeats, first spelling and order kept."""
    seen: dict[str, str] = {}
    for item in items:
        text = item.strip()
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def clean_emails(items: list[str]) -> list[str]:
    """Only what looks like an address (one @, no spaces); a "mailto:" prefix is dropped."""
    kept = []
    for item in items:
        text = item.strip()
        if text.lower().startswith("mailto:"):
            text = text[7:]
        if text.count("@") == 1 and text.split() == [text] and len(text) <= 200:  # no white space
            kept.append(text)
    return unique(kept)


def clip(text: str, length: int = 200) -> str:
    """Short fields have a length limit in the database; longer values from files are cut, not refused."""
    text = " ".join(text.split()) if "\n" in text else text.strip()
    return text[:length]


def is_linkedin(url: str) -> bool:
    return "linkedin." in url.lower()


def display_name(given: str, middle: str, family: str) -> str:
    """The name as its culture writes it: Chinese, Japanese and Korean family name first, no space."""
    parts = [p.strip() for p in (given, middle, family) if p and p.strip()]
    if parts and all(is_cjk(ch) for p in parts for ch in p if not ch.isspace()):
        return "".join(p.strip() for p in (family, given, middle) if p and p.strip()).replace(" ", "")
    return " ".join(parts)
