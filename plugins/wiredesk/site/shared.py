"""What every page of a build shares: the settings it shows, the slug rules, the site.

A page's print starts from these; when the site print changes (a setting, a
section, a hand-written page), every page is planned again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from pelican.utils import slugify

from ..prints import fingerprint
from .model import NavPage, SiteModel

NOT_CONTENT = frozenset({"OUTPUT_PATH", "WIREDESK_CACHE_PATH", "WIREDESK_SEED_PATHS"})
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def term_slug(settings: Mapping[str, Any]) -> Any:
    """Return the slug function of sections, tags and agencies (Pelican's rules)."""

    def slug(name: str, kind: str) -> str:
        subs = settings.get(
            f"{kind.upper()}_REGEX_SUBSTITUTIONS",
            settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        )
        return slugify(
            name,
            regex_subs=subs,
            preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
            use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
        )

    return slug


def settings_print(settings: Mapping[str, Any]) -> str:
    """Return the print of every setting a page may show."""
    items = sorted(
        (k, ADDRESS.sub("", repr(v)))
        for k, v in settings.items()
        if k.isupper() and k not in NOT_CONTENT
    )
    return fingerprint(*items)


def site_print(settings_mark: str, model: SiteModel, nav: Sequence[NavPage]) -> str:
    """Return the print of what every page shows: settings, sections, pages."""
    sections = [(t.name, t.slug, t.url) for t, _ in model.categories]
    pages = [(p.title, p.url) for p in nav]
    return fingerprint(settings_mark, sections, pages)
