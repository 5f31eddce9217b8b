"""Headlines for earnings and dividend tables ("Shr 1.34 dlrs vs 1.21 dlrs")."""

from __future__ import annotations

import re
from collections.abc import Sequence

KIND = (
    r"qtly|quarterly|semi-annual|annual|monthly|mthly|final|interim|extra|special|"
    r"initial"
)
ROW_RE = re.compile(
    r"^(?:Oper\s+|Primary\s+|Fully\s+diluted\s+)?(?:shr|net|revs|qtr|"
    rf"(?:{KIND})?\s*div(?:idend)?|sales|avg\s+shrs)\b",
    re.IGNORECASE,
)
DIVIDEND_RE = re.compile(
    rf"^(?P<kind>{KIND})?\s*div(?:idend)?\s+(?P<amount>.+?)"
    r"(?:\s+vs\s+(?P<prior>.+?))?(?:\s+(?:prior|in\s+prior\s+\w+))?$",
    re.IGNORECASE,
)
NOTE_NAME_RE = re.compile(
    r"^(?:NOTE|Note)\s*[:-]\s*(?:(?:[Tt]he\s+)?[Ff]ull\s+name\s+"
    r"(?:of\s+(?:the\s+)?company\s+)?is\s+)?"
    r"(?P<name>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&))*)\.?$"
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
    "mthly": "monthly",
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


def _company(paragraphs: Sequence[str]) -> str | None:
    """Return the company a table names: "(Acme Corp)" or "NOTE: full name is ..."."""
    for paragraph in paragraphs:
        text = paragraph.strip()
        if match := NAME_RE.match(text) or NOTE_NAME_RE.match(text):
            return match["name"].strip().rstrip(".")
    return None


def _period(paragraphs: Sequence[str]) -> str:
    for paragraph in paragraphs[1:]:
        for pattern, period in LATER_PERIODS:
            if pattern.match(paragraph):
                return period
    text = " ".join(paragraphs[:3]).casefold()
    return "qtr" if "qtr" in text or "quarter" in text else "year"


def table_headline(paragraphs: Sequence[str]) -> str:
    """Return "Acme holds quarterly dividend at 10 cts" or "Acme 4th qtr shr ...".

    A table that names no company says what it reports without one.
    """
    company = _company(paragraphs)
    rows = [p for p in paragraphs if not p.casefold().startswith("qtr ended")]
    if rows and (match := DIVIDEND_RE.match(rows[0])):
        return _dividend(company, match)
    period = _period(rows or paragraphs)
    share = next((m for p in rows[:3] if (m := SHARE_RE.match(p))), None)
    value = f"shr {share['value'].lower()}" if share else ""
    if company:
        return f"{company} reports {period} net" + (f", {value}" if value else "")
    return f"{period[:1].upper()}{period[1:]} net" + (f", {value}" if value else "")


def _dividend(company: str | None, match: re.Match[str]) -> str:
    kind = KINDS.get((match["kind"] or "").casefold(), "")
    amount, prior = match["amount"], match["prior"]
    if prior and not any(char.isalpha() and char.islower() for char in prior):
        prior = None  # "N.A."
    same = prior is not None and prior.casefold() == amount.casefold()
    if company:
        verb = "holds" if same else "sets"
        words = f"{company} {verb} {kind} dividend {'at' if same else 'of'} {amount}"
    else:
        words = f"{kind} dividend {'held at' if same else 'of'} {amount}"
        if not same:
            words += f" {'vs ' + prior if prior else 'declared'}"
    words = " ".join(words.split())
    return words[:1].upper() + words[1:]
