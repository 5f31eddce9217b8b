"""Bytes to text: encoding detection, control characters, line endings, NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import ExtractError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04",
    b"\x1f\x8b", b"BZh", b"\x7fELF", b"OggS", b"RIFF",
)
# XML 1.0 forbids C0 controls other than tab, newline and carriage return, and U+FFFE/FFFF.
ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
MAX_ILLEGAL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Decoded:
    """Seed text ready for parsing, with what decoding noticed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _detect(data: bytes) -> tuple[str, str]:
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name.replace("-sig", "-bom")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data.count(0) > len(data) // 4:
        raise ExtractError("binary data", repr(data[:20]))
    best = from_bytes(data).best()
    if best is None:
        raise ExtractError("binary data", repr(data[:20]))
    return str(best), best.encoding


def decode_seed(data: bytes) -> Decoded:
    """Decode seed bytes to NFC text with \\n line endings; raise on binary data."""
    if data.startswith(BINARY_MAGIC):
        raise ExtractError("binary data", repr(data[:20]))
    text, encoding = _detect(data)
    warnings: list[str] = []
    illegal = len(ILLEGAL_RE.findall(text))
    if illegal:
        if illegal > max(8, len(text) * MAX_ILLEGAL_SHARE):
            raise ExtractError("binary data", repr(text[:20]))
        text = ILLEGAL_RE.sub("", text)
        warnings.append(f"stripped {illegal} control characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return Decoded(text=text, encoding=encoding, warnings=tuple(warnings))
