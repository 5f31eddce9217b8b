"""sitemap.xml (an index past 50,000 URLs), the Google News sitemap and robots.txt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

# https://www.sitemaps.org/protocol.html: at most 50,000 URLs per sitemap file.
MAX_URLS = 50_000
# https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
NEWS_MAX_URLS = 1_000
NEWS_WINDOW = timedelta(days=2)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_FILE = "sitemap.xml"
NEWS_FILE = "news-sitemap.xml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass(frozen=True, slots=True)
class SitemapUrl:
    """One page of the site and, when known, when it last changed."""

    loc: str
    lastmod: str | None = None


@dataclass(frozen=True, slots=True)
class NewsEntry:
    """One story as the Google News sitemap needs it."""

    loc: str
    title: str
    published: datetime
    published_text: str
    lang: str


def _url_element(url: SitemapUrl) -> str:
    lastmod = f"<lastmod>{escape(url.lastmod)}</lastmod>" if url.lastmod else ""
    return f"<url><loc>{escape(url.loc)}</loc>{lastmod}</url>\n"


def sitemap_xml(urls: Iterable[SitemapUrl]) -> str:
    """Return one <urlset> sitemap."""
    body = "".join(_url_element(u) for u in urls)
    return f'{XML_DECLARATION}<urlset xmlns="{SITEMAP_NS}">\n{body}</urlset>\n'


def sitemap_index_xml(locs: Iterable[str]) -> str:
    """Return a <sitemapindex> naming each sitemap file."""
    body = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>\n" for loc in locs)
    return (
        f'{XML_DECLARATION}<sitemapindex xmlns="{SITEMAP_NS}">\n{body}</sitemapindex>\n'
    )


def sitemap_files(
    urls: Sequence[SitemapUrl], site_url: str, limit: int = MAX_URLS
) -> dict[str, str]:
    """Return file name -> text: sitemap.xml, an index of parts past limit URLs."""
    if len(urls) <= limit:
        return {SITEMAP_FILE: sitemap_xml(urls)}
    files: dict[str, str] = {}
    for number, start in enumerate(range(0, len(urls), limit), start=1):
        files[f"sitemaps/sitemap-{number}.xml"] = sitemap_xml(
            urls[start : start + limit]
        )
    files[SITEMAP_FILE] = sitemap_index_xml(f"{site_url}/{name}" for name in files)
    return files


def select_news(
    entries: Iterable[NewsEntry], limit: int = NEWS_MAX_URLS
) -> list[NewsEntry]:
    """Return the stories of the two days before the newest one, newest first."""
    ordered = sorted(entries, key=lambda e: (-e.published.timestamp(), e.loc))
    if not ordered:
        return []
    since = ordered[0].published - NEWS_WINDOW
    return [e for e in ordered if e.published >= since][:limit]


def _news_element(entry: NewsEntry, site_name: str) -> str:
    return (
        f"<url><loc>{escape(entry.loc)}</loc><news:news><news:publication>"
        f"<news:name>{escape(site_name)}</news:name>"
        f"<news:language>{escape(entry.lang)}</news:language></news:publication>"
        f"<news:publication_date>{escape(entry.published_text)}</news:publication_date>"
        f"<news:title>{escape(entry.title)}</news:title></news:news></url>\n"
    )


def news_sitemap_xml(entries: Iterable[NewsEntry], site_name: str) -> str:
    """Return the Google News sitemap of the given (already selected) stories."""
    body = "".join(_news_element(e, site_name) for e in entries)
    return (
        f'{XML_DECLARATION}<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n'
        f"{body}</urlset>\n"
    )


def robots_txt(site_url: str) -> str:
    """Return robots.txt allowing everything and naming both sitemaps."""
    return (
        "User-agent: *\nAllow: /\n\n"
        f"Sitemap: {site_url}/{SITEMAP_FILE}\nSitemap: {site_url}/{NEWS_FILE}\n"
    )
