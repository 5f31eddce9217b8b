"""What search engines are told: every page of the site and the newest stories."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..render.seo import machine_date
from ..search.pagefind import SearchIndexError  # noqa: F401
from .sitemaps import NewsEntry, SitemapUrl

LIST_PAGES = ("CATEGORIES_SAVE_AS", "TAGS_SAVE_AS", "ARCHIVES_SAVE_AS")


def _page_url(siteurl: str, save_as: str) -> str:
    path = save_as[: -len("index.html")] if save_as.endswith("index.html") else save_as
    return f"{siteurl}/{path}"


def site_urls(context: dict[str, Any], siteurl: str) -> Iterator[SitemapUrl]:
    """Yield every page a reader can land on, articles with their last change."""
    yield SitemapUrl(f"{siteurl}/")
    for article in context.get("articles", []):
        lastmod = (
            machine_date(article.story, updated=True)
            if hasattr(article, "story")
            else None
        )
        yield SitemapUrl(f"{siteurl}/{article.url}", lastmod)
    for page in context.get("pages", []):
        yield SitemapUrl(f"{siteurl}/{page.url}")
    for key in LIST_PAGES:
        if context.get(key):
            yield SitemapUrl(_page_url(siteurl, context[key]))
    for name in ("categories", "tags"):
        for taxonomy, _articles in context.get(name, []):
            if taxonomy.save_as:
                yield SitemapUrl(f"{siteurl}/{taxonomy.url}")
    for periods in (context.get("period_archives") or {}).values():
        for period in periods:
            if period.get("save_as"):
                yield SitemapUrl(_page_url(siteurl, period["save_as"]))
    for entity in context.get("wiredesk_entities", []):
        yield SitemapUrl(f"{siteurl}/{entity.url}")


def news_entries(context: dict[str, Any], siteurl: str) -> list[NewsEntry]:
    """Return every published story as a Google News sitemap entry."""
    return [
        NewsEntry(
            f"{siteurl}/{a.url}",
            a.story.title,
            a.story.date,
            machine_date(a.story),
            a.story.lang,
        )
        for a in context.get("articles", [])
        if hasattr(a, "story")
    ]
