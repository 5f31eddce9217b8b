"""One story's Atom entry, RSS item and JSON Feed item, serialised once as bytes.

Every feed a story sits in (site, section, tags, agency, place, archive page) joins
the same fragments. python-feedgen writes each entry inside a one-entry feed; the
entry is cut out of that feed pretty-printed at the depth it has in every feed, so
joined fragments are the bytes lxml would write for the whole tree.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from .atomrss import (
    ATOM_NS,
    ATOM_TAIL,
    PARSER,
    RSS_TAIL,
    XML_NS,
    add_entry,
    build_feed,
    rss_profile_escapes,
)
from .content import html_text
from .jsonfeed import json_item
from .model import FeedItem, FeedMeta

FORMATS = ("atom", "rss", "json")


def _only_child(parent: etree._Element, keep: etree._Element) -> None:
    for child in list(parent):
        if child is not keep:
            parent.remove(child)


def _pretty(root: etree._Element) -> bytes:
    return etree.tostring(
        root, pretty_print=True, encoding="UTF-8", xml_declaration=False
    )


def _cut(data: bytes, lines: int, tail: bytes) -> bytes:
    """Return data without its first lines (start tags) and its closing tail."""
    start = 0
    for _ in range(lines):
        start = data.index(b"\n", start) + 1
    if not data.endswith(tail):
        raise ValueError(f"feed does not end with {tail!r}")
    return data[start : -len(tail)]


class FragmentWriter:
    """Serialises fragments through one feedgen feed, one entry at a time."""

    def __init__(self, meta: FeedMeta) -> None:
        """Write entries inside an empty feed described by meta."""
        self.feed = build_feed([], meta)
        self.feed.link(href=meta.page_url, rel="alternate")
        self.makers: dict[str, Callable[[FeedItem], bytes]] = {
            "atom": self.atom,
            "rss": self.rss,
            "json": self.json,
        }

    def make(self, item: FeedItem, fmt: str) -> bytes:
        """Return the fragment of item in format fmt (atom, rss or json)."""
        return self.makers[fmt](item)

    def _feed_with(self, item: FeedItem, serialise: str) -> bytes:
        feed = self.feed
        add_entry(feed, item)
        try:
            return getattr(feed, serialise)(pretty=False)
        finally:
            feed.remove_entry(0)

    def atom(self, item: FeedItem) -> bytes:
        """Return the Atom entry of item, indented as a child of <feed>."""
        root = etree.fromstring(self._feed_with(item, "atom_str"), PARSER)
        entry = root.find(f"{{{ATOM_NS}}}entry")
        entry.set(f"{{{XML_NS}}}lang", item.lang)
        _only_child(root, entry)
        return _cut(_pretty(root), 1, ATOM_TAIL)

    def rss(self, item: FeedItem) -> bytes:
        """Return the RSS item of item, indented as a child of <channel>."""
        root = etree.fromstring(self._feed_with(item, "rss_str"), PARSER)
        channel = root.find("channel")
        rss_item = channel.find("item")
        # RSS <description> is HTML; Atom's <summary> is plain text (type text).
        rss_item.find("description").text = html_text(item.summary)
        _only_child(channel, rss_item)
        return rss_profile_escapes(_cut(_pretty(root), 2, RSS_TAIL))

    def json(self, item: FeedItem) -> bytes:
        """Return the JSON Feed item of item on one line."""
        return json.dumps(json_item(item), ensure_ascii=False).encode("utf-8")
