"""Words headlines leave out: company suffixes ("Inc", "Corp")."""

from __future__ import annotations

import re

# "Inc" after a name; not "Co" of "Pesch and Co", which is the name.
# White space first: the look-behinds are tried only where a suffix can start, and
# the regex engine skips ahead to white space. Never a word's start: "Co-operation".
COMPANY_SUFFIX_RE = re.compile(
    r"\s(?<=[A-Za-z]\s)(?<!\band\s)\s*(?:I(?i:nc)|C(?i:orp)|Co|L(?i:td)|P(?i:lc)|LLC|Cos|Corporation|"
    r"Incorporated|Company|AG|NV|SA|Spa|SpA|GmbH|BV)\b\.?(?!\s+(?:of|&)\s|\s+and\s+(?:Co|Sons?)\b|-)"
)
# "Cambridge Medical Technology corp": a suffix typed in lower case, after a name.
LOWER_SUFFIX_RE = re.compile(
    r"(?<=\b[A-Z][a-z])(?P<rest>[a-z]*) (?:co|corp|inc)\b(?![-'’])"
)
DOUBLE_POSSESSIVE_RE = re.compile(r"(['’]s)['’]s\b")  # "Acme's's" -> "Acme's"
S_POSSESSIVE_RE = re.compile(r"(?<=[^'’]s)['’]s\b")  # "Jones's" -> "Jones'"


def drop_company_suffixes(text: str) -> str:
    """Drop "Inc", "Corp", "Co" after a company name, as headlines do ("Du Pont")."""
    text = COMPANY_SUFFIX_RE.sub("", text)
    if " co" in text or " inc" in text:
        text = LOWER_SUFFIX_RE.sub(r"\g<rest>", text)
    if "s'" not in text and "s’" not in text:  # what both possessive rules look for
        return text
    return S_POSSESSIVE_RE.sub("'", DOUBLE_POSSESSIVE_RE.sub(r"\1", text))
