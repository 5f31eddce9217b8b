"""Headlines for earnings and dividend tables ("Shr 1.34 dlrs vs 1.21 dlrs")."""

from __future__ import annotations

import re
from collections.abc import Sequence

ROW_RE = re.compile(
    r"^(?:Oper\s+|Primary\s+|Fully\s+diluted\s+)?(?:shr|net|revs|qtr|"
    r"(?:qtly|quarterly|semi-annual|annual|monthly|final|interim|"
    r"extra|special|initial)?\s*div|sales|avg\s+shrs)\b",
    re.IGNORECASE,
)
DIVIDEND_RE = re.compile(
    r"^(?P<kind>qtly|quarterly|semi-annual|annual|monthly|final|interim|"
    r"extra|special|initial)?\s*div(?:idend)?\s+(?P<amount>.+?)"
    r"(?:\s+vs\s+.*|\s+prior)?$",
    re.IGNORECASE,
)
SHARE_RE = re.compile(r"^(?:Oper\s+)?shr\s+(?P<value>.+)$", re.IGNORECASE)
NAME_RE = re.compile(r"^\((?P<name>[A-Z][^()]{2,60})\)$")
LATER_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:year|12\s+mths|twelve\s+months)\b", re.IGNORECASE), "4th qtr"),
    (
        re.compile(r"^(?:nine\s+mths|9\s+mths|nine\s+months)\b", re.IGNORECASE),
        "3rd qtr",
    ),
    (
        re.compile(r"^(?:six\s+mths|6\s+mths|six\s+months|half)\b", re.IGNORECASE),
        "2nd qtr",
    ),
)
KINDS = {
    "qtly": "quarterly",
    "semi-annual": "semi-annual",
    "annual": "annual",
    "monthly": "monthly",
    "final": "final",
    "interim": "interim",
    "extra": "extra",
    "special": "special",
    "initial": "initial",
    "quarterly": "quarterly",
}
MIN_ROWS = 2


def is_table(paragraphs: Sequence[str]) -> bool:
    """Return whether a story opens with earnings or dividend rows rather than prose."""
    head = paragraphs[:4]
    if not head or ROW_RE.match(head[0]) is None:
        return False
    rows = sum(1 for p in head if ROW_RE.match(p) or " vs " in p)
    return " vs " in head[0] or rows >= min(MIN_ROWS, len(head))


def _company(paragraphs: Sequence[str]) -> str:
    for paragraph in paragraphs:
        if match := NAME_RE.match(paragraph.strip()):
            return match["name"].strip()
    return "Company"


def _period(paragraphs: Sequence[str]) -> str:
    for paragraph in paragraphs[1:]:
        for pattern, period in LATER_PERIODS:
            if pattern.match(paragraph):
                return period
    text = " ".join(paragraphs[:3]).casefold()
    return "qtr" if "qtr" in text or "quarter" in text else "year"


def table_headline(paragraphs: Sequence[str]) -> str:
    """Return "<Company> sets quarterly dividend of ..." or "... reports ... net"."""
    company = _company(paragraphs)
    rows = [p for p in paragraphs if not p.casefold().startswith("qtr ended")]
    if rows and (match := DIVIDEND_RE.match(rows[0])):
        kind = KINDS.get((match["kind"] or "").casefold(), "")
        amount = match["amount"]
        regular = (
            "regular " if re.search(rf"\bvs\s+{re.escape(amount)}\b", rows[0]) else ""
        )
        return " ".join(f"{company} sets {regular}{kind} dividend of {amount}".split())
    period = _period(rows or paragraphs)
    share = next((m for p in rows[:3] if (m := SHARE_RE.match(p))), None)
    value = f", shr {share['value'].lower()}" if share else ""
    return f"{company} reports {period} net{value}"
