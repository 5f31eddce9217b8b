"""Datelines: `MOSCOW, January 4. /TASS/.` and the other agencies' forms."""

from __future__ import annotations

import re

from ..model import Dateline
from .months import month_number

CITY = r"(?P<city>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_][^\W\d_.'’-]*){0,5}\.?)"
TASS_RE = re.compile(
    CITY + r"(?:\s*/(?P<region>[^/\n]{1,60})/)?,\s+(?P<month>[A-Za-z]{3,9})\.?\s+"
    r"(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?\.\s+/(?P<agency>[A-Z][A-Za-z-]{1,15})/\.\s*"
)
AGENCIES: dict[str, str] = {"tass": "TASS"}
SMALL_WORDS: frozenset[str] = frozenset({"de", "la", "le", "el", "del", "of", "on", "am"})


def display_city(raw: str) -> str:
    """Turn an upper-case dateline place into its display form ("NEW YORK" -> "New York")."""
    if not raw.isupper():
        return raw
    words = re.split(r"(\s+|-)", raw.casefold())
    out = [w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return "".join(out)


def canonical_agency(raw: str) -> str:
    """Return the canonical name of an agency as printed in a dateline."""
    return AGENCIES.get(raw.casefold(), raw)


def parse_dateline(text: str) -> tuple[Dateline | None, str]:
    """Split a wire story into its dateline (None when it has none) and the body text."""
    match = TASS_RE.match(text)
    if match is None or month_number(match["month"]) is None:
        return None, text
    dateline = Dateline(
        raw=match.group(0).strip(),
        city=display_city(match["city"]),
        region=match["region"],
        month=month_number(match["month"]),
        day=int(match["day"]),
        year=int(match["year"]) if match["year"] else None,
        agency=canonical_agency(match["agency"]),
    )
    return dateline, text[match.end():]
