"""Headlines for earnings and dividend tables ("Shr 1.34 dlrs vs 1.21 dlrs")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .dividends import KIND, dividend_headline, is_dividend

ROW_RE = re.compile(
    r"^(?:Oper\s+|Primary\s+|Fully\s+diluted\s+|Parent\s+(?:company\s+)?|Group\s+)?"
    r"(?:shr|net|revs|qtr|"
    rf"(?:{KIND})?\s*div(?:idend)?|sales|avg\s+shrs)\b",
    re.IGNORECASE,
)
# "Pay April 2", "Record March 20": the dates of a dividend.
DATE_ROW_RE = re.compile(
    r"^(?:pay(?:able)?|record)\s+[A-Z][a-z]+\.?\s+\w+$", re.IGNORECASE
)
# Rows that make a table an earnings report, whatever its first row says.
EARNINGS_RE = re.compile(
    r"^(?:Oper\s+|Primary\s+)?(?:shr|net|revs|sales|loss|profit)\b", re.IGNORECASE
)
NOTE_NAME_RE = re.compile(
    r"^(?:NOTE|Note)\s*[:-]\s*(?:(?:[Tt]he\s+)?[Ff]ull\s+name\s+"
    r"(?:of\s+(?:the\s+)?company\s+)?is\s+)?"
    r"(?P<name>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&))*)\.?$"
)
SHARE_RE = re.compile(r"^(?:Oper\s+)?shr\s+(?P<value>.+)$", re.IGNORECASE)
NET_RE = re.compile(
    r"^(?:(?:Parent\s+)?Company\s+|Group\s+|Consolidated\s+)?(?:Oper\s+)?"
    r"(?:net(?:\s+income|\s+profit)?|loss)\s+(?P<value>.+\bvs\b[^.]+(?:\.\d[^.]*)?)\.?$",
    re.IGNORECASE,
)
LOSS_RE = re.compile(r"^(?:Oper\s+)?(?:shr\s+|net\s+)?loss\b", re.IGNORECASE)
NAME_RE = re.compile(r"^\((?P<name>[A-Z][^()]{2,60})\)$")
# A later block's heading ("Year", "Nine mths Jan 31") says what the first block is.
SECTION_END = r"(?:\s+(?:ended\s+)?[A-Z][a-z]{2}\.?\s+\d{1,2})?\s*$"
LATER_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:{heading}){SECTION_END}", re.IGNORECASE), period)
    for heading, period in (
        (r"year|12\s+mths|twelve\s+months", "4th qtr"),
        (r"nine\s+mths|9\s+mths|nine\s+months", "3rd qtr"),
        (r"six\s+mths|6\s+mths|six\s+months|(?:1st\s+|first\s+)?half", "2nd qtr"),
        (r"(?:4th|fourth)\s+(?:qtr|quarter)", "year"),
    )
)
MIN_ROWS = 2
# A heading before the rows says only when the period ends: "Qtr ended Jan 31",
# "Period ended December 31, 1986", "Jan 31 end".
PERIOD_LINE_RE = re.compile(
    r"^(?:(?:qtr|quarter|period|year|six\s+mths|nine\s+mths)\s+)?(?:ended|ending|ends)"
    r"\s+[A-Z][a-z]+\.?\s+\d{1,2}\b[^a-z]*$|^[A-Z][a-z]{2}\.?\s+\d{1,2}\s+end$",
    re.IGNORECASE,
)


def _rows(paragraphs: Sequence[str]) -> list[str]:
    """Return the paragraphs without a heading that says when the period ends."""
    return [p for p in paragraphs if not PERIOD_LINE_RE.match(p.strip())]


def is_table(paragraphs: Sequence[str]) -> bool:
    """Return whether a story opens with earnings or dividend rows rather than prose."""
    kept = (p for p in paragraphs[:5] if not PERIOD_LINE_RE.match(p.strip()))
    first = next(kept, None)
    if first is None or ROW_RE.match(first) is None:
        return False  # prose (most stories): the other paragraphs need no look
    head = [first, *islice(kept, 3)]
    rows = sum(
        1 for p in head if ROW_RE.match(p) or DATE_ROW_RE.match(p) or " vs " in p
    )
    return " vs " in head[0] or rows >= min(MIN_ROWS, len(head))


def _company(paragraphs: Sequence[str]) -> str | None:
    """Return the company a table names: "(Acme Corp)" or "NOTE: full name is ..."."""
    for paragraph in paragraphs:
        text = paragraph.strip()
        if match := NAME_RE.match(text) or NOTE_NAME_RE.match(text):
            return match["name"].strip().rstrip(".")
    return None


def names_no_company(paragraphs: Sequence[str]) -> bool:
    """Return whether a story is a table that never says whose figures it gives.

    A wire table's company is on its title line, which copy often loses; no headline
    made from the rows alone can say who reports.
    """
    return is_table(paragraphs) and _company(paragraphs) is None


def _period(paragraphs: Sequence[str]) -> str | None:
    """Return the period of the first block, or None when the table does not say."""
    for paragraph in paragraphs[1:]:
        for pattern, period in LATER_PERIODS:
            if pattern.match(paragraph.strip()):
                return period
    text = " ".join(paragraphs[:3]).casefold()
    return "qtr" if "qtr" in text or "quarter" in text else None


def _subject(paragraphs: Sequence[str], place: str | None) -> str:
    """Return who reports: the company the table names, else a company of the place."""
    return _company(paragraphs) or (f"{place} company" if place else "Company")


def table_headline(paragraphs: Sequence[str], place: str | None = None) -> str:
    """Return "Acme sets regular quarterly dividend of 10 cts" or "Acme 4th qtr ...".

    A table that names no company names it by its dateline's place ("Denver
    company"); a period the table does not state is not guessed.
    """
    subject = _subject(paragraphs, place)
    rows = _rows(paragraphs)
    earnings = any(EARNINGS_RE.match(p) for p in rows[1:4])
    if rows and is_dividend(rows[0]) and not earnings:
        return dividend_headline(subject, rows[0])
    period = _period(rows or paragraphs)
    share = next((m for p in rows[:3] if (m := SHARE_RE.match(p))), None)
    net = next((m for p in rows[:3] if (m := NET_RE.match(p))), None)
    first = next((p for p in rows[:3] if SHARE_RE.match(p) or NET_RE.match(p)), "")
    kind = "loss" if LOSS_RE.match(first) else "net"
    what = f"{period} {kind}" if period else kind
    if share:
        return f"{subject} reports {what}, shr {share['value'].lower()}"
    if net:
        return f"{subject} reports {what} {net['value']}"
    return f"{subject} reports {what}"
