"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the standard json module."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .model import FeedItem, FeedMeta

VERSION = "https://jsonfeed.org/version/1.1"


def json_item(item: FeedItem) -> dict[str, Any]:
    """Return the JSON Feed object of one entry; dates are RFC 3339 with offsets."""
    obj: dict[str, Any] = {
        "id": item.id,
        "url": item.link,
        "title": item.title,
        "summary": item.summary,
        "content_html": item.content_html,
        "date_published": item.published.isoformat(),
        "date_modified": item.updated.isoformat(),
        "language": item.lang,
    }
    if item.author:
        obj["authors"] = [{"name": item.author}]
    if item.categories:
        obj["tags"] = [c.term for c in item.categories]
    return obj


def json_bytes(meta: FeedMeta, entries: Iterable[bytes]) -> bytes:
    """Return JSON Feed 1.1 of the items' serialised JSON objects, one per line."""
    head = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.page_url,
        "feed_url": meta.json_url,
        "description": meta.title,
        "language": meta.lang,
        "authors": [{"name": meta.author}],
    }
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "items": [\n'
    return b"".join([text.encode("utf-8"), b",\n".join(entries), b"\n]}\n"])
