"""Pelican glue: the get_generators class that writes every feed under feeds/."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from ..settings import get_setting
from .bundle import render_feeds
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


def article_item(article: Any, siteurl: str) -> FeedItem:
    """Map a Pelican article carrying a Story to a FeedItem with absolute URLs."""
    story = article.story
    return story_item(
        story,
        link=site_url(siteurl, article.url),
        content_html=article.content,
        siteurl=siteurl,
        topics=article_topics(article),
        point=place_point(story.city) if story.city and story.country else None,
    )


def write_files(output: Path, files: dict[str, bytes]) -> None:
    """Write each path -> bytes below output (the staging folder)."""
    for rel, data in files.items():
        path = output / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


class FeedWriter:
    """The Pelican generator (from get_generators) that writes Wiredesk's feeds."""

    def __init__(  # noqa: D107 - Pelican's generator signature
        self,
        context: dict[str, Any],
        settings: dict[str, Any],
        path: str,
        theme: str,
        output_path: str,
        **_: Any,
    ) -> None:
        self.context, self.settings = context, settings
        self.output_path = Path(output_path)

    def generate_output(self, writer: Any) -> None:
        """Write every feed, the archive pages and feed.xsl."""
        started = time.perf_counter()
        site = site_config(self.settings)
        articles = [a for a in self.context.get("articles", []) if hasattr(a, "story")]
        files = render_feeds((article_item(a, site.siteurl) for a in articles), site)
        write_files(self.output_path, files)
        seconds = time.perf_counter() - started
        logger.info("wrote %d feed files in %.2f s", len(files), seconds)
