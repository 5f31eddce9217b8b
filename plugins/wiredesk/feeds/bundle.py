"""Every feed file of a site from its items: a pure map of output path to bytes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .archive import archive_pages, current_links, page_links, unarchived
from .atomrss import EntryCache, atom_bytes, rss_bytes
from .jsonfeed import json_bytes
from .model import (
    ALL,
    NO_HISTORY,
    ArchiveLinks,
    FeedItem,
    SiteConfig,
    Topic,
    select_items,
    sort_items,
)
from .paths import XSL_PATH, archive_path, feed_meta, feed_path, site_url
from .xsl import FEED_XSL


def topic_groups(
    newest_first: Iterable[FeedItem],
) -> list[tuple[Topic, list[FeedItem]]]:
    """Return each (kind, slug) topic with its items in order; the newest names it."""
    groups: dict[tuple[str, str], tuple[Topic, list[FeedItem]]] = {}
    for item in newest_first:
        for topic in item.topics:
            groups.setdefault((topic.kind, topic.slug), (topic, []))[1].append(item)
    return list(groups.values())


def topic_files(
    site: SiteConfig,
    topic: Topic,
    items: Sequence[FeedItem],
    cache: EntryCache,
    history: ArchiveLinks = NO_HISTORY,
) -> dict[str, bytes]:
    """Return the Atom, RSS and JSON Feed files of one topic's chosen items."""
    meta = feed_meta(site, topic, history)
    return {
        feed_path(topic.kind, topic.slug, "atom"): atom_bytes(meta, items, cache),
        feed_path(topic.kind, topic.slug, "rss"): rss_bytes(meta, items, cache),
        feed_path(topic.kind, topic.slug, "json"): json_bytes(items, meta, cache.json),
    }


def archive_files(
    site: SiteConfig, pages: Sequence[Sequence[FeedItem]], cache: EntryCache
) -> dict[str, bytes]:
    """Return the RFC 5005 archive pages feeds/archive/{n}.atom.xml."""
    files: dict[str, bytes] = {}
    for number, page in enumerate(pages, start=1):
        url = site_url(site.siteurl, archive_path(number))
        meta = replace(
            feed_meta(site, ALL, page_links(site, number, len(pages))),
            id=f"tag:{site.authority}:feed/archive/{number}",
            title=f"{site.name} — archive {number}",
            atom_url=url,
        )
        files[archive_path(number)] = atom_bytes(meta, page, cache)
    return files


def site_files(
    site: SiteConfig, newest_first: Sequence[FeedItem], cache: EntryCache
) -> dict[str, bytes]:
    """Return the whole-site feeds and, under a size limit, their archive pages."""
    chosen = select_items(newest_first, site.max_items, site.window_days)
    if not site.max_items:
        return topic_files(site, ALL, chosen, cache)
    pages = archive_pages(newest_first, site.max_items)
    # The subscription document keeps every story no archive page holds yet
    # (RFC 5005 §4), whatever the window: history stays complete.
    tail = unarchived(newest_first, site.max_items)
    if len(chosen) < tail:
        chosen = list(newest_first[:tail])
    files = topic_files(site, ALL, chosen, cache, current_links(site, len(pages)))
    files.update(archive_files(site, pages, cache))
    return files


def render_feeds(items: Iterable[FeedItem], site: SiteConfig) -> dict[str, bytes]:
    """Return every feed file (and the browser stylesheet) by output path."""
    newest_first = sort_items(items)
    cache = EntryCache(feed_meta(site, ALL))
    files = site_files(site, newest_first, cache)
    for topic, group in topic_groups(newest_first):
        chosen = select_items(group, site.max_items, site.window_days)
        files.update(topic_files(site, topic, chosen, cache))
    files[XSL_PATH] = FEED_XSL.encode("utf-8")
    return files
