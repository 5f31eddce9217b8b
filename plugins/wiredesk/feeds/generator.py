"""Feed inputs from the site: settings to SiteConfig, story views to FeedItems."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from ..settings import cache_folder, get_setting
from .geo import place_point
from .items import story_item
from .model import FeedItem, SiteConfig, Topic
from .paths import place_slug, site_url

logger = logging.getLogger(__name__)


def site_config(settings: dict[str, Any]) -> SiteConfig:
    """Return the feed inputs held in Pelican settings."""
    return SiteConfig(
        siteurl=(settings.get("SITEURL") or "").rstrip("/"),
        name=settings.get("SITENAME") or "Wiredesk",
        authority=get_setting(settings, "WIREDESK_ID_AUTHORITY"),
        lang=settings.get("DEFAULT_LANG") or "en",
        max_items=get_setting(settings, "WIREDESK_FEED_MAX_ITEMS"),
        window_days=get_setting(settings, "WIREDESK_FEED_WINDOW_DAYS"),
        cache=cache_folder(settings),
    )


def article_topics(article: Any) -> list[Topic]:
    """Return the section, tags, agency and dateline place of a Pelican article."""
    story = article.story
    topics = [Topic("section", article.category.slug, str(article.category))]
    topics += [Topic("tag", tag.slug, str(tag)) for tag in getattr(article, "tags", [])]
    if story.agency and getattr(article, "author", None) is not None:
        topics.append(Topic("agency", article.author.slug, story.agency))
    if story.city:
        topics.append(Topic("place", place_slug(story.city), story.city))
    return topics


def article_item(
    article: Any, siteurl: str, points: Mapping[str, str] | None = None
) -> FeedItem:
    """Map an article carrying a Story to a FeedItem with absolute URLs.

    points: the GeoRSS point of each dateline place, when looked up in bulk.
    """
    story = article.story
    point = None
    if story.city and story.country:
        point = place_point(story.city) if points is None else points.get(story.city)
    return story_item(
        story,
        link=site_url(siteurl, article.url),
        content_html=article.content,
        siteurl=siteurl,
        topics=article_topics(article),
        point=point,
    )
