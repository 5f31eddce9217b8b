"""Words headlines leave out: company suffixes ("Inc", "Corp"), a verb's "its"."""

from __future__ import annotations

import re

# "its" straight after a verb in the present ("raises its dividend"); after a
# preposition it says whose ("50,000 of its shares") and stays.
ITS_RE = re.compile(r"\b(?P<verb>[a-z]{2,}[^s'’]s) its (?=\w)")
COMPANY_SUFFIX_RE = re.compile(
    r"(?<=[A-Za-z])\s+(?:Inc|INC|Corp|CORP|Co|Ltd|LTD|Plc|PLC|LLC|Cos|Corporation|"
    r"Incorporated|Company)\b\.?(?!\s+(?:of|and|&)\s)"
)


def drop_company_suffixes(text: str) -> str:
    """Drop "Inc", "Corp", "Co" after a company name, as headlines do ("Du Pont")."""
    text = re.sub(r"(['’]s)['’]s\b", r"\1", COMPANY_SUFFIX_RE.sub("", text))
    return re.sub(r"(?<=[^'’]s)['’]s\b", "'", text)


def drop_possessive_its(text: str) -> str:
    """Drop "its" after the subject, as headlines do ("Acme raises dividend")."""
    return ITS_RE.sub(r"\g<verb> ", text)
