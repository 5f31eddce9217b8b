"""Prints: hex digests that change when what they cover changes.

The one place the package hashes anything: cache keys, file prints, build state.
Pure (no Pelican, no I/O), so the core may use it too.
"""

from __future__ import annotations

import hashlib


def fingerprint(*parts: object) -> str:
    """Return the print of parts: bytes as they are, anything else by its repr.

    Bytes parts are hashed after the repr of the rest, with their lengths in it,
    so no two different sequences of parts share a print.
    """
    if bytes not in map(type, parts):  # the common case, checked at C speed
        text = repr(parts).encode("utf-8", "surrogateescape")
        return hashlib.sha1(text, usedforsecurity=False).hexdigest()
    shape = tuple(len(p) if type(p) is bytes else p for p in parts)
    digest = hashlib.sha1(repr(shape).encode("utf-8", "surrogateescape"))
    for part in parts:
        if type(part) is bytes:
            digest.update(part)
    return digest.hexdigest()
