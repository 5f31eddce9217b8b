"""What a reader finds on each page type of a built site (no browser needed)."""

from __future__ import annotations

import json

from lxml import html
from sitetools import seed_story_page


def doc(site, rel):
    return html.fromstring((site / rel).read_bytes())


def test_every_page_type_exists(site):
    for rel in [
        "index.html",
        "page/2/index.html",
        "section/index.html",
        "section/politics/index.html",
        "tag/index.html",
        "archives/index.html",
        "2020/01/index.html",
        "2020/01/04/index.html",
        "agency/tass/index.html",
        "people/sergey-lavrov/index.html",
        "places/moscow/index.html",
        "orgs/united-nations-security-council/index.html",
        "about/index.html",
        "404.html",
        "search/index.html",
        "sitemap.xml",
        "news-sitemap.xml",
        "robots.txt",
        "pagefind/shards.json",
        "pagefind/2020-W01/pagefind.js",
    ]:
        assert (site / rel).is_file(), rel


def test_front_page_leads_with_the_newest_story_and_groups_the_rest_by_day(site):
    front = doc(site, "index.html")
    lead = front.xpath("//article[@class='lead-story']")
    assert len(lead) == 1
    assert lead[0].xpath("string(.//h2)") == "Hand-written headline wins"
    days = front.xpath("//section[@class='day']/h2/time/@datetime")
    assert days == sorted(days, reverse=True) and len(days) == len(set(days)) > 2
    card = front.xpath("//article[@class='story-card']")[0]
    assert card.xpath(".//p[@class='story-meta']//time/@datetime")
    assert card.xpath(".//a[@class='section-label']/text()")
    assert card.xpath("string(.//p[@class='lede'])").strip()
    assert front.xpath("//nav[@class='pagination']//a[@rel='next']/@href")


def test_article_page_shows_headline_meta_body_entities_and_neighbours(site):
    page = html.fromstring(seed_story_page(site).read_bytes())
    assert len(page.xpath("//h1")) == 1
    meta = page.xpath("//article[@class='story']//p[@class='story-meta']")[0]
    assert meta.xpath("string(.//span[@class='place'])") == "Moscow"
    assert meta.xpath("string(.//a[@class='agency'])") == "TASS"
    assert meta.xpath(".//time/@datetime") == ["2020-01-04"]
    groups = page.xpath("//dl[@class='entities']/dt/text()")
    assert groups[:3] == ["People", "Places", "Organisations"]
    assert "/people/sergey-lavrov/" in " ".join(page.xpath("//dl//a/@href"))
    assert page.xpath("//section[@class='related']//li")
    assert page.xpath("//nav[@class='section-nav']//a[@rel]")
    assert "Zarif" in page.xpath("string(//div[@class='story-body'])")


def test_each_story_appears_in_one_meta_partial_shape(site):
    # The meta line is the same partial everywhere: place, agency, time in that order.
    for rel in [
        "index.html",
        "section/politics/index.html",
        "people/sergey-lavrov/index.html",
    ]:
        for meta in doc(site, rel).xpath("//p[@class='story-meta']"):
            classes = [el.get("class") or el.tag for el in meta]
            assert classes[-2:] != ["place", "agency"]
            assert "time" in classes


def test_non_english_story_carries_its_lang(site):
    pages = [
        p for p in site.glob("20*/*/*/*/index.html") if b'lang="de"' in p.read_bytes()
    ]
    assert len(pages) == 1
    page = html.fromstring(pages[0].read_bytes())
    assert page.xpath("//article[@class='story']/@lang") == ["de"]
    data = json.loads(page.xpath("//script[@type='application/ld+json']/text()")[0])
    assert data["inLanguage"] == "de"
    front = doc(site, "index.html").xpath("//article[@lang='de']//h3/a/text()")
    assert front == [data["headline"]]


def test_every_page_has_the_search_box_and_one_h1(site):
    for path in site.rglob("*.html"):
        page = html.fromstring(path.read_bytes())
        assert len(page.xpath("//h1")) == 1, path
        box = page.xpath("//header//form[@role='search']")
        assert len(box) == 1, path
        field = box[0].xpath(".//input[@type='search']")[0]
        assert page.xpath(f"//label[@for='{field.get('id')}']/text()") == [
            "Search stories"
        ]


def test_search_page_says_plainly_that_it_needs_javascript(site):
    text = doc(site, "search/index.html").xpath("string(//*[@id='search-status'])")
    assert "Search needs JavaScript" in text


def test_pages_use_no_inline_script_and_no_external_resources(site, base_url):
    for path in site.rglob("*.html"):
        page = html.fromstring(path.read_bytes())
        for script in page.xpath("//script"):
            assert script.get("src") or script.get("type") == "application/ld+json", (
                path
            )
        for url in page.xpath("//link/@href | //script/@src | //img/@src"):
            assert url.startswith(base_url), (path, url)
        assert not page.xpath("//@style"), path
    assert [p.name for p in site.glob("theme/css/*.css")] == ["main.css"]


def test_list_pages_paginate(site):
    assert doc(site, "page/2/index.html").xpath(
        "//nav[@class='pagination']//a[@rel='prev']"
    )
    assert not doc(site, "page/2/index.html").xpath("//article[@class='lead-story']")


def test_canonical_links_point_at_the_page_itself(site, base_url):
    for rel, path in [
        ("index.html", ""),
        ("section/politics/index.html", "section/politics/"),
        ("page/2/index.html", "page/2/"),
    ]:
        assert doc(site, rel).xpath("//link[@rel='canonical']/@href") == [
            base_url + path
        ]
    assert not doc(site, "404.html").xpath("//link[@rel='canonical']")
