"""Likely duplicates for the user to review: the same e-mail address, the same phone number (written
any way) or the same name folded (case, accents and Swedish letters: å and ä as a, ö as o, é as e; word
order: "Öberg Per" is "Per Oberg")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from netplanner.services.search import fold
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact

EMAIL, PHONE, NAME = "email", "phone", "name"
#: A name, number or address shared by more people than this is no sign of a duplicate (a switchboard).
MAX_GROUP = 12
DEFAULT_COUNTRY = "46"
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reasons: tuple[str, ...]  # EMAIL, PHONE, NAME: what they share


def name_key(name: str) -> str:
    """A name folded for comparison: "Åsa Öberg-Lind", "oberg-lind asa" and "ÅSA ÖBERG LIND" agree."""
    return " ".join(sorted(_NOT_WORD.sub(" ", fold(name)).split()))


def phone_key(phone: str) -> str:
    """A number's digits in international form ("070-123 45 67", "+46 70 123 45 67" and "0046701234567"
    agree); "" for something too short to be a number."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return digits if len(digits) >= 7 else ""
    if digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = DEFAULT_COUNTRY + digits[1:]
    return digits if len(digits) >= 7 else ""


def email_key(email: str) -> str:
    return email.strip().casefold()


def pairs(people: Iterable[tuple[int, str, list[str], list[str]]]) -> list[DuplicatePair]:
    """The likely pairs among (id, name, emails, phones), most reasons first, then by name."""
    groups: dict[tuple[str, str], list[int]] = {}
    names: dict[int, str] = {}
    for cid, name, emails, phones in people:
        names[cid] = name
        keys = {(NAME, name_key(name))} if name_key(name) else set()
        keys |= {(EMAIL, email_key(e)) for e in emails if email_key(e)}
        keys |= {(PHONE, phone_key(p)) for p in phones if phone_key(p)}
        for key in keys:
            groups.setdefault(key, []).append(cid)
    reasons: dict[tuple[int, int], set[str]] = {}
    for (reason, _value), ids in groups.items():
        if not 1 < len(ids) <= MAX_GROUP:
            continue
        for a, b in itertools.combinations(sorted(ids), 2):
            reasons.setdefault((a, b), set()).add(reason)
    order = (EMAIL, PHONE, NAME)
    found = [DuplicatePair(a, names[a], b, names[b], tuple(r for r in order if r in why))
             for (a, b), why in reasons.items()]
    return sorted(found, key=lambda p: (-len(p.reasons), fold(p.first_name), p.first_id, p.second_id))


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self) -> list[DuplicatePair]:
        """Likely duplicates among everyone not in the Trash."""
        query = select(Contact.id, Contact.name, Contact.emails, Contact.phones).where(
            Contact.deleted_at.is_(None))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).all()
        return pairs((r.id, r.name, list(r.emails or []), list(r.phones or [])) for r in rows)
