"""The only module that spells Wiredesk's setting names; defaults live here."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from .extract import ExtractOptions

logger = logging.getLogger(__name__)

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                       r"[A-Za-z]{2,63}$")

DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "Politics": ("minister", "president", "parliament", "election", "government",
                 "talks", "diplomat", "foreign ministry", "kremlin", "senate",
                 "sanctions", "treaty", "summit", "party", "vote"),
    "Military": ("military", "army", "troops", "missile", "defense", "defence",
                 "strike", "navy", "air force", "weapons", "drone", "general"),
    "Economy": ("economy", "inflation", "gdp", "central bank", "budget", "tariff",
                "trade", "exports", "imports", "interest rate", "unemployment"),
    "Business": ("company", "shares", "profit", "revenue", "dividend", "merger",
                 "acquisition", "net loss", "shr", "dlrs", "stake", "quarter"),
    "Markets": ("stocks", "bonds", "oil prices", "futures", "exchange", "crude",
                "wheat", "cocoa", "coffee", "sugar", "gold", "currency"),
    "Science": ("scientists", "research", "space", "satellite", "study",
                "university", "laboratory", "vaccine", "physics"),
    "Society": ("police", "court", "school", "health", "hospital", "protest",
                "church", "migrants", "accident", "fire"),
    "Sports": ("football", "hockey", "olympic", "championship", "match",
               "tournament", "coach", "league", "medal"),
    "Culture": ("museum", "film", "festival", "theatre", "theater", "music",
                "exhibition", "book", "artist"),
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
}


def get_setting(settings: dict[str, Any], key: str) -> Any:
    """Return the user's value of a WIREDESK_* setting, or its default."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown Wiredesk setting {key}")
    return settings.get(key, DEFAULTS[key])


def check_settings(settings: dict[str, Any]) -> list[str]:
    """Log and return the WIREDESK_* keys the user set that Wiredesk does not know."""
    unknown = sorted(k for k in settings if k.startswith("WIREDESK_") and k not in DEFAULTS)
    for key in unknown:
        logger.warning("unknown setting %s (known: %s)", key, ", ".join(sorted(DEFAULTS)))
    return unknown


def extract_options(settings: dict[str, Any]) -> ExtractOptions:
    """Return the core's options from Pelican settings."""
    return ExtractOptions(
        id_authority=get_setting(settings, "WIREDESK_ID_AUTHORITY"),
        site_timezone=settings.get("TIMEZONE") or "UTC",
        default_year=get_setting(settings, "WIREDESK_DEFAULT_YEAR"),
        max_bytes=get_setting(settings, "WIREDESK_MAX_SEED_BYTES"),
        sections=get_setting(settings, "WIREDESK_SECTIONS"),
        default_section=get_setting(settings, "WIREDESK_DEFAULT_SECTION"),
    )


def site_cname(settings: dict[str, Any]) -> str | None:
    """Return the custom domain for the CNAME file; raise ValueError if malformed."""
    value = get_setting(settings, "WIREDESK_CNAME")
    if not value:
        return None
    domain = str(value).strip()
    if not DOMAIN_RE.match(domain):
        raise ValueError("WIREDESK_CNAME must be a bare domain such as "
                         f"news.example.org, not {value!r}")
    return domain


def seed_roots(settings: dict[str, Any]) -> list[Path]:
    """Return the absolute folders Pelican reads articles from."""
    base = Path(settings.get("PATH") or ".")
    return [(base / p).resolve() for p in settings.get("ARTICLE_PATHS") or [""]]


def cache_folder(settings: dict[str, Any]) -> Path | None:
    """Return the extraction cache folder (None when WIREDESK_CACHE_PATH is empty)."""
    value = get_setting(settings, "WIREDESK_CACHE_PATH")
    return Path(value).resolve() if value else None
