"""Feed validation: the W3C Feed Validator's rules our feeds must meet, as functions.

Each check takes the feed bytes and the URL it is served at and returns problems (an
empty list means valid). Atom: RFC 4287; RSS: RSS 2.0 with the RSS Advisory Board's
best practices; JSON Feed: version 1.1.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urljoin

from lxml import etree

from .checks import (
    illegal_characters,
    is_absolute,
    is_rfc822,
    is_rfc3339,
    is_web_url,
    non_html_tags,
    relative_urls_in_html,
)

A = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def parse_xml(data: bytes) -> tuple[etree._Element | None, list[str]]:
    """Return the root of a well-formed document, or None and why it is not."""
    problems = illegal_characters(data)
    try:
        return etree.fromstring(data, PARSER), problems
    except etree.XMLSyntaxError as e:
        return None, [*problems, f"not well-formed XML: {e}"]


def duplicate_ids(ids: list[str]) -> list[str]:
    """Return a problem for each id used more than once."""
    return [f"duplicate id {i}" for i, n in Counter(ids).items() if n > 1]


def _atom_urls(root: etree._Element) -> list[str]:
    urls = [el.get("href") for el in root.iter(f"{A}link")]
    urls += [el.text for el in root.iter(f"{A}uri", f"{A}icon", f"{A}logo")]
    urls += [el.get(XML_BASE) for el in root.iter() if el.get(XML_BASE) is not None]
    urls = [u for u in urls if not is_absolute(u)]
    for content in root.iter(f"{A}content", f"{A}summary"):
        if content.get("type") == "html":
            urls += relative_urls_in_html(content.text)
    return [f"relative URL {u!r}" for u in urls]


def _html_fields(fields: list[tuple[str, str | None]]) -> list[str]:
    return [
        f"{name} is not HTML-escaped text: {tag} reads as a tag"
        for name, text in fields
        for tag in non_html_tags(text)
    ]


def _same_document_links(root: etree._Element) -> list[str]:
    """Return the links that resolve to the document's xml:base (itself)."""
    base = root.get(XML_BASE)
    if base is None:
        return []
    hrefs = [el.get("href") or "" for el in root.iter(f"{A}link")]
    return [
        f"same-document reference {h!r} (equals xml:base)"
        for h in hrefs
        if urljoin(base, h).split("#")[0] == base.split("#")[0]
    ]


def _atom_entry(entry: etree._Element, feed_author: bool) -> list[str]:
    problems = [
        f"entry without {name}"
        for name in ("id", "title", "updated")
        if entry.find(f"{A}{name}") is None
    ]
    if not feed_author and entry.find(f"{A}author/{A}name") is None:
        problems.append("entry without author (and no feed author)")
    for name in ("updated", "published"):
        value = entry.findtext(f"{A}{name}")
        if value is not None and not is_rfc3339(value):
            problems.append(f"entry {name} is not RFC 3339: {value!r}")
    return problems


def check_atom(data: bytes, self_url: str) -> list[str]:
    """Return the problems of an Atom 1.0 document served at self_url (RFC 4287)."""
    root, problems = parse_xml(data)
    if root is None:
        return problems
    if root.tag != f"{A}feed":
        return [*problems, f"root element is {root.tag}, not atom:feed"]
    for name in ("id", "title", "updated"):
        if root.find(f"{A}{name}") is None:
            problems.append(f"feed without {name}")
    if not is_rfc3339(root.findtext(f"{A}updated")):
        problems.append(
            f"feed updated is not RFC 3339: {root.findtext(f'{A}updated')!r}"
        )
    selfs = [
        ln.get("href") for ln in root.findall(f"{A}link") if ln.get("rel") == "self"
    ]
    if selfs != [self_url]:
        problems.append(f"self link {selfs} does not match {self_url}")
    feed_author = root.find(f"{A}author/{A}name") is not None
    entries = root.findall(f"{A}entry")
    for entry in entries:
        problems += _atom_entry(entry, feed_author)
    ids = [e.findtext(f"{A}id") or "" for e in entries]
    problems += [f"id is not a URI: {i!r}" for i in ids if not is_absolute(i)]
    problems += _html_fields(
        [
            (el.tag.removeprefix(A), el.text)
            for el in root.iter(f"{A}content", f"{A}summary", f"{A}title")
            if el.get("type") == "html"
        ]
    )
    return problems + duplicate_ids(ids) + _atom_urls(root) + _same_document_links(root)


def _rss_item(item: etree._Element) -> list[str]:
    problems = []
    guid = item.find("guid")
    if guid is None:
        problems.append("item without guid")
    elif guid.get("isPermaLink", "true") != "false" and not is_web_url(guid.text):
        problems.append(f"guid {guid.text!r} is not a URL but lacks isPermaLink=false")
    author = item.findtext("author")
    if author is not None and "@" not in author:
        problems.append(f"name-only <author> {author!r}: use dc:creator")
    if item.find(DC_CREATOR) is None and author is None:
        problems.append("item without dc:creator")
    if item.find("pubDate") is not None and not is_rfc822(item.findtext("pubDate")):
        problems.append(f"pubDate is not RFC 822: {item.findtext('pubDate')!r}")
    urls = [item.findtext("link"), *(c.get("domain") for c in item.iter("category"))]
    urls = [u for u in urls if u is not None and not is_absolute(u)]
    for name in ("description", CONTENT_ENCODED):
        urls += relative_urls_in_html(item.findtext(name))
    problems += _html_fields(
        [(n, item.findtext(n)) for n in ("description", CONTENT_ENCODED)]
    )
    return problems + [f"relative URL {u!r}" for u in urls]


def _rss_channel(channel: etree._Element, self_url: str) -> list[str]:
    problems = [
        f"channel without {name}"
        for name in ("title", "link", "description")
        if channel.find(name) is None
    ]
    selfs = [
        ln.get("href") for ln in channel.findall(f"{A}link") if ln.get("rel") == "self"
    ]
    if selfs != [self_url]:
        problems.append(f"atom:link rel=self {selfs} does not match {self_url}")
    problems += _html_fields([("channel description", channel.findtext("description"))])
    link = channel.findtext("link")
    if link == self_url or not is_absolute(link):
        problems.append(f"channel link {link!r} is not the site page")
    for name in ("lastBuildDate", "pubDate"):
        value = channel.findtext(name)
        if value is not None and not is_rfc822(value):
            problems.append(f"channel {name} is not RFC 822: {value!r}")
    return problems


def check_rss(data: bytes, self_url: str) -> list[str]:
    """Return the problems of an RSS 2.0 document served at self_url."""
    root, problems = parse_xml(data)
    problems += [
        f"{ref.decode()} where the RSS Profile asks for a hexadecimal reference"
        for ref in (b"&amp;", b"&lt;")
        if ref in data
    ]
    if root is None:
        return problems
    channel = root.find("channel")
    if root.tag != "rss" or root.get("version") != "2.0" or channel is None:
        return [*problems, "not an RSS 2.0 document"]
    problems += _rss_channel(channel, self_url)
    items = channel.findall("item")
    for item in items:
        problems += _rss_item(item)
    return problems + duplicate_ids([i.findtext("guid") or "" for i in items])
