"""Words an editor strikes from a lede: "here", "this city", hedges, "back in"."""

from __future__ import annotations

import re

# "here" means the dateline's place, which the page already shows: "meet here on".
HERE_RE = re.compile(r"(?<=\w)\s+here\b(?!\s+(?:is|are|was|were)\b)")
# "what many see as a new spirit" says no more than "a new spirit".
HEDGE_RE = re.compile(
    r"\bwhat\s+(?:many|some|most|analysts|experts|observers|critics|officials|"
    r"he|she|they|it|we)\s+(?:(?:have|has)\s+)?(?:see|sees|saw|seen|call|calls|"
    r"called|describe|describes|described|consider|considers|considered|regard|"
    r"regards|regarded|term|terms|termed)\s+(?:as\s+)?"
)
# "back in 2021", "as far back as 1990": the year alone says when.
BACK_RE = re.compile(r"\bback\s+(?=in\s+\d{4}\b)")
# "in this northeastern city": the dateline's place, seen from the wire's desk.
THIS_PLACE_RE = re.compile(
    r"\s+in\s+this\s+(?:[a-z-]+\s+){0,2}(?:city|capital|town|port|village|resort)\b"
)
# "in December last year": the month is enough.
MONTH_LAST_YEAR_RE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+last\s+year\b"
)


def strike_wordiness(text: str, place: str | None = None) -> str:
    """Drop "here", "what many see as", "back" of "back in 2021", "last year".

    "in this northeastern city" is the dateline's place: named when known.
    """
    if "here" in text:
        text = HERE_RE.sub("", text)
    if "what " in text:
        text = HEDGE_RE.sub("", text)
    if "back in" in text:
        text = BACK_RE.sub("", text)
    if "in this " in text:
        text = THIS_PLACE_RE.sub(f" in {place}" if place else "", text)
    if "last year" in text:
        text = MONTH_LAST_YEAR_RE.sub(r"\g<month>", text)
    return text
