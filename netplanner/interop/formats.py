"""One entry point for imports: detect the format of a file from its content, then read it.

`open_contacts` streams a file: the contacts come one by one, with what had to be left out (a card or
row that cannot be read, a line of a card) in between, so an import of any size needs little memory.
`parse_contacts` reads bytes already in memory whole, for the wizard's preview. Either way a file with
nothing readable, or that is not a contacts file at all, raises one ImportFormatError.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from netplanner.interop import csv_formats, vcard
from netplanner.interop.encoding import decode_file, sniff_encoding
from netplanner.interop.errors import ImportFormatError, LineIgnoredError, RecordSkippedError
from netplanner.interop.records import ImportedContact

VCARD = "vcard"
FORMATS: tuple[str, ...] = (VCARD, csv_formats.LINKEDIN, csv_formats.GOOGLE, csv_formats.OUTLOOK, "csv")
FORMAT_LABELS: dict[str, str] = {
    VCARD: "vCard",
    csv_formats.LINKEDIN: "LinkedIn connections (CSV)",
    csv_formats.GOOGLE: "Google Contacts (CSV)",
    csv_formats.OUTLOOK: "Outlook (CSV)",
    csv_formats.GENERIC: "Other CSV (choose the columns)",
}
_CSV_READERS: dict[str, Callable[[csv_formats.CsvTable, str], Iterator[csv_formats.Item]]] = {
    csv_formats.LINKEDIN: csv_formats.iter_linkedin,
    csv_formats.GOOGLE: csv_formats.iter_google,
    csv_formats.OUTLOOK: csv_formats.iter_outlook,
}
SAMPLE_BYTES = 65536


@dataclass
class ParsedFile:
    format: str
    contacts: list[ImportedContact]
    #: Cards or rows left out, each naming file, line and why.
    skipped: list[RecordSkippedError] = field(default_factory=list)
    #: Lines left out of cards that were imported.
    ignored: list[LineIgnoredError] = field(default_factory=list)
    #: CSV columns whose values no field takes.
    unmapped: list[str] = field(default_factory=list)


@dataclass
class ContactStream:
    """The contacts of an open file, read as they are asked for."""

    format: str
    filename: str
    items: Iterator[csv_formats.Item]
    unmapped: list[str]
    size: int
    position: Callable[[], int]
    close: Callable[[], None] = lambda: None


def detect_format(data: bytes, filename: str) -> str:
    """vcard, linkedin, google, outlook or csv (generic), from what the file holds (not its name)."""
    return _detect(io.BytesIO(data), filename)


def _detect(stream: BinaryIO, filename: str) -> str:
    start = stream.tell()
    sample = stream.read(SAMPLE_BYTES)
    stream.seek(start)
    if sample.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper() == b"BEGIN:VCARD":
        return VCARD  # before decoding: a vCard's bytes are decoded only after unfolding (RFC 6350 3.2)
    if len(sample) < SAMPLE_BYTES:
        text = decode_file(sample, filename)
    else:
        text = _decode_sample(sample, stream, filename)
    if vcard.looks_like_vcard(text):
        return VCARD
    table = csv_formats.table_from_text(text, filename, csv_formats.sniff_delimiter(text))
    return csv_formats.detect_csv_format(table.header)


def _decode_sample(sample: bytes, stream: BinaryIO, filename: str) -> str:
    encoding = sniff_encoding(stream, filename)
    return sample.decode(encoding, errors="ignore")  # a character cut at the sample's end is dropped


def _check_format(fmt: str, filename: str) -> None:
    if fmt not in FORMATS:
        known = ", ".join(FORMATS)
        raise ImportFormatError(filename, None, "unknown format '{fmt}' (choose one of {known})",
                                fmt=fmt, known=known)  # fmt: skip


def open_contacts(
    stream: BinaryIO, filename: str, fmt: str | None = None, mapping: Mapping[str, str] | None = None
) -> ContactStream:
    """The contacts of a binary file, streamed (CSV row by row; a vCard file is read whole first)."""
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    fmt = fmt or _detect(stream, filename)
    _check_format(fmt, filename)
    if fmt == VCARD:
        data = stream.read()
        return ContactStream(fmt, filename, vcard.iter_vcards(data, filename), [], size, lambda: size)
    table, text = csv_formats.open_table(stream, filename)
    if fmt == csv_formats.GENERIC:
        items = csv_formats.iter_generic(table, filename, mapping)
    else:
        items = _CSV_READERS[fmt](table, filename)
    return ContactStream(fmt, filename, items, table.unmapped, size, stream.tell, text.close)


def parse_contacts(
    data: bytes,
    filename: str,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    *,
    strict: bool = False,
) -> ParsedFile:
    """The contacts in the file; `fmt` forces a format, `mapping` is for the generic CSV. Cards and rows
    that cannot be read are listed in `skipped` (with `strict`, the first of them refuses the file)."""
    fmt = fmt or detect_format(data, filename)
    _check_format(fmt, filename)
    if fmt == VCARD:
        return collect(ContactStream(fmt, filename, vcard.iter_vcards(data, filename), [], len(data),
                                     lambda: len(data)), strict=strict)  # fmt: skip
    table = csv_formats.read_table(data, filename)
    if fmt == csv_formats.GENERIC:
        items = csv_formats.iter_generic(table, filename, mapping)
    else:
        items = _CSV_READERS[fmt](table, filename)
    return collect(ContactStream(fmt, filename, items, table.unmapped, len(data), lambda: len(data)),
                   strict=strict)  # fmt: skip


def collect(stream: ContactStream, *, strict: bool = False) -> ParsedFile:
    parsed = ParsedFile(stream.format, [], unmapped=list(stream.unmapped))
    for item in stream.items:
        if isinstance(item, ImportedContact):
            parsed.contacts.append(item)
        elif strict:
            raise item
        elif isinstance(item, RecordSkippedError):
            parsed.skipped.append(item)
        else:
            parsed.ignored.append(item)
    refuse_if_empty(parsed.contacts, parsed.skipped)
    return parsed


def refuse_if_empty(contacts: list[ImportedContact] | int, skipped: list[RecordSkippedError]) -> None:
    """Nothing readable but something left out: the file is refused with the first reason."""
    if not contacts and skipped:
        raise skipped[0]
