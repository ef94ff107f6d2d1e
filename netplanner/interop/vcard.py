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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import vobject

from netplanner.domain.names import has_parts, split_display_name
from netplanner.interop.encoding import decode_file, is_utf8, repair_split_folds, split_lines
from netplanner.interop.errors import ImportFormatError, LineIgnoredError, Problem, RecordSkippedError
from netplanner.interop.records import (
    PRIVATE_TEXT_FIELDS,
    RATING_FIELDS,
    ImportedContact,
    clean_emails,
    clip,
    display_name,
    is_linkedin,
    normalise_newlines,
    rating,
    status,
    unique,
)

SOURCE = "vcard"
BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
DROPPED_PROPERTIES = BINARY_PROPERTIES | {"PROFILE", "AGENT"}
BASE64_PARAMS = frozenset({"ENCODING=B", "ENCODING=BASE64", "BASE64"})
PROPERTY_START = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
PROPERTY_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
EXPERTISE = "X-NETPLANNER-EXPERTISE"
CONNECTED_ON = "X-NETPLANNER-CONNECTED-ON"


KNOWN_X_PROPERTIES = frozenset({"X-SOCIALPROFILE"})
NETPLANNER_X = "X-NETPLANNER-"
PRIVATE_PROPERTIES = {f"{NETPLANNER_X}{f.upper().replace('_', '-')}": f for f in PRIVATE_TEXT_FIELDS}
RATING_PROPERTIES = {f"{NETPLANNER_X}{f.upper().replace('_', '-')}": f for f in RATING_FIELDS}
STATUS = f"{NETPLANNER_X}STATUS"
NAME_PARTS = f"{NETPLANNER_X}NAME-ORDER"


@dataclass
class _Card:
    start: int
    version: str = "3.0"
    #: (physical line number, property name in capitals, header "NAME;PARAMS", value)
    lines: list[tuple[int, str, str, str]] = field(default_factory=list)
    ignored: list[LineIgnoredError] = field(default_factory=list)


def parse_vcards(
    data: bytes, filename: str = "contacts.vcf", *, strict: bool = False
) -> list[ImportedContact]:
    """Every readable card in the file; cards that cannot be read are left out (`strict`: refused).
    A file with no readable card at all raises ImportFormatError."""
    contacts: list[ImportedContact] = []
    first_problem: ImportFormatError | None = None
    for item in iter_vcards(data, filename):
        if isinstance(item, ImportedContact):
            contacts.append(item)
            continue
        if strict:
            raise item
        if isinstance(item, RecordSkippedError) and first_problem is None:
            first_problem = item
    if not contacts and first_problem is not None:
        raise first_problem
    return contacts


def iter_vcards(data: bytes, filename: str) -> Iterator[ImportedContact | Problem]:
    """The cards of a file one by one, with what had to be left out (file, line, why) in between."""
    if not is_utf8(data):
        repaired = repair_split_folds(data)
        data = repaired if is_utf8(repaired) else data
    text = decode_file(data, filename)
    del data
    found = False
    for item in _split_cards(split_lines(text), filename):
        found = found or not isinstance(item, LineIgnoredError)
        if isinstance(item, _Card):
            yield from item.ignored
            yield from _read_card(item, filename)
        else:
            yield item
    if not found:
        raise ImportFormatError(filename, None, "no vCard in the file (no BEGIN:VCARD line)")


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


# --- pre-processing -------------------------------------------------------------------------------


def _split_cards(lines: list[str], filename: str) -> Iterator[_Card | Problem]:
    card: _Card | None = None
    i, count = 0, len(lines)
    outside: int | None = None  # first line of a run of text outside any card
    while i < count:
        raw, number = lines[i], i + 1
        token = raw.strip().upper()
        if card is None:
            if token == "BEGIN:VCARD":
                if outside is not None:
                    yield LineIgnoredError(filename, outside, "text outside a vCard (expected BEGIN:VCARD)")
                    outside = None
                card = _Card(number)
            elif token and outside is None:
                outside = number
            i += 1
            continue
        if not raw.strip():
            i += 1
            continue
        if token == "BEGIN:VCARD":
            nested_end = _skip_nested(lines, i)
            if nested_end is None:  # no END for this BEGIN: the card before it was cut short
                yield RecordSkippedError(filename, card.start,
                                    "the vCard that begins here has no END:VCARD (is the file cut short?)")
                card = None
                continue
            i = nested_end
            continue
        if token == "END:VCARD":
            yield card
            card = None
            i += 1
            continue
        if raw[0] in " \t":
            card.ignored.append(
                LineIgnoredError(filename, number, "a continuation line with no property before it")
            )
            i += 1
            continue
        try:
            i = _logical_line(lines, i, card, filename)
        except ImportFormatError as exc:
            card.ignored.append(LineIgnoredError(filename, exc.line, "{problem}", problem=exc.problem))
            i += 1
    if outside is not None:
        yield LineIgnoredError(filename, outside, "text outside a vCard (expected BEGIN:VCARD)")
    if card is not None:
        yield RecordSkippedError(
            filename, card.start, "the vCard that begins here has no END:VCARD (is the file cut short?)"
        )


