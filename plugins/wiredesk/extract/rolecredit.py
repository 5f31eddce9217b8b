"""A speaker few readers know is credited by role: "— Russian envoy", "— lawmaker".

TASS and the wires name an ambassador or a member of parliament in full in the
lede; a headline credits the office, as their own editors do ("Invitation to Cuba
to join BRICS reflects its prestige — Russian envoy"). Heads of state and
government, ministers and the like keep their names: readers know them.
"""

from __future__ import annotations

import re
from functools import cache

from .aliases import ADJECTIVES
from .countries import countries, find_country

ENVOY_RE = re.compile(r"\b(?:ambassador|envoy|consul(?:-general)?)\b", re.IGNORECASE)
# Members of a parliament, not its speaker: "State Duma Deputy Speaker", "MP".
LAWMAKER_RE = re.compile(
    r"\b(?:lawmaker|legislator|senator|congressman|congresswoman|mp"
    r"|(?:duma|parliament(?:ary)?|rada|bundestag)\s+(?:deputy|member)"
    r"|deputy\s+speaker|member\s+of\s+parliament)\b",
    re.IGNORECASE,
)
POSSESSIVE_RE = re.compile(r"['’]s$")


def role_credit(source: str) -> str | None:
    """Return the role a lesser-known speaker is credited by, else None.

    "Russian Ambassador to Vietnam Gennady Bezdetko" -> "Russian envoy", "Russia's
    Ambassador to Hanoi ..." too; "State Duma Deputy Speaker Anna Kuznetsova" ->
    "lawmaker". Anyone else (a president, a minister, an analyst): None.
    """
    if ENVOY_RE.search(source):
        nation = _nationality(source.split(maxsplit=1)[0]) if source.strip() else None
        return f"{nation} envoy" if nation else "envoy"
    if LAWMAKER_RE.search(source):
        return "lawmaker"
    return None


def _nationality(word: str) -> str | None:
    """Return the adjective of a nation word: "Russian", "Russia's" -> "Russian"."""
    word = POSSESSIVE_RE.sub("", word)
    if word.casefold() in ADJECTIVES:
        return word
    country = find_country(word)
    return _adjectives().get(country.code) if country else None


@cache
def _adjectives() -> dict[str, str]:
    """Return each country's adjective ("RU" -> "Russian"), the one its name opens."""
    best: dict[str, str] = {}
    for adjective, code in ADJECTIVES.items():
        country = countries().get(code)
        name = country.name.casefold() if country else ""
        kept = best.get(code, "")
        if _shared(adjective, name) > _shared(kept, name) or not kept:
            best[code] = adjective.title()
    return best


def _shared(adjective: str, name: str) -> int:
    """Return how many first letters an adjective shares with a country's name."""
    n = 0
    for a, b in zip(adjective.casefold(), name, strict=False):
        if a != b:
            break
        n += 1
    return n
