"""Turning the bytes of an imported file into text: BOMs, UTF-8, UTF-16, and the Windows-1252 fallback."""

from __future__ import annotations

import codecs
import re

from netplanner.interop.errors import ImportFormatError

LINE_BREAK = re.compile(r"\r*\n|\r")


def decode_file(data: bytes, filename: str) -> str:
    """The file's text. UTF-8 (with or without BOM) first, then UTF-16 with a BOM, then Windows-1252.

    Old Outlook writes Windows-1252; a byte that fits neither UTF-8 nor Windows-1252, or a NUL byte,
    means the file is not text at all and the error names the line where that byte is.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", filename)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", filename)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _strict(data, "cp1252", filename)
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportFormatError(filename, _line_at(text, nul), "the file holds binary data, not text")
    return text


def _strict(data: bytes, encoding: str, filename: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start : exc.start + 1].hex()
        if encoding == "cp1252":  # the fallback after UTF-8 failed: neither fits
            raise ImportFormatError(
                filename, line,
                "byte 0x{byte} is neither UTF-8 nor Windows-1252 text; save the file as UTF-8 and try again",
                byte=byte,
            ) from None
        raise ImportFormatError(
            filename, line,
            "byte 0x{byte} is not {encoding} text; save the file as UTF-8 and try again",
            byte=byte,
            encoding=encoding.upper(),
        ) from None


def _line_at(text: str, index: int) -> int:
    return len(LINE_BREAK.findall(text, 0, index)) + 1


def split_lines(text: str) -> list[str]:
    """Physical lines, whatever the line ends (CRLF, LF, CR, and iPhone's CR CR LF)."""
    return LINE_BREAK.split(text)
