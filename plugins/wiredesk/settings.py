"""The only module that spells Wiredesk's setting names; defaults live here."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import ExtractOptions

logger = logging.getLogger(__name__)

DOMAIN_RE = re.compile(
    r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,63}$"
)

DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "Politics": (
        "president",
        "prime minister",
        "minister",
        "parliament",
        "election",
        "elections",
        "government",
        "lawmakers",
        "lawmaker",
        "opposition",
        "foreign ministry",
        "kremlin",
        "senate",
        "congress",
        "state duma",
        "sanctions",
        "treaty",
        "summit",
        "diplomat",
        "diplomats",
        "ambassador",
        "referendum",
        "cabinet",
        "coalition",
        "vote",
        "talks",
        "envoy",
    ),
    "Military": (
        "military",
        "army",
        "troops",
        "missile",
        "missiles",
        "armed forces",
        "shelling",
        "artillery",
        "navy",
        "warship",
        "air force",
        "weapons",
        "drone",
        "drones",
        "ceasefire",
        "frontline",
        "defense ministry",
        "defence ministry",
        "nato",
        "offensive",
        "air defense",
    ),
    "Economy": (
        "economy",
        "economic growth",
        "inflation",
        "gdp",
        "central bank",
        "budget",
        "tariff",
        "tariffs",
        "trade deficit",
        "trade surplus",
        "exports",
        "imports",
        "interest rate",
        "interest rates",
        "unemployment",
        "recession",
        "money supply",
        "fiscal",
        "gas transit",
        "finance ministry",
    ),
    "Business": (
        "company",
        "corp",
        "inc",
        "shareholders",
        "profit",
        "revenue",
        "revs",
        "dividend",
        "merger",
        "acquisition",
        "acquire",
        "net loss",
        "shr",
        "stake",
        "quarter",
        "qtr",
        "offering",
        "debentures",
        "chief executive",
        "subsidiary",
        "earnings",
        "div",
        "qtly div",
        "net income",
        "mths",
        "avg shrs",
    ),
    "Markets": (
        "stocks",
        "bonds",
        "shares fell",
        "shares rose",
        "stock index",
        "futures",
        "crude",
        "oil prices",
        "commodities",
        "wheat",
        "grain",
        "cocoa",
        "coffee",
        "sugar",
        "gold",
        "bullion",
        "currency",
        "dollar",
        "yen",
        "eurobond",
        "treasury bills",
        "money market",
    ),
    "Science": (
        "scientists",
        "research",
        "space",
        "spacecraft",
        "satellite",
        "study",
        "laboratory",
        "vaccine",
        "physics",
        "astronomers",
        "climate",
    ),
    "Society": (
        "police",
        "court",
        "school",
        "schools",
        "health",
        "hospital",
        "protest",
        "church",
        "migrants",
        "accident",
        "emergency",
        "emergencies",
        "children",
        "tourists",
        "crime",
        "oil spill",
        "earthquake",
        "flood",
        "wildfire",
    ),
    "Sports": (
        "football",
        "hockey",
        "olympic",
        "olympics",
        "championship",
        "tournament",
        "coach",
        "league",
        "medal",
        "world cup",
        "athletes",
        "goalkeeper",
    ),
    "Culture": (
        "museum",
        "film",
        "festival",
        "theatre",
        "theater",
        "music",
        "exhibition",
        "novel",
        "artist",
        "concert",
        "opera",
    ),
}

DEFAULTS: dict[str, Any] = {
    "WIREDESK_DEFAULT_YEAR": None,
    "WIREDESK_ID_AUTHORITY": "wiredesk.invalid,2026",
    "WIREDESK_MAX_SEED_BYTES": 1024 * 1024,
    "WIREDESK_SECTIONS": DEFAULT_SECTIONS,
    "WIREDESK_DEFAULT_SECTION": "World",
    "WIREDESK_CNAME": None,
    "WIREDESK_FEED_MAX_ITEMS": 100,
    "WIREDESK_FEED_WINDOW_DAYS": None,
    "WIREDESK_CACHE_PATH": "cache",
    "WIREDESK_DATE_FROM_FILE_TIME": True,
    "WIREDESK_HOLD_NAMELESS_TABLES": True,
    "WIREDESK_SEED_PATHS": [],
    "WIREDESK_SEARCH": True,
}
# Pelican's feeds of the whole site: a site that set one has published feeds.
PELICAN_SITE_FEEDS = ("FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS")


def get_setting(settings: dict[str, Any], key: str) -> Any:
    """Return the user's value of a WIREDESK_* setting, or its default."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown Wiredesk setting {key}")
    return settings.get(key, DEFAULTS[key])


