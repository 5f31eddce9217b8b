"""Datelines: `MOSCOW, January 4. /TASS/.` and the other agencies' forms."""

from __future__ import annotations

import re

from ..model import Dateline
from .agencies import AGENCIES, canonical_agency
from .months import month_number, slipped_month

MIN_BARE_AGENCY = 3  # agencies named without brackets: longer names only
MAX_CAPS_AGENCY = 12
MAX_DAY = 31

# A place word: a letter, then anything but spaces, separators and digits (ST., O'HARE).
WORD = r"[^\W\d_][^\s,;:()\[\]/\d]{0,30}"
LEAD = r"(?:\(\s*(?P<lead>[^()\n]{2,20}?)\s*\)\s*[-–—]{1,2}\s*)?"
PLACE = (
    rf"(?P<city>{WORD}(?:(?: |/){WORD}){{0,4}})"
    r"(?:\s*/(?P<region>[^/\n]{1,60})/)?"
)
NOT_MONTH = r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
# " ," : a stray space before a comma ("OAKLAND , Calif., March 2 -") is tolerated.
QUAL = (
    rf"(?: ?,\s*{NOT_MONTH}(?P<qual>{WORD}(?: {WORD}){{0,2}})(?:,|(?<=\.))| ?[,.])\s+"
)
DATE = (
    r"(?:(?P<m1>[^\W\d_]{3,10})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})(?:er|º)?\.?\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,10})\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y2>\d{4}))?)"
)
_BARE = "|".join(
    sorted(
        (re.escape(k) for k in AGENCIES if len(k) > MIN_BARE_AGENCY),
        key=len,
        reverse=True,
    )
)
# Short names stand bare only in capitals, right before the dash ("TOKYO, Oct 2 AFP -").
_SHORT = "|".join(
    sorted({k.upper() for k in AGENCIES if len(k) <= MIN_BARE_AGENCY} | {"dpa"})
)
AGENCY = (
    r"(?:\(\s*(?P<a1>[^()\n]{2,30}?)\s*\)|/(?P<a2>[^/\n]{2,30})/"
    rf"|(?P<a3>(?i:{_BARE})(?:-[A-Za-z]+)?)|(?P<a5>{_SHORT})(?=\s*[-–—]))"
)
END = r"\s*(?:\.\s*[-–—]{1,2}|[-–—]{1,2}|_(?=\s)|:|\.(?=\s|$)|(?<=/)(?=\s))\s*"
DATED_RE = re.compile(
    rf"{LEAD}{PLACE}{QUAL}{DATE}(?:[.,]?\s*{AGENCY})?{END}"
    rf"(?:(?P<a4>(?i:{_BARE}))\.\s+)?"
)
# "WASHINGTON — " with no date and no agency: only an all-capitals place is a dateline.
CAPS_ONLY_RE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+){0,3})"
    rf"(?: ?,\s*(?P<qual>{WORD}(?: {WORD}){{0,2}}))?\s+(?:[-–—]{{1,2}}|_)\s+"
)
UNDATED_RE = re.compile(
    rf"{LEAD}{PLACE}(?: ?,\s*(?P<qual>{WORD}(?: {WORD}){{0,2}}))?"
    rf"\s*\(\s*(?P<a1>[^()\n]{{2,30}}?)\s*\){END}"
)
PLACELESS_RE = re.compile(rf"{DATE}\s*\(\s*(?P<a1>[^()\n]{{2,30}}?)\s*\){END}")
LEAD_ONLY_RE = re.compile(r"\(\s*(?P<lead>[^()\n]{2,20}?)\s*\)\s*[-–—]{1,2}\s*")
SMALL_WORDS: frozenset[str] = frozenset(
    {
        "de",
        "la",
        "le",
        "el",
        "del",
        "of",
        "on",
        "am",
        "upon",
        "sur",
        "en",
        "di",
        "da",
        "do",
        "dos",
    }
)
SPLIT_RE = re.compile(r"(\s+|-|/)")


def display_city(raw: str) -> str:
    """Turn an upper-case dateline place into its display form ("NEW YORK")."""
    if not raw.isupper():
        return raw
    words = SPLIT_RE.split(raw.casefold())
    out = [
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    ]
    return "".join(out)


def _agency(match: re.Match[str], *, known_only: bool) -> str | bool | None:
    """Return the canonical agency of a match, None if absent, False if no agency."""
    groups = match.groupdict()
    raw = next(
        (groups[g] for g in ("a1", "a2", "a3", "a4", "a5", "lead") if groups.get(g)),
        None,
    )
    if raw is None:
        return None
    name = canonical_agency(raw)
    if name:
        return name
    short_caps = raw.isupper() and len(raw) <= MAX_CAPS_AGENCY
    return False if known_only and not short_caps else raw.strip()


def _date(match: re.Match[str]) -> tuple[int | None, int | None, int | None] | None:
    groups = match.groupdict()
    month_name = groups.get("m1") or groups.get("m2")
    if month_name is None:
        return None, None, None
    month = month_number(month_name) or slipped_month(month_name)  # "Narch 2"
    day = int(groups.get("d1") or groups.get("d2"))
    if month is None or not 1 <= day <= MAX_DAY:
        return None
    year = groups.get("y1") or groups.get("y2")
    return month, day, int(year) if year else None


def _build(match: re.Match[str], *, known_only: bool) -> Dateline | None:
    agency = _agency(match, known_only=known_only)
    when = _date(match)
    if agency is False or when is None:
        return None
    groups = match.groupdict()
    city = groups.get("city")
    month, day, year = when
    return Dateline(
        raw=match.group(0).strip(),
        city=display_city(city) if city else None,
        region=groups.get("region") or groups.get("qual"),
        month=month,
        day=day,
        year=year,
        agency=agency,
    )


def parse_dateline(text: str) -> tuple[Dateline | None, str]:
    """Split a wire story into its dateline (None when it has none) and body."""
    for regex, known_only in (
        (DATED_RE, False),
        (UNDATED_RE, True),
        (PLACELESS_RE, True),
        (LEAD_ONLY_RE, True),
        (CAPS_ONLY_RE, False),
    ):
        match = regex.match(text)
        if match is None:
            continue
        dateline = _build(match, known_only=known_only)
        if dateline is not None:
            return dateline, text[match.end() :]
    return None, text
