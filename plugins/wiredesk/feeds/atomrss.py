"""Atom 1.0 and RSS 2.0 through python-feedgen: the only module that imports feedgen.

Traps avoided: feedgen prepends entries (order="append"), dates feeds and entries
with now() (explicit updated/lastBuildDate), writes its own version into <generator>
(explicit generator), breaks Atom links when enclosures are added (feedgen #135: none
are) and takes the last link added as the RSS channel link (the page link goes last).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator
from lxml import etree

from .content import html_text
from .model import FeedItem, FeedMeta

GENERATOR = "Wiredesk"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of a feed with no entries
ATOM_NS = "http://www.w3.org/2005/Atom"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FH_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
ATOM_TAIL = b"</feed>\n"  # how a pretty-printed feed ends, after its last entry
RSS_TAIL = b"  </channel>\n</rss>\n"
Entries = Iterable[bytes]
PARSER = etree.XMLParser(
    remove_blank_text=True, resolve_entities=False, no_network=True
)


def add_entry(fg: FeedGenerator, item: FeedItem) -> None:
    """Append item to fg as an entry (Atom) and item (RSS)."""
    entry = fg.add_entry(order="append")
    entry.id(item.id)
    entry.guid(item.id, permalink=False)  # tag URIs are not URLs: isPermaLink="false"
    entry.title(item.title)
    entry.link(href=item.link, rel="alternate", type="text/html")
    entry.published(item.published)
    entry.updated(item.updated)
    if item.author:
        entry.author(name=item.author)  # Atom only: RSS <author> needs an e-mail
        entry.dc.dc_creator(item.author)
    entry.dc.dc_language(item.lang)
    if item.categories:  # one call: feedgen re-checks the whole list on each call
        entry.category([{"term": c.term, "scheme": c.scheme} for c in item.categories])
    entry.summary(item.summary)
    entry.content(item.content_html, type="html")  # RSS: content:encoded
    if item.point:
        entry.geo.point(item.point)


def build_feed(
    items: Sequence[FeedItem], meta: FeedMeta, updated: datetime | None = None
) -> FeedGenerator:
    """Return a FeedGenerator holding items in order, dated updated or by the newest."""
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.load_extension("geo")
    fg.id(meta.id)
    fg.title(meta.title)
    fg.subtitle(meta.title)
    fg.language(meta.lang)
    fg.author(name=meta.author)  # RFC 4287 §4.1.1: entries without an agency inherit it
    fg.generator(GENERATOR)
    newest = updated or _newest(items)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in items:
        add_entry(fg, item)
    return fg


def _with_stylesheet(root: etree._Element, xsl_url: str) -> bytes:
    root.addprevious(
        etree.ProcessingInstruction(
            "xml-stylesheet", f'type="text/xsl" href="{xsl_url}"'
        )
    )
    return etree.tostring(
        root.getroottree(), pretty_print=True, xml_declaration=True, encoding="UTF-8"
    )


def _history_links(meta: FeedMeta) -> list[dict[str, str]]:
    history = meta.history
    links = [
        ("current", history.current),
        ("prev-archive", history.prev_archive),
        ("next-archive", history.next_archive),
    ]
    return [
        {"href": href, "rel": rel, "type": "application/atom+xml"}
        for rel, href in links
        if href
    ]


def _newest(items: Sequence[FeedItem]) -> datetime:
    return max((i.updated for i in items), default=EPOCH)


def atom_bytes(
    meta: FeedMeta,
    items: Sequence[FeedItem],
    entries: Entries,
    updated: datetime | None = None,
) -> bytes:
    """Serialise as Atom 1.0: self link, entry languages, RFC 5005 history.

    entries are the items' serialised Atom entries, in order; updated, when
    given, is the newest of their update times (items may then be empty). No
    xml:base: every URL is absolute, and a base equal to the alternate link makes
    that link a same-document reference.
    """
    fg = build_feed([], meta, updated=updated or _newest(items))
    fg.link(
        [
            {"href": meta.page_url, "rel": "alternate", "type": "text/html"},
            {"href": meta.atom_url, "rel": "self", "type": "application/atom+xml"},
            *_history_links(meta),
        ],
        replace=True,
    )
    root = etree.fromstring(fg.atom_str(pretty=False), PARSER)
    if meta.history.archive:
        root.append(etree.Element(f"{{{FH_NS}}}archive", nsmap={"fh": FH_NS}))
    return _joined(_with_stylesheet(root, meta.xsl_url), ATOM_TAIL, entries)


def rss_bytes(meta: FeedMeta, items: Sequence[FeedItem], entries: Entries) -> bytes:
    """Serialise as RSS 2.0 with an atom:link rel=self; the channel link is the page.

    entries are the items' serialised RSS items, in order.
    """
    fg = build_feed([], meta, updated=_newest(items))
    fg.link(
        [
            {"href": meta.rss_url, "rel": "self", "type": "application/rss+xml"},
            {"href": meta.page_url, "rel": "alternate", "type": "text/html"},
        ],
        replace=True,
    )
    root = etree.fromstring(fg.rss_str(pretty=False), PARSER)
    channel = root.find("channel")
    channel.find("description").text = html_text(meta.title)  # HTML, as in items
    head = rss_profile_escapes(_with_stylesheet(root, meta.xsl_url))
    return _joined(head, RSS_TAIL, entries)


def _joined(document: bytes, tail: bytes, entries: Entries) -> bytes:
    """Return document with entries put before its closing tail."""
    if not document.endswith(tail):
        raise ValueError(f"feed does not end with {tail!r}")
    return b"".join([document[: -len(tail)], *entries, tail])


def rss_profile_escapes(data: bytes) -> bytes:
    """Write `&` and `<` in text as hexadecimal references, as the RSS Profile asks.

    The same characters to any XML parser; validators then take `<GE>` in a title for
    the words it is, not for markup left in plain text.
    """
    return data.replace(b"&amp;", b"&#x26;").replace(b"&lt;", b"&#x3C;")
