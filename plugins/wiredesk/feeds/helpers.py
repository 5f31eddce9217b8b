"""Jinja helpers: templates link feeds through the same paths the writer uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from .model import Topic
from .paths import KINDS, FeedLink, feed_links, feed_url

# Pelican's template variable for a taxonomy page -> the kind of feed it has.
PAGE_VARIABLES = (("tag", "tag"), ("category", "section"), ("author", "agency"))


def page_topic(values: Mapping[str, Any]) -> Topic | None:
    """Return the topic of the page rendered (feed_kind/feed_slug first), or None."""
    kind, slug = values.get("feed_kind"), values.get("feed_slug")
    if kind in KINDS and slug:
        return Topic(kind, str(slug), str(values.get("feed_name") or slug))
    if values.get("article") is not None:
        return None  # an article page also carries its category
    for variable, kind in PAGE_VARIABLES:
        taxonomy = values.get(variable)
        if taxonomy is not None and getattr(taxonomy, "slug", None):
            return Topic(kind, taxonomy.slug, str(taxonomy))
    return None


def page_feed_links(values: Mapping[str, Any]) -> list[FeedLink]:
    """Return the site feeds' links, then the feeds of the page's own topic if any."""
    siteurl, name = values.get("SITEURL") or "", values.get("SITENAME") or ""
    links = feed_links(siteurl, name)
    topic = page_topic(values)
    if topic is not None:
        links += feed_links(siteurl, name, topic)
    return links


@pass_context
def feed_alternates(context: Context) -> list[FeedLink]:
    """Return the autodiscovery links of the page being rendered."""
    return page_feed_links(context)


def add_feed_helpers(generator: Any) -> None:
    """Make feed_alternates() and feed_url() available to a generator's templates."""
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals.update(feed_alternates=feed_alternates, feed_url=feed_url)
