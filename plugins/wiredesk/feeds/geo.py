"""GeoRSS points of dateline places, from the extractor's gazetteer."""

from __future__ import annotations

from ..extract.places import biggest_city


def place_point(name: str) -> str | None:
    """Return the GeoRSS point 'lat lon' of the biggest city so named, or None."""
    found = biggest_city(name)
    return None if found is None else f"{found.latitude:.4f} {found.longitude:.4f}"
