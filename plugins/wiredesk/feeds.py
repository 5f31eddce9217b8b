"""Atom and RSS with python-feedgen: the only module that imports feedgen."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from feedgen.feed import FeedGenerator

from .settings import get_setting

logger = logging.getLogger(__name__)

GENERATOR = "Wiredesk"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One story as a feed entry needs it."""

    id: str
    title: str
    link: str
    published: datetime
    updated: datetime
    author: str | None
    summary: str
    content_html: str
    section: str
    lang: str


@dataclass(frozen=True, slots=True)
class FeedSite:
    """The feed-level values: identity, title, the page it stands for, its own URLs."""

    id: str
    title: str
    page_url: str
    atom_url: str
    rss_url: str
    lang: str = "en"


def sort_items(items: Iterable[FeedItem]) -> list[FeedItem]:
    """Return items newest first; stories of the same moment are ordered by id."""
    return sorted(items, key=lambda i: (-i.published.timestamp(), i.id))


def build_feed(items: Iterable[FeedItem], site: FeedSite) -> FeedGenerator:
    """Return a FeedGenerator holding items newest first, dated by the newest story."""
    ordered = sort_items(items)
    fg = FeedGenerator()
    fg.load_extension("dc")
    fg.id(site.id)
    fg.title(site.title)
    fg.language(site.lang)
    fg.generator(GENERATOR)  # feedgen otherwise writes its own name and version
    newest = max((i.updated for i in ordered), default=None)
    if newest is not None:
        fg.updated(newest)  # feedgen otherwise writes now()
        fg.lastBuildDate(newest)
    fg.description(site.title)
    for item in ordered:
        entry = fg.add_entry(order="append")  # feedgen prepends by default
        entry.id(item.id)
        entry.guid(item.id, permalink=False)
        entry.title(item.title)
        entry.link(href=item.link, rel="alternate", type="text/html")
        entry.published(item.published)
        entry.updated(item.updated)
        if item.author:
            entry.author(name=item.author)
            entry.dc.dc_creator(item.author)
        entry.category(term=item.section)
        entry.summary(item.summary)
        entry.content(item.content_html, type="html")
    return fg


def atom_bytes(fg: FeedGenerator, site: FeedSite) -> bytes:
    """Serialise as Atom 1.0 with its self link."""
    fg.link(href=site.page_url, rel="alternate", type="text/html")
    fg.link(href=site.atom_url, rel="self", type="application/atom+xml")
    return fg.atom_str(pretty=True)


def rss_bytes(fg: FeedGenerator, site: FeedSite) -> bytes:
    """Serialise as RSS 2.0 with an atom:link rel=self."""
    fg.link(href=site.rss_url, rel="self", type="application/rss+xml")
    # feedgen takes the last link added as the RSS channel link: the site page, not the feed.
    fg.link(href=site.page_url, rel="alternate", type="text/html")
    return fg.rss_str(pretty=True)


def article_item(article: Any, siteurl: str) -> FeedItem:
    """Map a Pelican article carrying a Story to a FeedItem with absolute links."""
    story = article.story
    return FeedItem(
        id=story.id,
        title=story.title,
        link=f"{siteurl}/{article.url}",
        published=story.date,
        updated=story.updated,
        author=story.agency,
        summary=story.summary,
        content_html=article.content,
        section=story.section,
        lang=story.lang,
    )


def write_if_changed(path: Path, data: bytes) -> None:
    """Write data unless the file already holds exactly these bytes."""
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


class FeedWriter:
    """The Pelican generator (from get_generators) that writes Wiredesk's feeds."""

    def __init__(self, context: dict[str, Any], settings: dict[str, Any], path: str,
                 theme: str, output_path: str, **_: Any) -> None:
        self.context, self.settings = context, settings
        self.output_path = Path(output_path)

    def generate_output(self, writer: Any) -> None:
        """Write feeds/all.atom.xml and feeds/all.rss.xml."""
        siteurl = self.settings["SITEURL"].rstrip("/")
        articles = [a for a in self.context.get("articles", []) if hasattr(a, "story")]
        authority = get_setting(self.settings, "WIREDESK_ID_AUTHORITY")
        site = FeedSite(
            id=f"tag:{authority}:feed/all",
            title=self.settings.get("SITENAME", "Wiredesk"),
            page_url=f"{siteurl}/",
            atom_url=f"{siteurl}/feeds/all.atom.xml",
            rss_url=f"{siteurl}/feeds/all.rss.xml",
            lang=self.settings.get("DEFAULT_LANG", "en"),
        )
        limit = get_setting(self.settings, "WIREDESK_FEED_MAX_ITEMS")
        items = sort_items(article_item(a, siteurl) for a in articles)[:limit]
        feeds = self.output_path / "feeds"
        write_if_changed(feeds / "all.atom.xml", atom_bytes(build_feed(items, site), site))
        write_if_changed(feeds / "all.rss.xml", rss_bytes(build_feed(items, site), site))
