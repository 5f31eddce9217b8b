"""Pages per person, place, organisation and agency; related stories; neighbours.

Everything comes from indexes built once per build, so the work grows with the number of
stories, never with its square.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from slugify import slugify

KINDS = {
    "people": "People",
    "places": "Places",
    "orgs": "Organisations",
    "agency": "Agency",
}
# Which entity pages have feeds of their own (see feeds/paths.py), by feed kind.
FEED_KINDS = {"places": "place", "agency": "agency"}
SEARCH_SAVE_AS = "search/index.html"
RELATED_LIMIT = 5


@cache  # a name recurs in thousands of stories
def entity_slug(name: str) -> str:
    """Return the URL slug of an entity name (ASCII, at most 80 characters)."""
    return slugify(name, max_length=80) or "unnamed"


def entity_url(name: str, kind: str) -> str:
    """Return the site-relative URL of an entity page, e.g. 'people/sergey-lavrov/'."""
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    return f"{kind}/{entity_slug(name)}/"


@dataclass(slots=True)
class Entity:
    """A person, place, organisation or agency and its stories, newest first."""

    kind: str
    name: str
    slug: str
    articles: list[Any] = field(default_factory=list)
    has_feed: bool = False

    @property
    def url(self) -> str:
        """Return the site-relative URL of the entity's page."""
        return f"{self.kind}/{self.slug}/"

    @property
    def save_as(self) -> str:
        """Return the output path of the entity's first page."""
        return f"{self.url}index.html"

    @property
    def label(self) -> str:
        """Return the kind as a reader reads it, e.g. 'Organisations'."""
        return KINDS[self.kind]


def story_entities(article: Any) -> Iterable[tuple[str, str, str, bool]]:
    """Yield (kind, name, slug, has_feed) for each entity an article names."""
    story = article.story
    for kind in ("people", "orgs"):
        for name in getattr(story, kind):
            yield kind, name, entity_slug(name), False
    places = list(dict.fromkeys([*([story.city] if story.city else []), *story.places]))
    for name in places:
        yield "places", name, entity_slug(name), name == story.city
    if story.agency:
        author = getattr(article, "author", None)
        slug = getattr(author, "slug", None) or entity_slug(story.agency)
        yield "agency", story.agency, slug, author is not None


def index_entities(articles: Iterable[Any]) -> list[Entity]:
    """Return every entity of the articles with its articles in their given order."""
    entities: dict[tuple[str, str], Entity] = {}
    for article in articles:
        seen: set[tuple[str, str]] = set()
        for kind, name, slug, has_feed in story_entities(article):
            key = (kind, slug)
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = Entity(kind, name, slug)
            entity.has_feed = entity.has_feed or has_feed
            if key not in seen:
                seen.add(key)
                entity.articles.append(article)
    return [entities[key] for key in sorted(entities)]


def link_sections(articles: Iterable[Any]) -> None:
    """Give each article .newer_in_section and .older_in_section (or None)."""
    last: dict[str, Any] = {}
    for article in articles:  # newest first
        previous = last.get(article.story.section)
        article.newer_in_section = previous
        article.older_in_section = None
        if previous is not None:
            previous.older_in_section = article
        last[article.story.section] = article
