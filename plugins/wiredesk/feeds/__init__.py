"""Atom, RSS and JSON Feed for the site and each section, tag, agency and place."""

from __future__ import annotations

from .helpers import add_feed_helpers
from .model import FeedItem, FeedMeta, SiteConfig, Topic
from .paths import feed_path, feed_url

__all__ = [
    "FeedItem",
    "FeedMeta",
    "SiteConfig",
    "Topic",
    "add_feed_helpers",
    "feed_path",
    "feed_url",
]
