"""Markup in seed text and header values is literal text wherever the site shows it."""

from __future__ import annotations

import gzip
import json
import re

import feedparser
from lxml import etree, html

from tools.hostile import INJECTION

TITLE = "<script>alert('title')</script> & \"quoted\" <b>bold</b>"
SUMMARY = "<img src=x onerror=alert('summary')> [x](javascript:alert('summary-link'))"
SECTION = "<iframe src=\"javascript:alert('section')\"></iframe>"
ATOM = "{http://www.w3.org/2005/Atom}"
# XML 1.0 Char production: what a feed may hold.
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def pages(site):
    return sorted(site.out.rglob("*.html"))


def has_live_markup(doc: html.HtmlElement) -> list[str]:
    """Return what in a parsed page could run script or load a frame."""
    found = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if (
            el.tag == "script"
            and el.get("type") != "application/ld+json"
            and not el.get("src")
        ):
            found.append(html.tostring(el, encoding="unicode")[:80])
        if el.tag in ("iframe", "object", "embed"):
            found.append(el.tag)
        found += [f"{el.tag} {k}" for k in el.attrib if k.lower().startswith("on")]
        found += [
            f"{el.tag} {k}={v}"
            for k, v in el.attrib.items()
            if k in ("href", "src", "action")
            and v.strip().lower().startswith("javascript:")
        ]
    return found


def story_page(site, fragment: str) -> html.HtmlElement:
    for path in site.out.glob("2020/01/04/*/index.html"):
        doc = html.parse(str(path)).getroot()
        if fragment in doc.find_class("story-body")[0].text_content():
            return doc
    raise AssertionError(fragment)


def test_no_page_holds_live_injected_markup(hostile_site):
    for path in pages(hostile_site):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text, path
        assert "<img src=x" not in text, path
        assert not has_live_markup(html.parse(str(path)).getroot()), path


def test_body_markup_is_literal_text(hostile_site):
    doc = story_page(hostile_site, "body-script")
    paragraphs = [p.text_content() for p in doc.find_class("story-body")[0].iter("p")]
    assert paragraphs[-1] == INJECTION
    assert not doc.find_class("story-body")[0].xpath(".//strong|.//em|.//a|.//img")


def test_header_markup_is_literal_text(hostile_site):
    doc = story_page(hostile_site, "Plain text.")
    assert doc.findtext(".//h1") == TITLE
    assert doc.findtext(".//title").startswith(TITLE)
    assert doc.xpath("//meta[@name='description']/@content") == [SUMMARY]
    assert SECTION in doc.text_content()


def test_csp_forbids_inline_script(hostile_site):
    for path in pages(hostile_site):
        doc = html.parse(str(path)).getroot()
        csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        assert len(csp) == 1, path
        script_src = next(d for d in csp[0].split(";") if d.split()[0] == "script-src")
        assert "'self'" in script_src.split()
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src


def strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list):
        return [s for item in data for s in strings(item)]
    return []


def test_json_ld_parses_and_holds_the_literal_text(hostile_site):
    seen = []
    for path in pages(hostile_site):
        for block in (
            html.parse(str(path))
            .getroot()
            .xpath("//script[@type='application/ld+json']")
        ):
            assert "</" not in block.text, path  # the script element cannot end early
            seen += strings(json.loads(block.text))
    assert seen, "no page has JSON-LD"
    assert TITLE in seen
    assert SUMMARY in seen


def test_open_graph_tags_hold_the_literal_text(hostile_site):
    doc = story_page(hostile_site, "Plain text.")
    og = {
        m.get("property"): m.get("content")
        for m in doc.xpath("//meta[starts-with(@property, 'og:')]")
    }
    assert og, "the story page has no OpenGraph tags"
    assert og["og:title"].startswith(TITLE)
    assert og["og:description"] == SUMMARY


def feeds(site, pattern):
    return sorted(site.out.glob(f"feeds/**/{pattern}"))


def atom_bodies(site) -> list[html.HtmlElement]:
    atom = etree.parse(str(site.out / "feeds/all.atom.xml")).getroot()
    bodies = [e.findtext(f"{ATOM}content") or "" for e in atom.iter(f"{ATOM}entry")]
    return [html.fromstring(f"<div>{b}</div>") for b in bodies if "body-script" in b]


def test_atom_and_rss_hold_the_literal_text(hostile_site):
    atom = etree.parse(str(hostile_site.out / "feeds/all.atom.xml")).getroot()
    titles = [e.findtext(f"{ATOM}title") for e in atom.iter(f"{ATOM}entry")]
    assert TITLE in titles
    rss = etree.parse(str(hostile_site.out / "feeds/all.rss.xml")).getroot()
    assert TITLE in [i.findtext("title") for i in rss.iter("item")]
    bodies = atom_bodies(hostile_site)
    assert len(bodies) == 1
    assert not has_live_markup(bodies[0])


def test_feed_content_keeps_body_markup_as_literal_text(hostile_site):
    assert INJECTION in atom_bodies(hostile_site)[0].text_content()


def test_every_feed_parses_and_holds_no_xml_illegal_character(hostile_site):
    xml_feeds = feeds(hostile_site, "*.xml")
    assert len(xml_feeds) > 10
    for path in xml_feeds:
        text = path.read_text(encoding="utf-8")
        assert not XML_ILLEGAL.search(text), path
        etree.fromstring(path.read_bytes())  # raises on any XML error
    for name in ("all.atom.xml", "all.rss.xml"):
        parsed = feedparser.parse(str(hostile_site.out / "feeds" / name))
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
    for path in feeds(hostile_site, "*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert not XML_ILLEGAL.search(json.dumps(data, ensure_ascii=False)), path


def test_json_feed_holds_the_literal_text(hostile_site):
    path = hostile_site.out / "feeds/all.json"
    assert path.is_file(), "no JSON Feed"
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    assert TITLE in [i.get("title") for i in items]
    for item in items:
        content = html.fromstring(f"<div>{item.get('content_html', '')}</div>")
        assert not has_live_markup(content)


def test_search_index_holds_the_literal_text(hostile_site):
    fragments = sorted(hostile_site.out.glob("pagefind/*/fragment/*"))
    assert fragments, "no search index"
    records = [
        json.loads(gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd"))
        for p in fragments
    ]
    assert TITLE in [r["meta"].get("title") for r in records]
    assert any(INJECTION in r["content"] for r in records)
