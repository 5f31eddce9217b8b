"""Pelican glue for search engines and site search: sitemaps, robots.txt, Pagefind."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from .pagefindrun import SearchIndexError  # noqa: F401
from .pagewriter import PAGES_SLOT
from .searchshards import build_shards, take_story_pages
from .seo import machine_date
from .settings import cache_folder
from .sitemaps import (
    NEWS_FILE,
    NewsEntry,
    SitemapUrl,
    news_sitemap_xml,
    robots_txt,
    select_news,
    sitemap_files,
)

logger = logging.getLogger(__name__)

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


class SitemapWriter(Generator):
    """Write sitemap.xml, the Google News sitemap and robots.txt from the context."""

    def generate_output(self, writer: Any) -> None:
        """Write the three files into the output folder."""
        siteurl = self.settings.get("SITEURL", "").rstrip("/")
        out = Path(self.output_path)
        urls = list(dict.fromkeys(site_urls(self.context, siteurl)))
        files = sitemap_files(urls, siteurl)
        news = select_news(news_entries(self.context, siteurl))
        files[NEWS_FILE] = news_sitemap_xml(news, self.settings.get("SITENAME", ""))
        files["robots.txt"] = robots_txt(siteurl)
        for name, text in files.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_text(text, encoding="utf-8")


def index_search(pelican: Any) -> None:
    """Index the story pages in one Pagefind bundle per month (on finalized)."""
    output = Path(pelican.output_path)
    run = pelican.settings.get(PAGES_SLOT)
    previous = getattr(run, "previous", None)
    months = take_story_pages(str(pelican.output_path))
    indexed, reused = build_shards(
        output, months, previous, cache_folder(pelican.settings)
    )
    logger.debug("search: %d months indexed, %d reused", len(indexed), len(reused))
