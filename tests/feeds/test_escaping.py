"""Wire text holding <, > and & reaches every reader as written, in every field.

Reuters marks companies and tickers as `<GE>`: a field a format defines as HTML must
hold HTML-escaped text (a reader decodes it to the words), a plain-text field the text
itself; no reader may see `&lt;GE&gt;`, lose `<GE>` as an unknown tag, or run anything.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import feedparser
import pytest
from lxml import etree, html

from tests.support.crawl import build_and_serve

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "escaping" / "brackets.txt"
# What an editor wants every reader to see, written by hand from the seed.
TITLE = "<GE> & <International Leisure Group Plc> agree lease, a < b > c"
SUMMARY = (
    "<International Leisure Group Plc> said its subsidiary was in advanced "
    "negotiations with <GE> for the lease of 10 engines & spares, a < b > c."
)
BODY = [
    SUMMARY,
    "Terms were not disclosed & talks would continue; shares rose to <5 pence> "
    "from 4 < 5.",
]
TAGS = {"<GE>", "a < b > c"}
FEEDS = ("all.rss.xml", "all.atom.xml", "tag/ge.rss.xml", "tag/ge.atom.xml")
HARMLESS = {"div", "p"}  # the only elements an HTML field of this story may hold


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The story built for http://127.0.0.1:PORT/ and served there."""
    folder = tmp_path_factory.mktemp("escaping")
    (folder / "seeds").mkdir()
    shutil.copy(SEED, folder / "seeds")
    with build_and_serve(folder / "seeds", folder / "out") as base:
        yield folder / "out", base


@pytest.fixture(scope="module")
def site(served) -> Path:
    return served[0]


def html_paragraphs(fragment: str) -> list[str]:
    """Return the text a browser shows for each paragraph of an HTML field."""
    root = html.fragment_fromstring(fragment, create_parent="div")
    assert {el.tag for el in root.iter()} <= HARMLESS, fragment
    paragraphs = root.findall("p")
    return [p.text_content() for p in paragraphs] or [root.text_content()]


def shown(detail) -> str:
    """Return what a reader shows for a feedparser text construct, by its type."""
    if detail.type == "text/plain":
        return detail.value
    assert detail.type == "text/html", detail.type
    return "\n".join(html_paragraphs(detail.value))


def entry(site: Path, name: str):
    parsed = feedparser.parse(str(site / "feeds" / name))
    assert not parsed.bozo, parsed.get("bozo_exception")
    [only] = parsed.entries
    return only


@pytest.mark.parametrize("name", FEEDS)
def test_feedparser_shows_the_text_as_written(site, name):
    found = entry(site, name)
    assert shown(found.title_detail) == TITLE
    assert shown(found.summary_detail) == SUMMARY
    [content] = found.content
    assert content.type == "text/html"
    assert html_paragraphs(content.value) == BODY
    assert {tag.term for tag in found.tags} >= TAGS


def test_a_tag_feed_title_keeps_its_brackets(site):
    parsed = feedparser.parse(str(site / "feeds/tag/ge.rss.xml"))
    assert parsed.feed.title.endswith("<GE>")
    assert shown(parsed.feed.subtitle_detail).endswith("<GE>")


def test_json_feed_holds_plain_text_and_escaped_html(site):
    [item] = json.loads((site / "feeds/all.json").read_text(encoding="utf-8"))["items"]
    assert item["title"] == TITLE
    assert item["summary"] == SUMMARY  # JSON Feed: summary is plain text
    assert html_paragraphs(item["content_html"]) == BODY
    assert set(item["tags"]) >= TAGS


@pytest.mark.parametrize("name", FEEDS)
def test_the_feed_stylesheet_shows_the_text_as_written(site, name):
    transform = etree.XSLT(etree.parse(str(site / "feeds/feed.xsl")))
    page = html.fromstring(str(transform(etree.parse(str(site / "feeds" / name)))))
    [article] = page.iter("article")
    assert article.findtext("h2/a") == TITLE
    assert article.findall("p")[-1].text_content() == SUMMARY
    assert not page.xpath(
        "//script|//iframe|//object|//embed|//@*[starts-with(name(), 'on')]"
    )


def story_page(site: Path) -> html.HtmlElement:
    [path] = site.glob("2020/06/04/*/index.html")
    return html.parse(str(path)).getroot()


def test_the_page_and_its_json_ld_show_the_text_as_written(site):
    page = story_page(site)
    assert page.findtext(".//h1") == TITLE
    body = page.find_class("story-body")[0]
    assert [p.text_content() for p in body.iter("p")] == BODY
    [block] = page.xpath("//script[@type='application/ld+json']")
    data = json.loads(block.text)
    assert data["headline"] == TITLE
    assert data["description"] == SUMMARY
    assert "<" not in block.text  # "</script>" can never end the block early


def test_open_graph_and_meta_description_show_the_text_as_written(site):
    page = story_page(site)

    def meta(attribute: str, name: str) -> str:
        [value] = page.xpath(f"//meta[@{attribute}='{name}']/@content")
        return value

    assert meta("property", "og:title").startswith(TITLE)
    assert meta("property", "og:description") == SUMMARY
    assert meta("name", "twitter:description") == SUMMARY
    assert meta("name", "description") == SUMMARY


def test_the_search_index_holds_the_text_as_written(site):
    records = [
        json.loads(gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd"))
        for p in site.glob("pagefind/*/fragment/*")
    ]
    [record] = records
    assert record["meta"]["title"] == TITLE
    assert " ".join(BODY) in record["content"]


def test_search_results_show_the_text_as_written(served, browser):
    _, base = served
    page = browser.new_page()
    page.goto(base + "search/?q=Leisure")
    page.wait_for_selector("#search-results li", timeout=15_000)
    assert page.inner_text("#search-results li h2") == TITLE
    excerpt = page.inner_text("#search-results li p")
    assert "<International Leisure Group Plc> said its subsidiary" in excerpt
    assert TITLE in excerpt
    marks = page.locator("#search-results li p mark").all_inner_texts()
    assert marks == ["Leisure", "Leisure"]
    page.close()
