"""Sites whose theme is not Wiredesk's: Pelican writes the stories with that theme.

Wiredesk's own theme ships the story card partial and Wiredesk's page writer
renders every page from the site model (the stories are Articles in Pelican's
context, made when first read); with any other theme the stories join Pelican's
article generator, which writes the story pages, front page, categories, tags,
authors and archives with the site's templates, while Wiredesk writes its
feeds, sitemaps and entity pages.
"""

# ruff: noqa: PTH118, PTH110 - theme paths as Pelican's settings spell them

from __future__ import annotations

import os
from collections import defaultdict
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..site.plan import SitePlan

CARD = "partials/story_card.html"
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"  # the package's own
SEARCH_SCRIPT = "wiredesk/search.js"  # the same path below templates/ and the output
# Wiredesk's pages in a site with its own theme (templates shipped as fallback).
OWN_TEMPLATES = frozenset({"entity", "search"})


def wiredesk_theme(settings: dict[str, Any]) -> bool:
    """Return whether the site's theme is made for Wiredesk's page writer."""
    folders = [
        *settings.get("THEME_TEMPLATES_OVERRIDES", []),
        os.path.join(settings["THEME"], "templates"),
    ]
    return any(os.path.exists(os.path.join(f, CARD)) for f in folders)


def keep_own_pages(plan: SitePlan) -> None:
    """Leave in plan only the pages Pelican does not write: entity and search pages.

    The package's search page loads its script from a file of the site, not inline,
    so a site whose Content-Security-Policy allows only its own scripts runs it.
    """
    plan.pages = [job for job in plan.pages if job.template in OWN_TEMPLATES]
    if any(job.template == "search" for job in plan.pages):
        plan.assets[SEARCH_SCRIPT] = (TEMPLATES / SEARCH_SCRIPT).read_bytes()


def join_articles(generator: Any, entries: dict[str, Any]) -> None:
    """Give Pelican's article generator every story, grouped as it groups them."""
    listed = entries["articles"]
    generator.articles = listed
    generator.hidden_articles = entries["hidden_articles"]
    generator.drafts = entries["drafts"]
    generator.dates = sorted(
        listed,
        key=attrgetter("date"),
        reverse=generator.settings.get("NEWEST_FIRST_ARCHIVES", True),
    )
    tags: defaultdict[Any, list[Any]] = defaultdict(list)
    for tag, articles in entries["tags"]:
        tags[tag] = articles
    generator.tags = tags
    generator.categories = entries["categories"]
    generator.authors = entries["authors"]
    generator.period_archives = generator._build_period_archives(
        generator.dates, listed, generator.settings
    )
    generator.context["period_archives"] = generator.period_archives
    generator.context["dates"] = generator.dates
