"""Words headlines leave out: company suffixes ("Inc", "Corp")."""

from __future__ import annotations

import re

# "Inc" after a name; not "Co" of "Pesch and Co", which is the name.
# (?=\s) first: the look-behinds are tried only where a suffix can start.
COMPANY_SUFFIX_RE = re.compile(
    r"(?=\s)(?<=[A-Za-z])(?<!\band)\s+(?:I(?i:nc)|C(?i:orp)|Co|L(?i:td)|P(?i:lc)|LLC|Cos|Corporation|"
    r"Incorporated|Company|AG|NV|SA|Spa|SpA|GmbH|BV)\b\.?(?!\s+(?:of|and|&)\s)"
)


def drop_company_suffixes(text: str) -> str:
    """Drop "Inc", "Corp", "Co" after a company name, as headlines do ("Du Pont")."""
    text = re.sub(r"(['’]s)['’]s\b", r"\1", COMPANY_SUFFIX_RE.sub("", text))
    return re.sub(r"(?<=[^'’]s)['’]s\b", "'", text)
