"""Bytes to text: encoding detection, control characters, line endings, NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import ExtractError

BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-bom"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"OggS",
    b"RIFF",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
)
# Legacy code pages wire copy arrives in; the first of equally good guesses wins.
LEGACY_CODECS: tuple[str, ...] = ("cp1252", "cp1251", "cp1250", "koi8_r")
# XML 1.0 forbids C0 controls but tab, newline and carriage return, and U+FFFE/FFFF.
# DEL and the C1 controls are legal there but never meant in copy: they go too.
ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
ILLEGAL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
MAX_ILLEGAL_SHARE = 0.05
TRUNCATED = "dropped an incomplete character at the end (truncated file?)"
# ASCII-heavy UTF-16: one byte of many characters is NUL.
MIN_UTF16_NUL_SHARE = 0.1
MAX_UTF16_NUL_ELSEWHERE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    """Seed text ready for parsing, with what decoding noticed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _binary(data: bytes) -> ExtractError:
    return ExtractError("binary data", repr(data[:20]))


def _decode_strict(data: bytes, codec: str, label: str) -> tuple[str, str, list[str]]:
    """Decode data; an incomplete character at the end is dropped with a warning."""
    try:
        return data.decode(codec), label, []
    except UnicodeDecodeError as e:
        head = data[: e.start]
        # An ASCII file with one odd byte at the end is more likely a legacy code page.
        ambiguous = codec == "utf-8" and head.isascii()
        if e.end < len(data) or e.start < len(data) - 3 or ambiguous:
            raise _binary(data) from e
        text = head.decode(codec)
        return text, label, [TRUNCATED]


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the UTF-16 byte order when NUL bytes fall on one side of pairs only."""
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    low, high = pairs * MAX_UTF16_NUL_ELSEWHERE, pairs * MIN_UTF16_NUL_SHARE
    if pairs and odd >= high and even <= low:
        return "utf-16-le"
    if pairs and even >= high and odd <= low:
        return "utf-16-be"
    return None


def _rank(encoding: str) -> int:
    if encoding in LEGACY_CODECS:
        return LEGACY_CODECS.index(encoding)
    return len(LEGACY_CODECS)


def _legacy(data: bytes) -> tuple[str, str]:
    """Guess a legacy code page with charset-normalizer among LEGACY_CODECS."""
    if sum(data.count(b) for b in ILLEGAL_BYTES) > len(data) * MAX_ILLEGAL_SHARE:
        raise _binary(data)
    matches = list(from_bytes(data, cp_isolation=list(LEGACY_CODECS)))
    if not matches:
        raise _binary(data)
    best = min(matches, key=lambda m: (m.chaos, -m.coherence, _rank(m.encoding)))
    text = str(best)
    # Code pages that agree on these bytes give the same text: name the most common one.
    for name in LEGACY_CODECS:
        if data.decode(name, errors="replace") == text:
            return text, name
    return text, best.encoding


def _detect(data: bytes) -> tuple[str, str, list[str]]:
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], codec, label)
    order = _utf16_without_bom(data)
    if order is not None:
        return _decode_strict(data, order, order)
    try:
        return _decode_strict(data, "utf-8", "utf-8")
    except ExtractError:
        pass
    text, encoding = _legacy(data)
    return text, encoding, []


def decode_seed(data: bytes) -> Decoded:
    """Decode seed bytes to NFC text with LF line endings; raise on binary data."""
    if data.startswith(BINARY_MAGIC):
        raise _binary(data)
    text, encoding, warnings = _detect(data)
    illegal = len(ILLEGAL_RE.findall(text))
    if illegal:
        if illegal > max(8, len(text) * MAX_ILLEGAL_SHARE):
            raise _binary(data)
        text = ILLEGAL_RE.sub("", text)
        warnings.append(f"stripped {illegal} control characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return Decoded(text=text, encoding=encoding, warnings=tuple(warnings))
