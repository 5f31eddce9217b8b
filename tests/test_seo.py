import json
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import etree, html
from pelican.plugins.wiredesk.model import Story
from pelican.plugins.wiredesk.render.seo import (
    canonical_path,
    json_ld,
    meta_description,
    news_article,
    word_count,
)
from pelican.plugins.wiredesk.site.sitemaps import (
    NewsEntry,
    SitemapUrl,
    news_sitemap_xml,
    robots_txt,
    select_news,
    sitemap_files,
)

MOSCOW = ZoneInfo("Europe/Moscow")
WHEN = datetime(2020, 1, 4, 14, 5, tzinfo=MOSCOW)
STORY = Story(
    key="k",
    id="tag:example.org,2026:k",
    title="Lavrov and Wang Yi talk",
    slug="s",
    date=WHEN,
    updated=WHEN + timedelta(hours=2),
    has_time=True,
    timezone="Europe/Moscow",
    city="Moscow",
    country="RU",
    agency="TASS",
    lang="en",
    summary="Lede.",
    section="Politics",
    tags=("Diplomacy",),
    people=("Sergey Lavrov",),
    places=("Moscow",),
    orgs=("UN",),
    paragraphs=("One two three.", "Four five."),
    encoding="utf-8",
    digest="d",
)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_copy_that_names_no_agency_has_no_author_not_the_site():
    data = news_article(
        replace(STORY, agency=None),
        url="https://n.example/a/",
        site_name="Wiredesk",
        site_url="https://n.example",
        words=word_count(STORY.paragraphs),
    )
    assert "author" not in data
    assert data["publisher"]["name"] == "Wiredesk"


def test_news_article_carries_the_story_fields():
    data = news_article(
        STORY,
        url="https://n.example/a/",
        site_name="Wiredesk",
        site_url="https://n.example",
        words=word_count(STORY.paragraphs),
    )
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Lavrov and Wang Yi talk"
    assert data["datePublished"] == "2020-01-04T14:05:00+03:00"
    assert data["dateModified"] == "2020-01-04T16:05:00+03:00"
    assert data["author"] == {"@type": "Organization", "name": "TASS"}
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Wiredesk"
    assert data["dateline"] == "Moscow"
    assert data["articleSection"] == "Politics"
    assert data["keywords"] == ["Diplomacy", "Sergey Lavrov", "Moscow", "UN"]
    assert data["inLanguage"] == "en"
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": "https://n.example/a/",
    }
    assert data["wordCount"] == 5


def test_news_article_dates_are_plain_dates_without_a_known_time():
    data = news_article(
        replace(STORY, has_time=False), url="u", site_name="W", site_url="s", words=5
    )
    assert (data["datePublished"], data["dateModified"]) == ("2020-01-04", "2020-01-04")


def test_json_ld_cannot_close_its_script_element():
    text = json_ld({"headline": "</script><b>&"})
    assert "</script>" not in text and "<" not in text
    assert json.loads(text) == {"headline": "</script><b>&"}


@pytest.mark.parametrize(
    ("output_file", "expected"),
    [
        ("index.html", ""),
        ("2020/01/04/slug/index.html", "2020/01/04/slug/"),
        ("404.html", "404.html"),
    ],
)
def test_canonical_path(output_file, expected):
    assert canonical_path(output_file) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short lede.", 160, "Short lede."),
        (
            "The minister said the talks, which lasted hours, went well.",
            30,
            "The minister said the talks…",
        ),
    ],
)
def test_meta_description_cuts_at_a_word(text, limit, expected):
    assert meta_description(text, limit) == expected