def check_settings(settings: dict[str, Any]) -> list[str]:
    """Log and return the WIREDESK_* keys the user set that Wiredesk does not know."""
    unknown = sorted(
        k for k in settings if k.startswith("WIREDESK_") and k not in DEFAULTS
    )
    for key in unknown:
        logger.warning(
            "unknown setting %s (known: %s)", key, ", ".join(sorted(DEFAULTS))
        )
    if "WIREDESK_ID_AUTHORITY" not in settings:
        logger.warning(
            "WIREDESK_ID_AUTHORITY is not set: story ids use %s; set it to your "
            'domain and a year, such as "news.example.org,2026"',
            DEFAULTS["WIREDESK_ID_AUTHORITY"],
        )
    return unknown


def extract_options(settings: dict[str, Any]) -> ExtractOptions:
    """Return the core's options from Pelican settings."""
    from .extract import ExtractOptions  # noqa: PLC0415 - settings load without the core

    return ExtractOptions(
        id_authority=get_setting(settings, "WIREDESK_ID_AUTHORITY"),
        site_timezone=settings.get("TIMEZONE") or "UTC",
        default_year=get_setting(settings, "WIREDESK_DEFAULT_YEAR"),
        max_bytes=get_setting(settings, "WIREDESK_MAX_SEED_BYTES"),
        sections=get_setting(settings, "WIREDESK_SECTIONS"),
        default_section=get_setting(settings, "WIREDESK_DEFAULT_SECTION"),
        site_lang=settings.get("DEFAULT_LANG") or "en",
        date_from_file_time=bool(get_setting(settings, "WIREDESK_DATE_FROM_FILE_TIME")),
        hold_nameless_tables=bool(
            get_setting(settings, "WIREDESK_HOLD_NAMELESS_TABLES")
        ),
    )


def site_cname(settings: dict[str, Any]) -> str | None:
    """Return the custom domain for the CNAME file; raise ValueError if malformed."""
    value = get_setting(settings, "WIREDESK_CNAME")
    if not value:
        return None
    domain = str(value).strip()
    if not DOMAIN_RE.match(domain):
        raise ValueError(
            "WIREDESK_CNAME must be a bare domain such as "
            f"news.example.org, not {value!r}"
        )
    return domain


def seed_roots(settings: dict[str, Any]) -> list[Path]:
    """Return the absolute seed folders (WIREDESK_SEED_PATHS, relative to PATH)."""
    base = Path(settings.get("PATH") or ".")
    return [(base / p).resolve() for p in get_setting(settings, "WIREDESK_SEED_PATHS")]


def pelican_feeds_published(settings: Any) -> bool:
    """Return whether the site's settings publish Pelican's own feeds of the site."""
    return any(settings.get(key) for key in PELICAN_SITE_FEEDS)


def search_enabled(settings: dict[str, Any]) -> bool:
    """Return whether the build makes the search index and the search page."""
    return bool(get_setting(settings, "WIREDESK_SEARCH"))


def cache_folder(settings: dict[str, Any]) -> Path | None:
    """Return the extraction cache folder (None when WIREDESK_CACHE_PATH is empty)."""
    value = get_setting(settings, "WIREDESK_CACHE_PATH")
    return Path(value).resolve() if value else None
