"""Hand-written Markdown and reST articles as stories, like the wire seeds.

Pelican reads the posts; each becomes a Story in the build's catalog, so it is on
the front page, in sections, tags, archives, related stories, feeds, search and
sitemaps, and on the pages of the people, places and organisations its text
names. A post's id: its `Id` metadata as a tag URI; otherwise, in a site whose
settings publish Pelican feeds, the id Pelican's feeds gave it; otherwise the
tag URI of its file name without the extension.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from feedgenerator import get_tag_uri
from markupsafe import Markup

from ..catalog.catalog import Catalog, Report, display_path
from ..extract.entities import find_entities
from ..extract.identity import make_id
from ..model import Story
from ..prints import fingerprint
from ..settings import get_setting, pelican_feeds_published

POST_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
)


def generator_posts(generator: Any) -> list[Any]:
    """Return every article Pelican's generator read, listed or not."""
    return [a for name in POST_LISTS for a in getattr(generator, name, [])]


def post_id(article: Any, key: str, settings: Mapping[str, Any]) -> str:
    """Return a post's stable id (see the module's rule)."""
    authority = get_setting(dict(settings), "WIREDESK_ID_AUTHORITY")
    if article.metadata.get("id"):
        return make_id(authority, key)
    if pelican_feeds_published(settings):
        site = settings.get("FEED_DOMAIN") or settings.get("SITEURL") or ""
        return get_tag_uri(urljoin(site, article.url), article.date)
    return make_id(authority, key)


BLOCK_END_RE = re.compile(
    r"</(?:p|h[1-6]|li|blockquote|pre|td|th|div)>|<br\s*/?>", re.IGNORECASE
)


def post_text(html: str) -> str:
    """Return the text of a post's HTML, one line per paragraph or other block."""
    blocks = (Markup(block).striptags() for block in BLOCK_END_RE.split(html))
    return "\n".join(block for block in blocks if block)


def _names(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v) for v in values))


def post_story(article: Any, settings: Mapping[str, Any]) -> Story:
    """Return the Story of a Pelican article."""
    meta = article.metadata
    key = str(meta.get("id") or Path(article.source_path).stem)
    html = article.content
    summary = Markup(getattr(article, "summary", "") or "").striptags()
    author = getattr(article, "author", None)
    zone = settings.get("TIMEZONE") or "UTC"
    found = find_entities(post_text(html))
    return Story(
        key=key,
        id=post_id(article, key, settings),
        title=Markup(article.title).striptags(),
        slug=article.slug,
        date=article.date,
        updated=getattr(article, "modified", None) or article.date,
        has_time=True,
        timezone=zone,
        city=None,
        country=None,
        agency=str(author) if author else None,
        lang=getattr(article, "lang", None) or settings.get("DEFAULT_LANG", "en"),
        summary=summary,
        section=str(article.category),
        tags=_names(getattr(article, "tags", [])),
        people=found.people,
        places=found.places,
        orgs=found.orgs,
        paragraphs=(),
        encoding="utf-8",
        digest=fingerprint(html),
        status=article.status,
        html=html,
    )


def take_posts(
    posts: list[Any], catalog: Catalog, settings: Mapping[str, Any]
) -> dict[str, Any]:
    """Add every post to catalog as a story; return the posts by story id.

    Two stories of one key are a report naming both.
    """
    taken: dict[str, Any] = {}
    keys = {s.key: path for path, s in catalog.stories.items()}
    for article in sorted(posts, key=lambda a: a.source_path):
        path = os.path.abspath(article.source_path)  # noqa: PTH100 - as the catalog keys
        story = post_story(article, settings)
        if story.key in keys:
            other = display_path(Path(keys[story.key]))
            reason = f"story key {story.key} also used by {other}"
            catalog.reports[path] = Report(display_path(Path(path)), reason)
            continue
        keys[story.key] = path
        catalog.stories[path] = story
        taken[story.id] = article
        catalog.keys[path] = fingerprint(story)
    return taken