def _skip_nested(lines: list[str], i: int) -> int | None:
    """Past the END of a card nested in another (a 2.1 AGENT), which is not a contact of its own;
    None when the nested card has no END before the next card starts or the file ends."""
    depth = 0
    while i < len(lines):
        token = lines[i].strip().upper()
        if token == "BEGIN:VCARD":
            if depth == 1:  # a BEGIN inside the nested card: the outer card never ended
                return None
            depth += 1
        elif token == "END:VCARD":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _logical_line(lines: list[str], i: int, card: _Card, filename: str) -> int:
    """Read the property starting at line i (with folds and soft breaks); return the next line index."""
    number = i + 1
    first = lines[i]
    colon = _colon(first)
    header = first[:colon] if colon is not None else first
    params = [p.strip() for p in header.split(";")[1:]]
    qp = any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params)
    # Parts are collected and joined once: `value[:-1] + following` per soft break was quadratic.
    parts = [first[colon + 1 :] if colon is not None else ""]
    j = i + 1
    while j < len(lines):
        following = lines[j]
        if qp and parts[-1].endswith("="):
            j += 1
            parts[-1] = parts[-1][:-1]
            if not following.strip():  # Android ends a soft-broken value with an empty line
                break
            parts.append(following)
            continue
        if following[:1] in (" ", "\t"):
            parts.append(following[1:])
            j += 1
            continue
        break
    if colon is None:
        raise ImportFormatError(filename, number, "this line is not a vCard property (it has no ':')")
    value = "".join(parts)
    base = header.split(";", 1)[0].strip()
    bare = base.rsplit(".", 1)[-1].upper()
    if bare.startswith("X-") and bare not in KNOWN_X_PROPERTIES and not bare.startswith(NETPLANNER_X):
        return j  # another program's own property: nothing NetPlanner reads
    name_match = PROPERTY_NAME.match(base)
    if name_match is None:
        raise ImportFormatError(filename, number, "this line is not a vCard property")
    name = name_match.group(1).upper()
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
            header, value = _decode_quoted_printable(header, params, value, filename, number)
        card.lines.append((number, name, header, value))
    return j


def _colon(line: str) -> int | None:
    """Where header and value of a property line meet: the first colon outside a quoted parameter."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return None


def _decode_quoted_printable(
    header: str, params: list[str], value: str, filename: str, number: int
) -> tuple[str, str]:
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.upper().startswith("CHARSET=")), "")
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    try:
        text = _decode_charset(raw, charset)
    except (LookupError, UnicodeError, ValueError):
        raise ImportFormatError(
            filename, number, "unknown character set '{charset}'", charset=charset[:40]
        ) from None
    kept = [p for p in params if p.upper() not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")]
    kept = [p for p in kept if not p.upper().startswith("CHARSET=")]
    name = header.split(";", 1)[0]
    return ";".join([name, *kept]), text.replace("\r\n", "\n")


def _decode_charset(raw: bytes, charset: str) -> str:
    """Text in the line's CHARSET; LookupError for one Python does not have as a text encoding."""
    if charset:
        info = codecs.lookup(charset)  # LookupError: unknown
        if not getattr(info, "_is_text_encoding", True) or info.name in ("idna", "punycode"):
            raise LookupError(charset)
        return raw.decode(info.name, errors="replace")
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
    return [unescape(part) for part in split_raw(value, separator)]


def split_raw(value: str, separator: str) -> list[str]:
    """Split at separators not escaped with a backslash; the parts keep their escapes."""
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
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def name_parts(value: str) -> list[list[str]]:
    """The five parts of an N value, each a list of its comma-separated values (escaped commas are
    part of a value: Evolution's `Richter\\, James` is one additional name)."""
    components = (split_raw(value, ";") + [""] * 5)[:5]
    return [[v.strip() for v in split_escaped(c, ",") if v.strip()] for c in components]


