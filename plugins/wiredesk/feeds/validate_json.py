"""JSON Feed 1.1 validation (https://jsonfeed.org/version/1.1)."""

from __future__ import annotations

import json
from typing import Any

from .checks import is_absolute, is_rfc3339, relative_urls_in_html
from .jsonfeed import VERSION
from .validate import duplicate_ids


def _typed(obj: dict[str, Any], key: str, kind: type, where: str) -> list[str]:
    if key in obj and not isinstance(obj[key], kind):
        return [f"{where} {key} is not a {kind.__name__}"]
    return []


def _authors(obj: dict[str, Any], where: str) -> list[str]:
    authors = obj.get("authors", [])
    if not isinstance(authors, list) or not all(
        isinstance(a, dict) and isinstance(a.get("name"), str) for a in authors
    ):
        return [f"{where} authors must be a list of objects with a name"]
    return []


def _item(item: Any) -> list[str]:
    if not isinstance(item, dict):
        return ["item is not an object"]
    problems = [] if isinstance(item.get("id"), str) and item["id"] else ["item id"]
    problems = [f"item without string {p.split()[1]}" for p in problems]
    if not any(isinstance(item.get(k), str) for k in ("content_html", "content_text")):
        problems.append("item without content_html or content_text")
    for key in ("url", "title", "summary", "content_html", "language"):
        problems += _typed(item, key, str, "item")
    if "url" in item and not is_absolute(item["url"]):
        problems.append(f"relative URL {item['url']!r}")
    for key in ("date_published", "date_modified"):
        if key in item and not is_rfc3339(item[key]):
            problems.append(f"item {key} is not RFC 3339: {item[key]!r}")
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append("item tags must be a list of strings")
    problems += _authors(item, "item")
    urls = relative_urls_in_html(item.get("content_html"))
    return problems + [f"relative URL {u!r}" for u in urls]


def check_json_feed(data: bytes, self_url: str) -> list[str]:
    """Return the problems of a JSON Feed 1.1 document served at self_url."""
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return [f"not JSON: {e}"]
    if not isinstance(doc, dict):
        return ["top level is not an object"]
    problems = [] if doc.get("version") == VERSION else [f"version is not {VERSION}"]
    if not isinstance(doc.get("title"), str):
        problems.append("feed without string title")
    if doc.get("feed_url") != self_url:
        problems.append(f"feed_url {doc.get('feed_url')!r} does not match {self_url}")
    if not is_absolute(doc.get("home_page_url")):
        problems.append("home_page_url is not an absolute URL")
    problems += _authors(doc, "feed")
    if "author" in doc:
        problems.append("feed uses the 1.0 key author; 1.1 has authors")
    items = doc.get("items")
    if not isinstance(items, list):
        return [*problems, "items is not a list"]
    for item in items:
        problems += _item(item)
    ids = [i.get("id", "") for i in items if isinstance(i, dict)]
    return problems + duplicate_ids(ids)
