"""Each story's Atom entry, RSS item and JSON Feed item, serialised once as bytes.

Every feed a story sits in (site, section, tags, agency, place, archive page) joins
the same fragments. python-feedgen writes a batch of entries as one feed; the
entries are cut out of it pretty-printed at the depth they have in every feed, so
joined fragments are the bytes lxml would write for the whole tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

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
Fragments = dict[str, list[bytes]]  # format -> one fragment per item, in order


def _pretty(root: etree._Element) -> bytes:
    return etree.tostring(
        root, pretty_print=True, encoding="UTF-8", xml_declaration=False
    )


def _body(data: bytes, lines: int, tail: bytes) -> bytes:
    """Return data without its first lines (start tags) and its closing tail."""
    start = 0
    for _ in range(lines):
        start = data.index(b"\n", start) + 1
    if not data.endswith(tail):
        raise ValueError(f"feed does not end with {tail!r}")
    return data[start : -len(tail)]


def _split(body: bytes, start: bytes, count: int) -> list[bytes]:
    """Return body cut before each line opening with start (a raw `<` is a tag)."""
    cuts = [0] + [m.start() + 1 for m in re.finditer(b"\n" + re.escape(start), body)]
    if not body.startswith(start) or len(cuts) != count:
        raise ValueError(f"expected {count} fragments opening with {start!r}")
    return [body[a:b] for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]


def _keep(parent: etree._Element, tag: str) -> list[etree._Element]:
    """Remove the children of parent but its tag elements; return those."""
    kept = []
    for child in list(parent):
        if child.tag == tag:
            kept.append(child)
        else:
            parent.remove(child)
    return kept


class FragmentWriter:
    """Serialises the fragments of many items through one feedgen feed."""

    def __init__(self, meta: FeedMeta) -> None:
        """Write entries inside a feed described by meta."""
        self.feed = build_feed([], meta)
        self.feed.link(href=meta.page_url, rel="alternate")

    def make(self, items: Sequence[FeedItem], formats: Sequence[str]) -> Fragments:
        """Return the fragments of items in each of formats (atom, rss, json)."""
        made: Fragments = {}
        xml = [fmt for fmt in formats if fmt != "json"]
        if xml and items:
            for item in items:
                add_entry(self.feed, item)
            try:
                if "atom" in xml:
                    made["atom"] = self._atom(items, self.feed.atom_str())
                if "rss" in xml:
                    made["rss"] = self._rss(items, self.feed.rss_str())
            finally:
                self.feed.entry([], replace=True)
        if "json" in formats:
            made["json"] = [_json(item) for item in items]
        return made

    def _atom(self, items: Sequence[FeedItem], data: bytes) -> list[bytes]:
        root = etree.fromstring(data, PARSER)
        entries = _keep(root, f"{{{ATOM_NS}}}entry")
        for entry, item in zip(entries, items, strict=True):
            entry.set(f"{{{XML_NS}}}lang", item.lang)
        body = _body(_pretty(root), 1, ATOM_TAIL)
        return _split(body, b"  <entry", len(items))

    def _rss(self, items: Sequence[FeedItem], data: bytes) -> list[bytes]:
        root = etree.fromstring(data, PARSER)
        entries = _keep(root.find("channel"), "item")
        for entry, item in zip(entries, items, strict=True):
            # RSS <description> is HTML; Atom's <summary> is plain text (type text).
            entry.find("description").text = html_text(item.summary)
        body = rss_profile_escapes(_body(_pretty(root), 2, RSS_TAIL))
        return _split(body, b"    <item>", len(items))


def _json(item: FeedItem) -> bytes:
    """Return the JSON Feed item of item on one line."""
    return json.dumps(json_item(item), ensure_ascii=False).encode("utf-8")