def _read_card(card: _Card, filename: str) -> Iterator[ImportedContact | Problem]:
    is_21 = card.version.startswith("2")
    lines: list[tuple[str, dict[str, list[str]], str]] = []
    for number, _name, header, value in card.lines:
        escaped = _escape_21(value) if is_21 else value.replace("\n", "\\n")
        try:
            parsed = vobject.base.textLineToContentLine(f"{header}:{escaped}", number)
        # vobject raises several kinds of exception on bad input; the user needs one, with the line.
        except Exception as exc:
            problem = str(exc).split("\n", 1)[0][:200] or type(exc).__name__
            yield LineIgnoredError(filename, number, "not a valid vCard line ({problem})", problem=problem)
            continue
        lines.append((str(parsed.name).upper(), parsed.params, str(parsed.value)))
    contact = _contact_from_lines(lines, card.start)
    if contact is None:
        yield RecordSkippedError(filename, card.start, "a vCard with no name, e-mail or phone number")
    else:
        yield contact


def _contact_from_lines(
    lines: list[tuple[str, dict[str, list[str]], str]], start: int
) -> ImportedContact | None:
    values: dict[str, list[str]] = {}
    for name, _params, value in lines:
        values.setdefault(name, []).append(value)

    def first(name: str) -> str:
        return normalise_newlines(unescape(values[name][0])).strip() if values.get(name) else ""

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
    notes = "\n\n".join(
        n for n in (normalise_newlines(unescape(v)).strip() for v in values.get("NOTE", [])) if n
    )
    name = first("FN") or _name_from_n(values.get("N", [""])[0]) or organisation
    if not name:
        name = emails[0] if emails else (phones[0] if phones else "")
    if not name:
        return None  # an empty card (only categories, say) is no one to import
    uid = first("UID")[:500]
    n_parts = name_parts(values["N"][0]) if values.get("N") else []
    contact = ImportedContact(
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
        external_id=uid,
        source=SOURCE,
        connected_on=_date(first(CONNECTED_ON)),
        line=start,
        uid=uid,
        status=status(first(STATUS)),
    )
    for prop, attribute in PRIVATE_PROPERTIES.items():
        setattr(contact, attribute, first(prop))
    for prop, attribute in RATING_PROPERTIES.items():
        setattr(contact, attribute, rating(first(prop)))
    if has_parts(n_parts):
        contact.set_name_parts(n_parts)
    return contact


def _name_from_n(value: str) -> str:
    parts = [" ".join(p.replace(",", " ").split()) for p in split_escaped(value, ";")] + [""] * 5
    family, given, additional = parts[0], parts[1], parts[2]
    return display_name(given, additional, family)


def _phone(value: str) -> str:
    value = value.strip()
    return value[4:] if value.lower().startswith("tel:") else value


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# --- writing ---------------------------------------------------------------------------------------


def write_vcards(contacts: Iterable[ImportedContact], *, plain: bool = False) -> str:
    """vCard 4.0 text for the contacts, one card each, CRLF line ends. NetPlanner's own fields (working
    style, ratings, status...) are X-NETPLANNER- properties, or with `plain` lines of the NOTE."""
    return "".join(_card(contact, plain).serialize() for contact in contacts)


def structured_name(name: str) -> tuple[str, str]:
    """(family, given) for a display name without parts (netplanner.domain.names.split_display_name)."""
    return split_display_name(name)


def n_value(contact: ImportedContact) -> vobject.vcard.Name:
    """The N of a card: the person's own parts when they have them, else built from the display name."""
    parts = contact.name_parts()
    if has_parts(parts):
        family, given, additional, prefix, suffix = parts
        return vobject.vcard.Name(family=family, given=given, additional=additional, prefix=prefix,
                                  suffix=suffix)  # fmt: skip
    family_name, given_name = structured_name(contact.name)
    return vobject.vcard.Name(family=family_name, given=given_name)


def _private_lines(contact: ImportedContact) -> list[tuple[str, str]]:
    lines = [(prop, getattr(contact, attribute)) for prop, attribute in PRIVATE_PROPERTIES.items()]
    lines += [(prop, str(getattr(contact, attribute) or "")) for prop, attribute in RATING_PROPERTIES.items()]
    lines.append((STATUS, contact.status))
    return [(prop, value) for prop, value in lines if value]


def _card(contact: ImportedContact, plain: bool = False) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("uid").value = contact.uid or contact.external_id
    card.add("fn").value = contact.name
    card.add("n").value = n_value(contact)
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
    private = _private_lines(contact)
    notes = contact.notes
    if plain and private:
        labels = "\n".join(f"{prop.removeprefix(NETPLANNER_X).replace('-', ' ').capitalize()}: {value}"
                           for prop, value in private)  # fmt: skip
        notes = f"{notes}\n\n{labels}" if notes else labels
    if notes:
        card.add("note").value = notes
    for item in contact.expertise:  # one line each: vobject escapes the commas in a text value
        card.add(EXPERTISE.lower()).value = item
    if contact.connected_on:
        card.add(CONNECTED_ON.lower()).value = contact.connected_on.isoformat()
    if not plain:
        for prop, value in private:
            card.add(prop.lower()).value = value
    return card
