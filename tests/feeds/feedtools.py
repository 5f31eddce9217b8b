"""Small builders for feed tests: synthetic items and served-URL lookups."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from pelican.plugins.wiredesk.feeds.model import Category, FeedItem, SiteConfig, Topic
from pelican.plugins.wiredesk.feeds.validate import check_atom, check_rss
from pelican.plugins.wiredesk.feeds.validate_json import check_json_feed

SITEURL = "http://127.0.0.1:8000"
MSK = timezone(timedelta(hours=3))
SITE = SiteConfig(
    siteurl="https://news.example.org", name="Wire", authority="news.example.org,2026"
)


def item(n: int, day: int = 1, section: str = "Politics") -> FeedItem:
    """Return story n, published at 12:00 Moscow time on 2020-01-{day}."""
    when = datetime(2020, 1, 1, 12, tzinfo=MSK) + timedelta(days=day - 1)
    return FeedItem(
        id=f"tag:news.example.org,2026:s{n}",
        title=f"Story {n}",
        link=f"https://news.example.org/s{n}/",
        published=when,
        updated=when,
        author="TASS",
        summary=f"Lede {n}.",
        content_html=f"<p>Lede {n}.</p>",
        categories=(Category(section, "https://news.example.org/section/"),),
        lang="en",
        topics=(Topic("section", section.lower(), section),),
    )


def check(path: str, data: bytes, siteurl: str = SITEURL) -> list[str]:
    """Validate a feed file by its kind, as served from siteurl."""
    url = f"{siteurl}/{path}"
    if path.endswith(".atom.xml"):
        return check_atom(data, url)
    if path.endswith(".rss.xml"):
        return check_rss(data, url)
    return check_json_feed(data, url)


def feed_files(site: Path) -> dict[str, bytes]:
    """Return every feed document of a built site (not the stylesheet) by path."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted((site / "feeds").rglob("*"))
        if p.is_file() and p.suffix != ".xsl"
    }
