"""The values feeds are made of: items, topics, feed metadata, the size policy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class Topic:
    """What a feed is about: kind is all, section, tag, agency or place."""

    kind: str
    slug: str
    name: str


ALL = Topic("all", "all", "")


@dataclass(frozen=True, slots=True)
class Category:
    """An entry category: the term and the URI of the scheme it belongs to."""

    term: str
    scheme: str


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One story as every feed format needs it; URLs are absolute."""

    id: str
    title: str
    link: str
    published: datetime
    updated: datetime
    author: str | None
    summary: str
    content_html: str
    categories: tuple[Category, ...]
    lang: str
    point: str | None = None
    topics: tuple[Topic, ...] = ()


@dataclass(frozen=True, slots=True)
class ArchiveLinks:
    """RFC 5005 links of one Atom document; archive marks an archive page."""

    current: str | None = None
    prev_archive: str | None = None
    next_archive: str | None = None
    archive: bool = False


NO_HISTORY = ArchiveLinks()


@dataclass(frozen=True, slots=True)
class FeedMeta:
    """Feed-level values: identity, title, the page it stands for and its own URLs."""

    id: str
    title: str
    page_url: str
    atom_url: str
    rss_url: str
    json_url: str
    xsl_url: str
    author: str
    lang: str = "en"
    history: ArchiveLinks = field(default_factory=ArchiveLinks)


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """The site-wide inputs of every feed; cache: where serialised entries are kept."""

    siteurl: str
    name: str
    authority: str
    lang: str = "en"
    max_items: int | None = 100
    window_days: int | None = None
    cache: Path | None = field(default=None, repr=False, compare=False)


class Dated(Protocol):
    """What ordering and the size policy read: an id and a publication time."""

    @property
    def id(self) -> str: ...  # noqa: D102

    @property
    def published(self) -> datetime: ...  # noqa: D102


D = TypeVar("D", bound=Dated)


def sort_items(items: Iterable[D]) -> list[D]:
    """Return items newest first; stories of the same moment are ordered by id."""
    return sorted(items, key=lambda i: (-i.published.timestamp(), i.id))


def select_items(
    newest_first: Sequence[D], max_items: int | None, window_days: int | None
) -> list[D]:
    """Apply the size policy: a window back from the newest story, then max_items."""
    chosen = list(newest_first)
    if window_days is not None and chosen:
        start = chosen[0].published - timedelta(days=window_days)
        chosen = [i for i in chosen if i.published >= start]
    return chosen if max_items is None else chosen[:max_items]
