"""Turning the bytes of an imported file into text: BOMs, UTF-8, UTF-16, and the Windows-1252 fallback."""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

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


def _utf8_length(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


_SPLIT_FOLD = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r*\n[ \t])")


def repair_split_folds(data: bytes) -> bytes:
    """Move the start of a multi-byte UTF-8 character that a folded line cut in two to after the fold.

    RFC 6350 3.2 folds at octets, so a writer may split a character; unfolding the bytes before
    decoding reads it whole. Moving the bytes keeps every line where it was (errors name the same line).
    """

    def move(match: re.Match[bytes]) -> bytes:
        start, fold = match.group(1), match.group(2)
        if len(start) >= _utf8_length(start[0]):
            return match.group(0)  # a whole character right before the fold: nothing cut
        return fold + start

    return _SPLIT_FOLD.sub(move, data)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CHUNK_BYTES = 1 << 20


def sniff_encoding(stream: BinaryIO, filename: str) -> str:
    """The codec for a whole file, checked chunk by chunk (memory stays low whatever the file's size);
    raises ImportFormatError naming the line for binary data or bytes that fit no encoding."""
    head = stream.read(4)
    stream.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for position, encoding in enumerate(candidates):
        last = position == len(candidates) - 1
        try:
            _check(stream, encoding, filename)
        except _BadByteError as exc:
            if not last:
                continue
            line, byte = exc.line, exc.byte
            if encoding == "cp1252":
                raise ImportFormatError(
                    filename, line,
                    "byte 0x{byte} is neither UTF-8 nor Windows-1252 text; "
                    "save the file as UTF-8 and try again",
                    byte=byte,
                ) from None
            raise ImportFormatError(
                filename, line, "byte 0x{byte} is not {encoding} text; save the file as UTF-8 and try again",
                byte=byte, encoding=encoding.upper().removesuffix("-SIG"),
            ) from None
        finally:
            stream.seek(0)
        return encoding
    raise AssertionError("unreachable")  # pragma: no cover


class _BadByteError(Exception):
    def __init__(self, line: int, byte: str) -> None:
        super().__init__(line, byte)
        self.line, self.byte = line, byte


def _check(stream: BinaryIO, encoding: str, filename: str) -> None:
    """Decode the whole stream; a bad byte raises _BadByteError, a NUL byte ImportFormatError."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 0
    while True:
        chunk = stream.read(CHUNK_BYTES)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            # Positions count from the decoder's input, which may include a few bytes kept from before.
            at = max(exc.start - (len(exc.object) - len(chunk)), 0)
            line = lines + chunk[:at].count(b"\n") + 1
            raise _BadByteError(line, exc.object[exc.start : exc.start + 1].hex()) from None
        nul = text.find("\x00")
        if nul >= 0:
            line = lines + _line_at(text, nul)
            raise ImportFormatError(filename, line, "the file holds binary data, not text")
        lines += text.count("\n")
        if not chunk:
            return
