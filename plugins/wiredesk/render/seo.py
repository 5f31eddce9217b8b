"""What search engines read: JSON-LD NewsArticle, canonical paths, descriptions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Story

MAX_DESCRIPTION = 160
INDEX_FILE = "index.html"


def machine_date(story: Story, *, updated: bool = False) -> str:
    """Return a story's date as ISO 8601 with offset, or YYYY-MM-DD without a time."""
    when = story.updated if updated else story.date
    return when.isoformat() if story.has_time else when.date().isoformat()


def word_count(paragraphs: Sequence[str]) -> int:
    """Return the number of words in a story's paragraphs."""
    return sum(len(p.split()) for p in paragraphs)


def dateline_text(story: Story) -> str | None:
    """Return the dateline place a reader sees, e.g. 'Moscow'."""
    return story.city


def _organization(name: str, url: str | None = None) -> dict[str, str]:
    org = {"@type": "Organization", "name": name}
    if url:
        org["url"] = url
    return org


def news_article(
    story: Story, *, url: str, site_name: str, site_url: str, words: int
) -> dict[str, Any]:
    """Return the schema.org NewsArticle of a story, made of the Story's fields.

    words: the number of words in its body (word_count of its paragraphs).
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": story.id,
        "headline": story.title,
        "description": story.summary,
        "datePublished": machine_date(story),
        "dateModified": machine_date(story, updated=True),
        "publisher": _organization(site_name, site_url + "/"),
        "articleSection": story.section,
        "keywords": list(
            dict.fromkeys([*story.tags, *story.people, *story.places, *story.orgs])
        ),
        "inLanguage": story.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "wordCount": words,
    }
    if story.agency:  # never guessed: copy that names no agency has no author
        data["author"] = _organization(story.agency)
    dateline = dateline_text(story)
    if dateline:
        data["dateline"] = dateline
    return data


def json_ld(data: dict[str, Any]) -> str:
    """Return data as JSON safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def canonical_path(output_file: str) -> str:
    """Return the URL path of a written file: 'a/b/index.html' -> 'a/b/'."""
    if output_file == INDEX_FILE:
        return ""
    if output_file.endswith("/" + INDEX_FILE):
        return output_file[: -len(INDEX_FILE)]
    return output_file


def meta_description(text: str, limit: int = MAX_DESCRIPTION) -> str:
    """Return text cut at a word boundary to at most limit characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.…")
    return cut + "…"
