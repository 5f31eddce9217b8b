"""RFC 5005 archived feeds: fixed pages counted from the oldest story.

Page n always holds the same stories, so old pages never change.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import ArchiveLinks, FeedItem, SiteConfig
from .paths import archive_path, feed_url, site_url


def archive_pages(newest_first: Sequence[FeedItem], size: int) -> list[list[FeedItem]]:
    """Return the complete pages of size items, oldest page first, each newest first."""
    oldest_first = list(reversed(newest_first))
    count = len(oldest_first) // size
    return [
        list(reversed(oldest_first[n * size : (n + 1) * size])) for n in range(count)
    ]


def unarchived(newest_first: Sequence[FeedItem], size: int) -> int:
    """Return how many of the newest items no complete archive page holds."""
    return len(newest_first) % size


def page_links(site: SiteConfig, number: int, count: int) -> ArchiveLinks:
    """Return the history links of archive page number of count pages."""
    prev_page = site_url(site.siteurl, archive_path(number - 1))
    next_page = site_url(site.siteurl, archive_path(number + 1))
    return ArchiveLinks(
        current=feed_url(site.siteurl, "all", "all", "atom"),
        prev_archive=prev_page if number > 1 else None,
        next_archive=next_page if number < count else None,
        archive=True,
    )


def current_links(site: SiteConfig, count: int) -> ArchiveLinks:
    """Return the history links of the subscription document (the site's Atom feed)."""
    if count == 0:
        return ArchiveLinks()
    return ArchiveLinks(prev_archive=site_url(site.siteurl, archive_path(count)))
