"""Feed inputs from the site: settings to SiteConfig, story views to FeedItems."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..settings import cache_folder, get_setting
from .geo import place_point
from .items import story_item
from .model import FeedItem, SiteConfig, Topic
from .paths import place_slug, site_url

logger = logging.getLogger(__name__)
ITEMS_KEPT = 2048  # made items kept: the newest stories are on most feeds


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


class ArticleItems(Mapping[str, FeedItem]):
    """The feed items of articles by story id, each made when a feed asks for it.

    An item is held from the first feed that shows it until it is released (after
    the last), so the feeds never hold every story's entry at once.
    """

    def __init__(
        self,
        articles: Iterable[Any],
        siteurl: str,
        points: Mapping[str, str] | None = None,
    ) -> None:
        """Make items of articles (carrying Stories) with absolute URLs of siteurl."""
        self._articles = {a.story.id: a for a in articles}
        self._siteurl, self._points = siteurl, points
        self._made: dict[str, FeedItem] = {}

    def __getitem__(self, story_id: str) -> FeedItem:
        """Return the item of the story with that id (KeyError if none)."""
        item = self._made.get(story_id)
        if item is None:
            article = self._articles[story_id]
            item = self._made[story_id] = article_item(
                article, self._siteurl, self._points
            )
        return item

    def updated(self, story_id: str) -> Any:
        """Return when the story was last updated, without making its item."""
        return self._articles[story_id].story.updated

    def release(self, story_id: str) -> None:
        """Forget the story's item (made again if asked for again)."""
        self._made.pop(story_id, None)

    def __contains__(self, story_id: object) -> bool:
        """Return whether a story has an item here, without making it."""
        return story_id in self._articles

    def __iter__(self) -> Iterator[str]:
        """Iterate over the story ids."""
        return iter(self._articles)

    def __len__(self) -> int:
        """Return the number of stories."""
        return len(self._articles)
