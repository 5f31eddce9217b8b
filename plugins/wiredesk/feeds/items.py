"""A Story and its page to a FeedItem: the entry fields every format shares."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Story
from .content import absolutize_html, xml_safe
from .model import Category, FeedItem, Topic
from .paths import PAGE_PATHS, site_url


def topic_scheme(siteurl: str, kind: str) -> str:
    """Return the category scheme URI of a kind of topic, e.g. <site>/section/."""
    return site_url(siteurl, PAGE_PATHS[kind].split("{", 1)[0])


@lru_cache(maxsize=4096)  # a section or tag recurs in thousands of stories
def category(siteurl: str, kind: str, name: str) -> Category:
    """Return the category of a section or tag name, with its scheme."""
    return Category(xml_safe(name), topic_scheme(siteurl, kind))


def categories_of(siteurl: str, topics: Sequence[Topic]) -> tuple[Category, ...]:
    """Return the section and tags of a story as categories with their scheme."""
    return tuple(
        category(siteurl, t.kind, t.name)
        for t in topics
        if t.kind in ("section", "tag")
    )


def story_item(
    story: Story,
    *,
    link: str,
    content_html: str,
    siteurl: str,
    topics: Sequence[Topic],
    point: str | None = None,
) -> FeedItem:
    """Return the feed entry of a story; its body's URLs are resolved against link."""
    topics = unique_topics(topics)
    return FeedItem(
        id=story.id,
        title=xml_safe(story.title),
        link=link,
        published=story.date,
        updated=story.updated,
        author=xml_safe(story.agency) if story.agency else None,
        summary=xml_safe(story.summary),
        content_html=xml_safe(absolutize_html(content_html, link)),
        categories=categories_of(siteurl, topics),
        lang=story.lang,
        point=point,
        topics=topics,
    )


def unique_topics(topics: Sequence[Topic]) -> tuple[Topic, ...]:
    """Return topics without repeats of the same kind and slug (first one wins)."""
    seen: dict[tuple[str, str], Topic] = {}
    for topic in topics:
        seen.setdefault((topic.kind, topic.slug), topic)
    return tuple(seen.values())
