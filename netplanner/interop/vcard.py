"""vCard 2.1, 3.0 and 4.0 in; vCard 4.0 out. vobject does the line and parameter parsing.

Real files need work before vobject can read them, done here card by card on the physical lines:
line ends (CRLF, CR, iPhone's CR CR LF), folded lines, quoted-printable values with soft line breaks
and their own CHARSET (Android, Outlook), 2.1 values turned into 3.0 escaping, photos and other
binary data dropped, nested (AGENT) cards skipped, and properties vobject refuses (`PROFILE`) left out.
Each card then goes to vobject without transformation and the values are unescaped here, so a name
with an unescaped comma (Gmail) stays whole. Apple groups (`item1.EMAIL`) are vobject's `group`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import vobject

from netplanner.interop.encoding import decode_file, split_lines
from netplanner.interop.errors import ImportFormatError
from netplanner.interop.records import ImportedContact, clean_emails, clip, is_linkedin, unique

SOURCE = "vcard"
BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
DROPPED_PROPERTIES = BINARY_PROPERTIES | {"PROFILE", "AGENT"}
BASE64_PARAMS = frozenset({"ENCODING=B", "ENCODING=BASE64", "BASE64"})
PROPERTY_START = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
PROPERTY_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
EXPERTISE = "X-NETPLANNER-EXPERTISE"
CONNECTED_ON = "X-NETPLANNER-CONNECTED-ON"


@dataclass
class _Card:
    start: int
    version: str = "3.0"
    #: (physical line number, property name in capitals, header "NAME;PARAMS", value)
    lines: list[tuple[int, str, str, str]] = field(default_factory=list)


def parse_vcards(data: bytes, filename: str = "contacts.vcf") -> list[ImportedContact]:
    """Every card in the file as an ImportedContact; any problem raises ImportFormatError."""
    text = decode_file(data, filename)
    cards = _split_cards(split_lines(text), filename)
    if not cards:
        raise ImportFormatError(filename, None, "no vCard in the file (no BEGIN:VCARD line)")
    contacts = []
    for card in cards:
        contact = _read_card(card, filename)
        if contact is not None:
            contacts.append(contact)
    return contacts


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


# --- pre-processing -------------------------------------------------------------------------------


def _split_cards(lines: list[str], filename: str) -> list[_Card]:
    cards: list[_Card] = []
    card: _Card | None = None
    i, count = 0, len(lines)
    while i < count:
        raw, number = lines[i], i + 1
        token = raw.strip().upper()
        if card is None:
            if token == "BEGIN:VCARD":
                card = _Card(number)
            elif token:
                raise ImportFormatError(filename, number, "text outside a vCard (expected BEGIN:VCARD)")
            i += 1
            continue
        if not raw.strip():
            i += 1
            continue
        if token == "BEGIN:VCARD":
            i = _skip_nested(lines, i, filename)
            continue
        if token == "END:VCARD":
            cards.append(card)
            card = None
            i += 1
            continue
        if raw[0] in " \t":
            raise ImportFormatError(filename, number, "a continuation line with no property before it")
        i = _logical_line(lines, i, card, filename)
    if card is not None:
        raise ImportFormatError(
            filename, card.start, "the vCard that begins here has no END:VCARD (is the file cut short?)"
        )
    return cards


def _skip_nested(lines: list[str], i: int, filename: str) -> int:
    """Past the END of a card nested in another (a 2.1 AGENT), which is not a contact of its own."""
    start, depth = i + 1, 0
    while i < len(lines):
        token = lines[i].strip().upper()
        if token == "BEGIN:VCARD":
            depth += 1
        elif token == "END:VCARD":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ImportFormatError(filename, start, "a nested vCard that has no END:VCARD")


def _logical_line(lines: list[str], i: int, card: _Card, filename: str) -> int:
    """Read the property starting at line i (with folds and soft breaks); return the next line index."""
    number = i + 1
    header, value = _split_property(lines[i], filename, number)
    params = [p.strip() for p in header.split(";")[1:]]
    name_match = PROPERTY_NAME.match(header.split(";", 1)[0].strip())
    if name_match is None:
        raise ImportFormatError(filename, number, "this line is not a vCard property")
    name = name_match.group(1).upper()
    qp = any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params)
    j = i + 1
    while j < len(lines):
        following = lines[j]
        if qp and value.endswith("="):
            j += 1
            if not following.strip():  # Android ends a soft-broken value with an empty line
                value = value[:-1]
                break
            value = value[:-1] + following
            continue
        if following[:1] in (" ", "\t"):
            value += following[1:]
            j += 1
            continue
        break
    if name in BINARY_PROPERTIES and any(p.upper() in BASE64_PARAMS for p in params):
        # 2.1 base64 may run on over lines that are neither indented nor properties, up to a blank line.
        while j < len(lines) and lines[j].strip() and not PROPERTY_START.match(lines[j]):
            if lines[j].strip().upper() == "END:VCARD":
                break
            j += 1
    if name == "VERSION":
        card.version = value.strip()
    elif name not in DROPPED_PROPERTIES:
        if qp:
            header, value = _decode_quoted_printable(header, params, value)
        card.lines.append((number, name, header, value))
    return j


def _split_property(line: str, filename: str, number: int) -> tuple[str, str]:
    """Header and value of a property line: split at the first colon outside a quoted parameter."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    raise ImportFormatError(filename, number, "this line is not a vCard property (it has no ':')")


