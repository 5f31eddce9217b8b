"""Where each feed lives and what it is called, for the writer and templates alike."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from slugify import slugify

from .model import ALL, NO_HISTORY, ArchiveLinks, FeedMeta, SiteConfig, Topic

KINDS = ("section", "tag", "agency", "place")
# format -> (file suffix, media type, label shown to readers)
FORMATS: dict[str, tuple[str, str, str]] = {
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
    "rss": ("rss.xml", "application/rss+xml", "RSS"),
    "json": ("json", "application/feed+json", "JSON Feed"),
}
PAGE_PATHS = {
    "all": "",
    "section": "section/{slug}/",
    "tag": "tag/{slug}/",
    "agency": "agency/{slug}/",
    "place": "places/{slug}/",
}
XSL_PATH = "feeds/feed.xsl"


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One autodiscovery link: href, media type and title."""

    href: str
    type: str
    title: str


def feed_path(kind: str, slug: str, fmt: str) -> str:
    """Return the output path of a feed, e.g. feeds/tag/budget.rss.xml.

    Raises ValueError for an unknown kind or format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown feed format {fmt!r}")
    suffix = FORMATS[fmt][0]
    if kind == "all":
        return f"feeds/all.{suffix}"
    if kind not in KINDS:
        raise ValueError(f"unknown feed kind {kind!r}")
    return f"feeds/{kind}/{slug}.{suffix}"


def archive_path(number: int) -> str:
    """Return the path of RFC 5005 archive page number (1 holds the oldest)."""
    return f"feeds/archive/{number}.atom.xml"


def site_url(siteurl: str, path: str) -> str:
    """Return the absolute URL of an output path."""
    return f"{siteurl.rstrip('/')}/{path}"


def feed_url(siteurl: str, kind: str, slug: str, fmt: str) -> str:
    """Return the absolute URL of a feed."""
    return site_url(siteurl, feed_path(kind, slug, fmt))


@cache  # a place recurs in thousands of stories
def place_slug(name: str) -> str:
    """Return the slug of a dateline place, e.g. 'St. Petersburg' -> 'st-petersburg'."""
    return slugify(name) or "place"


def feed_title(site_name: str, topic: Topic) -> str:
    """Return 'Site — Section' (the site name alone for the whole site)."""
    return site_name if topic.kind == "all" else f"{site_name} — {topic.name}"


def feed_id(authority: str, topic: Topic) -> str:
    """Return the stable tag URI of a feed; it never depends on SITEURL."""
    if topic.kind == "all":
        return f"tag:{authority}:feed/all"
    return f"tag:{authority}:feed/{topic.kind}/{topic.slug}"


def feed_meta(
    site: SiteConfig, topic: Topic, history: ArchiveLinks = NO_HISTORY
) -> FeedMeta:
    """Return the feed-level values of the feed about topic."""
    page = PAGE_PATHS[topic.kind].format(slug=topic.slug)
    return FeedMeta(
        id=feed_id(site.authority, topic),
        title=feed_title(site.name, topic),
        page_url=site_url(site.siteurl, page),
        atom_url=feed_url(site.siteurl, topic.kind, topic.slug, "atom"),
        rss_url=feed_url(site.siteurl, topic.kind, topic.slug, "rss"),
        json_url=feed_url(site.siteurl, topic.kind, topic.slug, "json"),
        xsl_url=site_url(site.siteurl, XSL_PATH),
        author=site.name,
        lang=site.lang,
        history=history,
    )


def feed_links(siteurl: str, site_name: str, topic: Topic = ALL) -> list[FeedLink]:
    """Return the autodiscovery links of a topic's feeds in every format."""
    title = feed_title(site_name, topic)
    return [
        FeedLink(
            feed_url(siteurl, topic.kind, topic.slug, fmt), media, f"{title} ({label})"
        )
        for fmt, (_, media, label) in FORMATS.items()
    ]