def test_sitemap_becomes_an_index_past_the_limit():
    urls = [SitemapUrl(f"https://n.example/{n}/") for n in range(5)]
    files = sitemap_files(urls, "https://n.example", limit=2)
    assert sorted(files) == [
        "sitemap.xml",
        "sitemaps/sitemap-1.xml",
        "sitemaps/sitemap-2.xml",
        "sitemaps/sitemap-3.xml",
    ]
    index = etree.fromstring(files["sitemap.xml"].encode())
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [loc.text for loc in index.iter(f"{SITEMAP}loc")] == [
        "https://n.example/sitemaps/sitemap-1.xml",
        "https://n.example/sitemaps/sitemap-2.xml",
        "https://n.example/sitemaps/sitemap-3.xml",
    ]
    last = etree.fromstring(files["sitemaps/sitemap-3.xml"].encode())
    assert [loc.text for loc in last.iter(f"{SITEMAP}loc")] == ["https://n.example/4/"]


def test_small_sitemap_is_one_urlset():
    files = sitemap_files(
        [SitemapUrl("https://n.example/", "2020-01-04")], "https://n.example"
    )
    root = etree.fromstring(files["sitemap.xml"].encode())
    assert root.tag == f"{SITEMAP}urlset"
    assert root.findtext(f"{SITEMAP}url/{SITEMAP}lastmod") == "2020-01-04"


def entry(n, hours_before_newest):
    when = WHEN - timedelta(hours=hours_before_newest)
    return NewsEntry(
        f"https://n.example/{n}/", f"Story {n}", when, when.isoformat(), "en"
    )


def test_news_sitemap_holds_the_two_days_before_the_newest_story():
    entries = [entry(1, 0), entry(2, 47), entry(3, 48), entry(4, 49), entry(5, 500)]
    assert [e.loc for e in select_news(entries)] == [
        "https://n.example/1/",
        "https://n.example/2/",
        "https://n.example/3/",
    ]


def test_news_sitemap_is_capped():
    assert len(select_news([entry(n, 0) for n in range(1500)])) == 1000


def test_news_sitemap_xml_names_publication_language_and_title():
    root = etree.fromstring(news_sitemap_xml([entry(1, 0)], "Wire & Co").encode())
    ns = {"s": SITEMAP[1:-1], "n": "http://www.google.com/schemas/sitemap-news/0.9"}
    assert root.xpath("//n:publication/n:name/text()", namespaces=ns) == ["Wire & Co"]
    assert root.xpath("//n:language/text()", namespaces=ns) == ["en"]
    assert root.xpath("//n:title/text()", namespaces=ns) == ["Story 1"]


def test_robots_txt_names_both_sitemaps():
    assert robots_txt("https://n.example/sub").splitlines()[-2:] == [
        "Sitemap: https://n.example/sub/sitemap.xml",
        "Sitemap: https://n.example/sub/news-sitemap.xml",
    ]


def test_built_story_page_has_json_ld_opengraph_and_canonical(built_site):
    page = next(built_site.glob("20*/*/*/*/index.html"))
    doc = html.fromstring(page.read_bytes())
    data = json.loads(doc.xpath("//script[@type='application/ld+json']/text()")[0])
    url = doc.xpath("//link[@rel='canonical']/@href")[0]
    assert data["@type"] == "NewsArticle"
    assert data["mainEntityOfPage"]["@id"] == url == data["url"]
    assert data["headline"] == doc.xpath("string(//h1)")
    assert doc.xpath("//meta[@property='og:type']/@content") == ["article"]
    assert doc.xpath("//meta[@property='og:url']/@content") == [url]
    assert doc.xpath("//meta[@name='twitter:card']/@content") == ["summary"]
    assert doc.xpath("//meta[@name='description']/@content")[0]


def test_built_site_has_sitemaps_and_robots(built_site):
    robots = (built_site / "robots.txt").read_text()
    assert "sitemap.xml" in robots and "news-sitemap.xml" in robots
    root = etree.parse(str(built_site / "sitemap.xml")).getroot()
    locs = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    assert len([u for u in locs if "/20" in u and u.count("/") >= 7]) == 3
    news = etree.parse(str(built_site / "news-sitemap.xml")).getroot()
    assert len(news) >= 1
