"""One entry point for imports: detect the format of a file from its content, then parse it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from netplanner.interop import csv_formats, vcard
from netplanner.interop.encoding import decode_file
from netplanner.interop.errors import ImportFormatError
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
_PARSERS: dict[str, Callable[[bytes, str], list[ImportedContact]]] = {
    VCARD: vcard.parse_vcards,
    csv_formats.LINKEDIN: csv_formats.parse_linkedin,
    csv_formats.GOOGLE: csv_formats.parse_google,
    csv_formats.OUTLOOK: csv_formats.parse_outlook,
}


@dataclass
class ParsedFile:
    format: str
    contacts: list[ImportedContact]


def detect_format(data: bytes, filename: str) -> str:
    """vcard, linkedin, google, outlook or csv, from what the file holds (not its name)."""
    text = decode_file(data, filename)
    if vcard.looks_like_vcard(text):
        return VCARD
    table = csv_formats.table_from_text(text, filename, csv_formats.sniff_delimiter(text))
    return csv_formats.detect_csv_format(table.header)


def parse_contacts(
    data: bytes,
    filename: str,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ParsedFile:
    """The contacts in the file; `fmt` forces a format, `mapping` is for the generic CSV."""
    fmt = fmt or detect_format(data, filename)
    if fmt not in FORMATS:
        known = ", ".join(FORMATS)
        raise ImportFormatError(filename, None,
            "unknown format '{fmt}' (choose one of {known})",
            fmt=fmt,
            known=known,
        )
    if fmt == csv_formats.GENERIC:
        return ParsedFile(fmt, csv_formats.parse_generic(data, filename, mapping))
    return ParsedFile(fmt, _PARSERS[fmt](data, filename))
