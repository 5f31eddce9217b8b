"""Whose government: "The federal government's spending" in an Ottawa story is Canada's.

A lede written for readers of one country says "the government" or "the central
bank"; a headline read anywhere names the country, which the dateline gives.
"""

from __future__ import annotations

import re

from .countries import ADJECTIVES, countries

# How headlines name a country whose display name is long.
SHORT_NAMES = {"US": "U.S.", "GB": "Britain", "AE": "UAE"}
# "The federal government's" at the start: the country's own.
OWN_RE = re.compile(r"^The\s+(?:federal|central|national)\s+government's\s+")
# "The government raised": the country raised, as headlines say it.
GOVERNMENT_RE = re.compile(
    r"^The\s+(?:(?:federal|central|national)\s+)?government"
    r"(?=\s+(?:[a-z]+(?:ed|s)|said|told|set|cut|made|sold|paid)\b)"
)
# "The central bank", "The finance ministry", "The trade department": the country's.
BODY_RE = re.compile(
    r"^The\s+(?P<body>(?:(?:federal|central|national)\s+)?government|central\s+bank"
    r"|[Rr]eserve\s+[Bb]ank"
    r"|(?:finance|foreign|trade|agriculture|economy|energy|defen[cs]e)\s+"
    r"(?:ministry|department)|treasury)\b(?!'s|\s+of\b)"
)


# "The Russian side is ready": diplomatic idiom for the country itself.
SIDE_RE = re.compile(r"\b(?:[Tt]he\s+)?(?P<adjective>[A-Z][a-z]+)\s+side\b(?!\s+of\b)")


def name_the_side(sentence: str) -> str:
    """Return sentence with "the Russian side" as "Russia", as headlines name it."""
    if " side" not in sentence:
        return sentence

    def country(match: re.Match[str]) -> str:
        code = ADJECTIVES.get(match["adjective"].casefold())
        found = countries().get(code) if code else None
        if found is None:
            return match[0]  # "the Gaza side": a place's, no country's
        return headline_country(found.code, found.name) or match[0]

    return SIDE_RE.sub(country, sentence)


# "Brazilian Finance Minister Dilson Funaro ... suggestion that his country seek":
# the nationality before says which country "his country" is.
NATIONALITY_RE = re.compile(r"\b(?P<adjective>[A-Z][a-z]+)\s+(?=[A-Z][a-z]+\s)")
HIS_COUNTRY_RE = re.compile(r"\b(?:his|her|its|their)\s+country(?P<own>['’]s)?\b")


def name_his_country(sentence: str) -> str:
    """Return sentence with "his country" named by the nationality said before it.

    "Brazilian Finance Minister Funaro rejected a suggestion that his country seek
    IMF help" -> "... that Brazil seek IMF help"; with no nationality before, or two
    different ones, it stays.
    """
    if " country" not in sentence or not (found := HIS_COUNTRY_RE.search(sentence)):
        return sentence
    codes = {
        code
        for match in NATIONALITY_RE.finditer(sentence[: found.start()])
        if (code := ADJECTIVES.get(match["adjective"].casefold()))
    }
    country = countries().get(codes.pop()) if len(codes) == 1 else None
    name = headline_country(country.code, country.name) if country else None
    if name is None:
        return sentence
    owned = _owner(name) if found["own"] else name
    return sentence[: found.start()] + owned + sentence[found.end() :]


def headline_country(code: str | None, name: str | None) -> str | None:
    """Return how a headline names the country of code (display name as given)."""
    if code is None:
        return None
    return SHORT_NAMES.get(code, name)


def name_the_nation(sentence: str, country: str | None) -> str:
    """Return sentence with an unnamed government at its start named by country.

    "The federal government's expenditures will rise" -> "Canada's expenditures
    will rise"; "The government raised" -> "Canada raised"; "The central bank cut
    rates" -> "Canada's central bank cut rates".
    """
    if not country or not sentence.startswith("The "):
        return sentence
    if OWN_RE.match(sentence):
        return OWN_RE.sub(f"{_owner(country)} ", sentence, count=1)
    if GOVERNMENT_RE.match(sentence):
        return GOVERNMENT_RE.sub(country, sentence, count=1)  # "Malaysia raises duty"
    return BODY_RE.sub(lambda m: f"{_owner(country)} {m['body']}", sentence, count=1)


def _owner(country: str) -> str:
    """Return the country as owner: "Canada's"; "U.S." as headlines write it, bare."""
    return country if country.endswith(".") else f"{country}'s"
