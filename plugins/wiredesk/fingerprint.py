"""Fingerprints of what a page is rendered from: equal prints, equal bytes.

A page is rendered from its template (the theme and the plugin code), the
site-wide context (settings, sections, pages) and the values given for that page
(the story, the stories of a list). Each is summarised without rendering.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import meta
from pelican.urlwrappers import URLWrapper

# Context entries holding whole-archive collections: a page that lists them gets them as
# its own values (and is printed with them); site-wide, only the newest entries count.
ARCHIVE_KEYS = frozenset(
    {
        "articles",
        "dates",
        "drafts",
        "hidden_articles",
        "all_articles",
        "hidden_pages",
        "draft_pages",
        "staticfiles",
        "static_content",
        "generated_content",
        "static_links",
        "wiredesk_entities",
        "period_archives",
        "related_posts",
    }
)
PER_BUILD_KEYS = frozenset(
    {"OUTPUT_PATH"}
)  # the staging folder: a new name every build
NEWEST = 20  # entries of an archive list a template may show ("latest stories")
STORY_SKIP = frozenset(
    {"paragraphs"}
)  # covered by Story.digest (the text it came from)


def _plain(value: Any) -> str:
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else text


class Printer:
    """Summarise values into stable strings; each article once per build."""

    def __init__(self) -> None:
        """Start with no article summarised."""
        self._articles: dict[int, tuple[Any, str, str]] = {}
        self.stand_ins: dict[int, str] = {}  # values printed as a fixed text, by id

    def article(self, article: Any, *, deep: bool = True) -> str:
        """Return the print of a Pelican content object and the content it links to."""
        hit = self._articles.get(id(article))
        if hit is None or hit[0] is not article:
            base = hashlib.sha1(self._article_base(article).encode()).hexdigest()
            hit = (article, base, "")
            self._articles[id(article)] = hit
        if not deep or hit[2]:
            return hit[2] if deep else hit[1]
        linked = [
            f"{k}={self._linked(v)}"
            for k, v in sorted(vars(article).items())
            if k not in {"_context", "settings"} and _is_linked(v)
        ]
        text = hashlib.sha1("|".join([hit[1], *linked]).encode()).hexdigest()
        self._articles[id(article)] = (article, hit[1], text)
        return text

    def _linked(self, value: Any) -> str:
        if isinstance(value, list | tuple):
            return ",".join(self.article(v, deep=False) for v in value)
        return self.article(value, deep=False)

    def _article_base(self, article: Any) -> str:
        story = getattr(article, "story", None)
        if story is not None:
            body = "|".join(
                self.value(getattr(story, f.name))
                for f in dataclasses.fields(story)
                if f.name not in STORY_SKIP
            )
        else:
            body = hashlib.sha1(
                str(getattr(article, "_content", "")).encode()
            ).hexdigest()
        meta = [
            getattr(article, k, None) for k in ("url", "save_as", "title", "status")
        ]
        terms = [getattr(article, k, None) for k in ("category", "author", "tags")]
        return "|".join([type(article).__name__, body, repr(meta), self.value(terms)])

    def value(self, value: Any, depth: int = 4) -> str:
        """Return a stable summary of any template value."""
        if self.stand_ins and id(value) in self.stand_ins:
            return self.stand_ins[id(value)]
        return self._value(value, depth)

    def _value(self, value: Any, depth: int) -> str:
        if value is None or isinstance(value, str | int | float | bool):
            return repr(value)
        if isinstance(value, datetime | date):
            return f"{value.isoformat()}{getattr(value, 'tzinfo', None)}"
        if hasattr(value, "_content") or hasattr(value, "story"):
            return self.article(value)
        if isinstance(value, URLWrapper):
            return f"<{type(value).__name__} {value.name}|{value.slug}|{value.url}>"
        if depth <= 0:
            return type(value).__qualname__
        return self._container(value, depth - 1)

    def _container(self, value: Any, depth: int) -> str:
        if isinstance(value, dict):
            items = sorted((str(k), self.value(v, depth)) for k, v in value.items())
            return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
        if isinstance(value, list | tuple):
            return "[" + ",".join(self.value(v, depth) for v in value) + "]"
        if isinstance(value, set | frozenset):
            return "{" + ",".join(sorted(self.value(v, depth) for v in value)) + "}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = dataclasses.fields(value)
            return (
                type(value).__name__
                + "("
                + ",".join(self.value(getattr(value, f.name), depth) for f in fields)
                + ")"
            )
        if callable(value) or isinstance(value, type):
            return getattr(value, "__qualname__", type(value).__qualname__)
        return _plain(value)

    def archive(self, value: Any) -> list[str]:
        """Return the print of a whole-archive collection: its newest entries."""
        return [self._brief(v) for v in _head(value)]

    def _brief(self, value: Any) -> str:
        if hasattr(value, "_content"):
            return self.article(value, deep=False)
        return str(getattr(value, "url", None) or type(value).__qualname__)

    def site(self, context: dict[str, Any]) -> dict[str, str]:
        """Return the print of each site-wide context entry, by key."""
        parts = {}
        for key in sorted(context):
            if key.startswith("_") or key in PER_BUILD_KEYS:
                continue
            value = context[key]
            if key in ARCHIVE_KEYS:
                value = self.archive(value)
            elif key in {"tags", "categories", "authors"}:
                value = _terms(value)
            parts[key] = self.value(value, depth=3)
        return parts


def _is_linked(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return bool(value) and all(hasattr(v, "_content") for v in value)
    return hasattr(value, "_content") and hasattr(value, "url")


def _terms(value: Any) -> list[str]:
    pairs = value.items() if isinstance(value, dict) else value
    return [f"{t.name}|{t.slug}|{t.url}" for t, _arts in pairs]


def _head(value: Any) -> list[Any]:
    return list(value[:NEWEST]) if isinstance(value, list | tuple) else []


def template_variables(env: Any, name: str) -> frozenset[str] | None:
    """Return the variables a template and its includes read (None: unknown)."""
    names, todo, found = {name}, [name], set()
    while todo:
        source = env.loader.get_source(env, todo.pop())[0]
        tree = env.parse(source)
        found |= meta.find_undeclared_variables(tree)
        for other in meta.find_referenced_templates(tree):
            if other is None:
                return None  # a template chosen at render time: could read anything
            if other not in names:
                names.add(other)
                todo.append(other)
    return frozenset(found)


def files_print(paths: Iterable[Path]) -> str:
    """Return the print of source files (templates, plugin code): names and bytes."""
    digest = hashlib.sha1()
    for path in sorted(paths):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
