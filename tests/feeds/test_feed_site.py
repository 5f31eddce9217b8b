"""The feeds of a built fixture site: files, titles, entry fields, links, stylesheet."""

import json
import re

import feedparser
from feedtools import check, feed_files
from lxml import etree, html

SITE = "http://127.0.0.1:8000"
A = "{http://www.w3.org/2005/Atom}"
XML = "{http://www.w3.org/XML/1998/namespace}"
GEORSS = "{http://www.georss.org/georss}point"
BUDGET_STORY = "tag:wiredesk.example.org,2026:tass_basic"
HEADER_STORY = "tag:wiredesk.example.org,2026:2021-06-15-with-header"
FORUM_LEDE = (
    "The St. Petersburg International Economic Forum opened on Tuesday with more than "
    "ten thousand participants from 140 countries, the organisers said."
)
LEDE = (
    "Russian lawmakers have approved a bill on the federal budget for the next three "
    "years, the State Duma press service said on Tuesday."
)


def test_feeds_for_site_section_tag_agency_and_place(built_site):
    written = {
        p.relative_to(built_site).as_posix()
        for p in (built_site / "feeds").rglob("*")
        if p.is_file()
    }
    for stem in (
        "all",
        "section/economy",
        "section/politics",
        "tag/budget",
        "tag/parliament",
        "agency/tass",
        "place/moscow",
        "place/st-petersburg",
        "place/igora",
    ):
        for suffix in ("atom.xml", "rss.xml", "json"):
            assert f"feeds/{stem}.{suffix}" in written
    assert "feeds/feed.xsl" in written


def test_titles_read_site_then_topic(built_site):
    def title(path):
        return feedparser.parse(str(built_site / path)).feed.title

    assert title("feeds/all.atom.xml") == "Wiredesk"
    assert title("feeds/section/economy.rss.xml") == "Wiredesk — Economy"
    assert title("feeds/agency/tass.atom.xml") == "Wiredesk — TASS"
    assert title("feeds/place/moscow.atom.xml") == "Wiredesk — Moscow"
    doc = json.loads((built_site / "feeds/tag/budget.json").read_text())
    assert doc["title"] == "Wiredesk — Budget"


def test_rss_channel_link_is_the_page_and_self_link_the_feed(built_site):
    feed = etree.parse(str(built_site / "feeds/tag/budget.rss.xml")).getroot()
    assert feed.findtext("channel/link") == f"{SITE}/tag/budget/"
    assert (
        feed.find(f"channel/{A}link").get("href") == f"{SITE}/feeds/tag/budget.rss.xml"
    )


def atom_entry(built_site, path, story_id):
    root = etree.parse(str(built_site / path)).getroot()
    return root, next(
        e for e in root.iter(f"{A}entry") if e.findtext(f"{A}id") == story_id
    )


def test_atom_entry_fields(built_site):
    root, entry = atom_entry(built_site, "feeds/all.atom.xml", HEADER_STORY)
    # no xml:base: every URL is absolute, and a base equal to the site's address
    # would make the alternate link a same-document reference
    assert root.get(f"{XML}base") is None
    assert entry.get(f"{XML}lang") == "en"
    assert entry.findtext(f"{A}title") == "Hand-written headline wins"
    assert entry.findtext(f"{A}published") == "2021-06-15T00:00:00+03:00"
    assert entry.findtext(f"{A}updated") == "2021-06-15T00:00:00+03:00"
    assert entry.findtext(f"{A}author/{A}name") == "TASS"
    assert entry.findtext(f"{A}summary") == FORUM_LEDE
    content = entry.findtext(f"{A}content")
    assert FORUM_LEDE in content and "The forum runs until Saturday." in content
    categories = {(c.get("term"), c.get("scheme")) for c in entry.iter(f"{A}category")}
    assert {
        ("Economy", f"{SITE}/section/"),
        ("Budget", f"{SITE}/tag/"),
        ("Parliament", f"{SITE}/tag/"),
    } <= categories
    assert entry.findtext(GEORSS) == "59.9386 30.3141"