def _decode_quoted_printable(header: str, params: list[str], value: str) -> tuple[str, str]:
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.upper().startswith("CHARSET=")), "")
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    text = _decode_charset(raw, charset)
    kept = [p for p in params if p.upper() not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")]
    kept = [p for p in kept if not p.upper().startswith("CHARSET=")]
    name = header.split(";", 1)[0]
    return ";".join([name, *kept]), text.replace("\r\n", "\n")


def _decode_charset(raw: bytes, charset: str) -> str:
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = ""
    if charset:
        return raw.decode(charset, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _escape_21(value: str) -> str:
    """A 2.1 value (literal text, `\\;` inside compound values) in 3.0 escaping."""
    out: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and value[i + 1 : i + 2] == ";":
            out.append("\\;")
            i += 2
            continue
        out.append({"\\": "\\\\", ",": "\\,", "\n": "\\n"}.get(char, char))
        i += 1
    return "".join(out)


# --- reading values ------------------------------------------------------------------------------


def unescape(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            following = value[i + 1]
            out.append("\n" if following in "nN" else following)
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def split_escaped(value: str, separator: str) -> list[str]:
    """Split at separators not escaped with a backslash, then unescape each part."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if char == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def _read_card(card: _Card, filename: str) -> ImportedContact | None:
    is_21 = card.version.startswith("2")
    lines: list[tuple[str, dict[str, list[str]], str]] = []
    for number, _name, header, value in card.lines:
        escaped = _escape_21(value) if is_21 else value.replace("\n", "\\n")
        try:
            parsed = vobject.base.textLineToContentLine(f"{header}:{escaped}", number)
        # vobject raises several kinds of exception on bad input; the user needs one, with the line.
        except Exception as exc:
            problem = str(exc).split("\n", 1)[0][:200] or type(exc).__name__
            raise ImportFormatError(filename, number,
                "not a valid vCard line ({problem})",
                problem=problem,
            ) from None
        lines.append((str(parsed.name).upper(), parsed.params, str(parsed.value)))
    return _contact_from_lines(lines, card.start)


def _contact_from_lines(
    lines: list[tuple[str, dict[str, list[str]], str]], start: int
) -> ImportedContact | None:
    values: dict[str, list[str]] = {}
    for name, _params, value in lines:
        values.setdefault(name, []).append(value)

    def first(name: str) -> str:
        return unescape(values[name][0]).strip() if values.get(name) else ""

    organisation = department = ""
    if values.get("ORG"):
        parts = [part.strip() for part in split_escaped(values["ORG"][0], ";")]
        organisation = parts[0]
        department = next((part for part in parts[1:] if part), "")
    emails = clean_emails([unescape(v) for v in values.get("EMAIL", [])])
    phones = unique([_phone(unescape(v)) for v in values.get("TEL", [])])
    urls = [unescape(v).strip() for v in values.get("URL", []) + values.get("X-SOCIALPROFILE", [])]
    linkedin = next((url for url in urls if is_linkedin(url)), "")
    tags = unique([t for v in values.get("CATEGORIES", []) for t in split_escaped(v, ",")])
    expertise = unique([t for v in values.get(EXPERTISE, []) for t in split_escaped(v, ",")])
    notes = "\n\n".join(n for n in (unescape(v).strip() for v in values.get("NOTE", [])) if n)
    name = first("FN") or _name_from_n(values.get("N", [""])[0]) or organisation
    if not name:
        name = emails[0] if emails else (phones[0] if phones else "")
    if not name:
        return None  # an empty card (only categories, say) is no one to import
    return ImportedContact(
        name=clip(name),
        organisation=clip(organisation),
        department=clip(department),
        title=clip(first("TITLE")),
        emails=emails,
        phones=phones,
        linkedin_url=linkedin[:500],
        tags=[clip(t) for t in tags],
        expertise=[clip(t) for t in expertise],
        notes=notes,
        external_id=first("UID")[:500],
        source=SOURCE,
        connected_on=_date(first(CONNECTED_ON)),
        line=start,
    )


def _name_from_n(value: str) -> str:
    parts = [" ".join(p.replace(",", " ").split()) for p in split_escaped(value, ";")] + [""] * 5
    family, given, additional = parts[0], parts[1], parts[2]
    return " ".join(p for p in (given, additional, family) if p)


def _phone(value: str) -> str:
    value = value.strip()
    return value[4:] if value.lower().startswith("tel:") else value


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# --- writing ---------------------------------------------------------------------------------------


def write_vcards(contacts: Iterable[ImportedContact]) -> str:
    """vCard 4.0 text for the contacts, one card each, CRLF line ends."""
    return "".join(_card(contact).serialize() for contact in contacts)


def _card(contact: ImportedContact) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = contact.name
    words = contact.name.split()
    family, given = (words[-1], " ".join(words[:-1])) if words else ("", "")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.organisation or contact.department:
        card.add("org").value = [contact.organisation, contact.department] if contact.department else [
            contact.organisation
        ]
    if contact.title:
        card.add("title").value = contact.title
    for index, email in enumerate(contact.emails):
        line = card.add("email")
        line.value = email
        if index == 0 and len(contact.emails) > 1:
            line.params["PREF"] = ["1"]
    for phone in contact.phones:
        card.add("tel").value = phone
    if contact.linkedin_url:
        card.add("url").value = contact.linkedin_url
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.external_id:
        card.add("uid").value = contact.external_id
    for item in contact.expertise:  # one line each: vobject escapes the commas in a text value
        card.add(EXPERTISE.lower()).value = item
    if contact.connected_on:
        card.add(CONNECTED_ON.lower()).value = contact.connected_on.isoformat()
    return card
