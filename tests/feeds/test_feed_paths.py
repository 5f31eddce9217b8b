"""Feed paths, titles, autodiscovery choice and safe content: the pure helpers."""

from types import SimpleNamespace

import pytest
from pelican.plugins.wiredesk.feeds.content import absolutize_html, xml_safe
from pelican.plugins.wiredesk.feeds.helpers import page_feed_links
from pelican.plugins.wiredesk.feeds.model import Topic
from pelican.plugins.wiredesk.feeds.paths import feed_path, feed_title, place_slug


@pytest.mark.parametrize(
    ("kind", "slug", "fmt", "expected"),
    [
        ("all", "all", "atom", "feeds/all.atom.xml"),
        ("all", "all", "rss", "feeds/all.rss.xml"),
        ("all", "all", "json", "feeds/all.json"),
        ("section", "economy", "atom", "feeds/section/economy.atom.xml"),
        ("tag", "budget", "rss", "feeds/tag/budget.rss.xml"),
        ("agency", "tass", "json", "feeds/agency/tass.json"),
        ("place", "st-petersburg", "atom", "feeds/place/st-petersburg.atom.xml"),
    ],
)
def test_feed_path(kind, slug, fmt, expected):
    assert feed_path(kind, slug, fmt) == expected


@pytest.mark.parametrize(("kind", "fmt"), [("people", "atom"), ("tag", "xml")])
def test_feed_path_refuses_unknown_kinds_and_formats(kind, fmt):
    with pytest.raises(ValueError, match="unknown feed"):
        feed_path(kind, "x", fmt)


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        (Topic("all", "all", ""), "Wiredesk"),
        (Topic("section", "economy", "Economy"), "Wiredesk — Economy"),
        (Topic("place", "moscow", "Moscow"), "Wiredesk — Moscow"),
    ],
)
def test_feed_title(topic, expected):
    assert feed_title("Wiredesk", topic) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Moscow", "moscow"),
        ("St. Petersburg", "st-petersburg"),
        ("Nur-Sultan", "nur-sultan"),
    ],
)
def test_place_slug(name, expected):
    assert place_slug(name) == expected


SITE = {"SITEURL": "https://news.example.org", "SITENAME": "Wire"}


def hrefs(values):
    return [
        link.href.removeprefix("https://news.example.org/")
        for link in page_feed_links(values)
    ]


SITE_FEEDS = ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/all.json"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ({}, SITE_FEEDS),
        (
            {"tag": SimpleNamespace(slug="budget")},
            [
                *SITE_FEEDS,
                "feeds/tag/budget.atom.xml",
                "feeds/tag/budget.rss.xml",
                "feeds/tag/budget.json",
            ],
        ),
        (
            {"category": SimpleNamespace(slug="economy")},
            [
                *SITE_FEEDS,
                "feeds/section/economy.atom.xml",
                "feeds/section/economy.rss.xml",
                "feeds/section/economy.json",
            ],
        ),
        (
            {"author": SimpleNamespace(slug="tass")},
            [
                *SITE_FEEDS,
                "feeds/agency/tass.atom.xml",
                "feeds/agency/tass.rss.xml",
                "feeds/agency/tass.json",
            ],
        ),
        (
            {"feed_kind": "place", "feed_slug": "moscow"},
            [
                *SITE_FEEDS,
                "feeds/place/moscow.atom.xml",
                "feeds/place/moscow.rss.xml",
                "feeds/place/moscow.json",
            ],
        ),
        # an article page carries its category but is not the section's own page
        (
            {"article": object(), "category": SimpleNamespace(slug="economy")},
            SITE_FEEDS,
        ),
        ({"feed_kind": "people", "feed_slug": "lavrov"}, SITE_FEEDS),
    ],
)
def test_autodiscovery_links_per_page(page, expected):
    assert hrefs({**SITE, **page}) == expected


def test_autodiscovery_titles_name_site_topic_and_format():
    links = page_feed_links(
        {**SITE, "feed_kind": "place", "feed_slug": "moscow", "feed_name": "Moscow"}
    )
    assert [(link.title, link.type) for link in links[3:]] == [
        ("Wire — Moscow (Atom)", "application/atom+xml"),
        ("Wire — Moscow (RSS)", "application/rss+xml"),
        ("Wire — Moscow (JSON Feed)", "application/feed+json"),
    ]


BASE = "https://news.example.org/2020/01/04/story/"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/tag/x/">x</a>', '<a href="https://news.example.org/tag/x/">x</a>'),
        (
            "<img src='pic.jpg'>",
            '<img src="https://news.example.org/2020/01/04/story/pic.jpg">',
        ),
        (
            '<a href="https://other.example/a">a</a>',
            '<a href="https://other.example/a">a</a>',
        ),
        (
            '<a href="#note">n</a>',
            '<a href="https://news.example.org/2020/01/04/story/#note">n</a>',
        ),
        ("<p>href=/not/an/attribute</p>", "<p>href=/not/an/attribute</p>"),
        (
            "<p>&lt;img src=x.png&gt; in text</p>",
            "<p>&lt;img src=x.png&gt; in text</p>",
        ),
    ],
)
def test_absolutize_html(html, expected):
    assert absolutize_html(html, BASE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x00b\x0bc\x1fd", "abcd"),
        ("tab\tnew\nline", "tab\tnew\nline"),
        ("\ufffeé", "é"),
    ],
)
def test_xml_safe(text, expected):
    assert xml_safe(text) == expected