def test_rss_item_fields(built_site):
    feed = feedparser.parse(str(built_site / "feeds/all.rss.xml"))
    entry = next(e for e in feed.entries if e.id == BUDGET_STORY)
    assert entry.guidislink is False
    assert entry.author == "TASS"  # from dc:creator
    assert entry.summary == LEDE
    assert "310 votes" in entry.content[0].value
    assert entry.published == "Tue, 03 Mar 2020 00:00:00 +0300"
    assert entry.where["coordinates"] == (37.6178, 55.752)


def test_json_item_fields(built_site):
    doc = json.loads((built_site / "feeds/all.json").read_text())
    item = next(i for i in doc["items"] if i["id"] == BUDGET_STORY)
    assert item["date_published"] == "2020-03-03T00:00:00+03:00"
    assert item["authors"] == [{"name": "TASS"}]
    assert item["summary"] == LEDE
    assert item["language"] == "en"
    assert item["url"].startswith(f"{SITE}/2020/03/03/")


def test_seeds_with_control_characters_still_give_valid_feeds(
    fixture_seeds, tmp_path, invoke
):
    seed = fixture_seeds / "tass_basic.txt"
    seed.write_bytes(
        seed.read_bytes().replace(b"Russian lawmakers", b"Russian\x01 law\x1bmakers")
    )
    out = tmp_path / "out"
    invoke("build", "--seeds", str(fixture_seeds), "--output", str(out))
    for path, data in feed_files(out).items():
        assert check(path, data) == [], path
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data)


def alternates(page):
    doc = html.parse(str(page)).getroot()
    return [
        (ln.get("type"), ln.get("href"))
        for ln in doc.xpath("//head/link[@rel='alternate']")
    ]


SITE_LINKS = [
    ("application/atom+xml", f"{SITE}/feeds/all.atom.xml"),
    ("application/rss+xml", f"{SITE}/feeds/all.rss.xml"),
    ("application/feed+json", f"{SITE}/feeds/all.json"),
]


def test_every_page_links_the_site_feeds(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        assert alternates(page)[:3] == SITE_LINKS, page


def test_topic_pages_link_their_own_feeds_and_the_links_resolve(built_site):
    for page, feed in [
        ("tag/budget/index.html", "feeds/tag/budget"),
        ("section/economy/index.html", "feeds/section/economy"),
        ("agency/tass/index.html", "feeds/agency/tass"),
    ]:
        links = alternates(built_site / page)
        assert [href for _, href in links[3:]] == [
            f"{SITE}/{feed}.atom.xml",
            f"{SITE}/{feed}.rss.xml",
            f"{SITE}/{feed}.json",
        ]
        for _, href in links:
            assert (built_site / href.removeprefix(f"{SITE}/")).is_file()
    article = next(built_site.glob("2020/03/03/*/index.html"))
    assert alternates(article) == SITE_LINKS


def test_feed_stylesheet_turns_atom_and_rss_into_a_page(built_site):
    transform = etree.XSLT(etree.parse(str(built_site / "feeds/feed.xsl")))
    for name in ("all.atom.xml", "section/economy.rss.xml"):
        feed = etree.parse(str(built_site / "feeds" / name))
        page = html.fromstring(str(transform(feed)))
        assert page.findtext(".//code") == f"{SITE}/feeds/{name}"
        headings = [h.text_content() for h in page.iter("h2")]
        assert "Hand-written headline wins" in headings
        assert all(a.get("href").startswith(f"{SITE}/") for a in page.iter("a"))
    pi = etree.parse(str(built_site / "feeds/all.rss.xml")).getroot().getprevious()
    assert pi.target == "xml-stylesheet" and pi.get("href") == f"{SITE}/feeds/feed.xsl"
