"""Atom 1.0 and RSS 2.0 through python-feedgen: the only module that imports feedgen.

Traps avoided: feedgen prepends entries (order="append"), dates feeds and entries
with now() (explicit updated/lastBuildDate), writes its own version into <generator>
(explicit generator), breaks Atom links when enclosures are added (feedgen #135: none
are) and takes the last link added as the RSS channel link (the page link goes last).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator
from lxml import etree

from .model import FeedItem, FeedMeta

GENERATOR = "Wiredesk"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of a feed with no entries
ATOM_NS = "http://www.w3.org/2005/Atom"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FH_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
PARSER = etree.XMLParser(
    remove_blank_text=True, resolve_entities=False, no_network=True
)


def _add_entry(fg: FeedGenerator, item: FeedItem) -> None:
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
    for category in item.categories:
        entry.category(term=category.term, scheme=category.scheme)
    entry.summary(item.summary)
    entry.content(item.content_html, type="html")  # RSS: content:encoded
    if item.point:
        entry.geo.point(item.point)


def build_feed(items: Sequence[FeedItem], meta: FeedMeta) -> FeedGenerator:
    """Return a FeedGenerator holding items in order, dated by the newest one."""
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.load_extension("geo")
    fg.id(meta.id)
    fg.title(meta.title)
    fg.subtitle(meta.title)
    fg.language(meta.lang)
    fg.author(name=meta.author)  # RFC 4287 §4.1.1: entries without an agency inherit it
    fg.generator(GENERATOR)
    newest = max((i.updated for i in items), default=EPOCH)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in items:
        _add_entry(fg, item)
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


def atom_bytes(fg: FeedGenerator, meta: FeedMeta, items: Sequence[FeedItem]) -> bytes:
    """Serialise as Atom 1.0: self link, xml:base, entry languages, RFC 5005 history."""
    fg.link(
        [
            {"href": meta.page_url, "rel": "alternate", "type": "text/html"},
            {"href": meta.atom_url, "rel": "self", "type": "application/atom+xml"},
            *_history_links(meta),
        ],
        replace=True,
    )
    root = etree.fromstring(fg.atom_str(pretty=False), PARSER)
    root.set(f"{{{XML_NS}}}base", meta.base_url)
    for element, item in zip(root.iterfind(f"{{{ATOM_NS}}}entry"), items, strict=True):
        element.set(f"{{{XML_NS}}}lang", item.lang)
    if meta.history.archive:
        marker = etree.Element(f"{{{FH_NS}}}archive", nsmap={"fh": FH_NS})
        first_entry = root.find(f"{{{ATOM_NS}}}entry")
        if first_entry is None:
            root.append(marker)
        else:
            first_entry.addprevious(marker)
    return _with_stylesheet(root, meta.xsl_url)


def rss_bytes(fg: FeedGenerator, meta: FeedMeta) -> bytes:
    """Serialise as RSS 2.0 with an atom:link rel=self; the channel link is the page."""
    fg.link(
        [
            {"href": meta.rss_url, "rel": "self", "type": "application/rss+xml"},
            {"href": meta.page_url, "rel": "alternate", "type": "text/html"},
        ],
        replace=True,
    )
    root = etree.fromstring(fg.rss_str(pretty=False), PARSER)
    return _with_stylesheet(root, meta.xsl_url)
