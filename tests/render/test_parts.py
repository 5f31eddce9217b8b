"""Fragments made once per build: cards, related items, masthead and footer."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html
from pelican.plugins.wiredesk.model import Story
from pelican.plugins.wiredesk.render.filters import with_story
from pelican.plugins.wiredesk.render.pages import theme_env
from pelican.plugins.wiredesk.site.views import NavPage, Terms, make_view
from pelican.settings import read_settings

from tests.conftest import ROOT

SITEURL = "https://news.example"
MOSCOW = ZoneInfo("Europe/Moscow")
WHEN = datetime(2020, 1, 4, 14, 5, tzinfo=MOSCOW)
STORY = Story(
    key="k",
    id="tag:news.example,2020:k",
    title="Lavrov and Wang Yi talk",
    slug="lavrov-and-wang-yi-talk",
    date=WHEN,
    updated=WHEN,
    has_time=True,
    timezone="Europe/Moscow",
    city="Moscow",
    country="RU",
    agency="TASS",
    lang="en",
    summary="The ministers met in Moscow.",
    section="Politics",
    tags=("Diplomacy",),
    people=("Sergey Lavrov",),
    places=("Moscow",),
    orgs=(),
    paragraphs=("The ministers met in Moscow.",),
    encoding="utf-8",
    digest="d",
)
OTHER = replace(
    STORY,
    key="k2",
    title="Beijing hosts forum",
    slug="beijing-hosts-forum",
    city="Beijing",
    agency="Xinhua",
    section="Economy",
    lang="zh",
)


@pytest.fixture(scope="module")
def settings():
    values = read_settings(str(ROOT / "pelicanconf.py"))
    values["SITEURL"] = SITEURL
    return values


def views(settings, *stories):
    terms = Terms(settings, lambda name, kind: "")
    return [make_view(s, s.key, settings, terms) for s in stories]


def page_values(settings, stories, nav=()):
    sections = {}
    for view in stories:
        sections.setdefault(view.category.slug, (view.category, []))[1].append(view)
    return {
        **settings,
        "articles": stories,
        "dates": stories,
        "categories": sorted(sections.values(), key=lambda c: c[0].slug),
        "tags": [],
        "authors": [],
        "pages": list(nav),
        "localsiteurl": None,
        "output_file": "index.html",
    }


def test_with_story_keeps_only_stories_in_their_order(settings):
    first, second = views(settings, STORY, OTHER)
    about = NavPage("About", "about/")  # a hand-written page has no story
    assert with_story([second, about, first]) == [second, first]
    assert with_story([about]) == []


def test_cards_of_a_list_are_each_card_as_the_partial_renders_it(settings):
    stories = views(settings, STORY, OTHER)
    values = page_values(settings, stories)
    env = theme_env(settings)
    listed = env.from_string("{{ story_cards(stories) }}").render(
        values, stories=stories
    )
    card = env.get_template("partials/story_card.html")
    fresh = views(settings, STORY, OTHER)
    alone = [card.render({**values, "article": s}) for s in fresh]
    assert listed == "".join(alone)
    first = html.fragment_fromstring(listed, create_parent="div")[0]
    link = first.find("h3/a")
    assert link.get("href") == f"{SITEURL}/2020/01/04/lavrov-and-wang-yi-talk/"
    assert link.text == "Lavrov and Wang Yi talk"
    meta = first.find("p[@class='story-meta']")
    assert meta.find("span[@class='place']").text == "Moscow"
    assert meta.find("a[@class='section-label']").text == "Politics"


def test_next_build_shows_an_edited_headline_on_every_card(settings):
    env = theme_env(settings)
    (view,) = views(settings, STORY)
    values = page_values(settings, [view])
    river = env.from_string("{{ story_cards(stories) }}")
    assert "Lavrov and Wang Yi talk" in river.render(values, stories=[view])
    (edited,) = views(settings, replace(STORY, title="Lavrov and Wang Yi agree"))
    again = river.render(page_values(settings, [edited]), stories=[edited])
    assert "Lavrov and Wang Yi agree" in again
    assert "Lavrov and Wang Yi talk" not in again


def test_related_stories_link_with_place_and_agency_but_no_section(settings):
    article, other = views(settings, STORY, OTHER)
    article.related = [other]
    env = theme_env(settings)
    page = env.get_template("partials/related.html").render(
        {**page_values(settings, [article, other]), "article": article}
    )
    (item,) = html.fragment_fromstring(page).findall(".//li")
    assert item.get("lang") == "zh"
    assert item.find("a").text == "Beijing hosts forum"
    meta = item.find("p[@class='story-meta']")
    assert meta.find("span[@class='place']").text == "Beijing"
    assert meta.find("a[@class='agency']").text == "Xinhua"
    assert meta.find("a[@class='section-label']") is None


@pytest.mark.parametrize("template", ["404.html", "search.html", "archives.html"])
def test_masthead_and_footer_read_the_same_with_or_without_the_made_once_parts(
    settings, template
):
    stories = views(settings, STORY, OTHER)
    values = page_values(settings, stories, [NavPage("About", "about/")])
    made_once = theme_env(settings)
    plain = theme_env(settings)  # as Pelican's own environment has it
    del plain.globals["site_part"]
    page = made_once.get_template(template).render(values)
    assert page == plain.get_template(template).render(values)
    links = html.fromstring(page).findall(".//nav[@class='site-nav']//a")
    nav = [a.text for a in links]
    assert nav == ["Economy", "Politics", "Archives", "Tags", "About"]


def test_a_new_build_shows_a_new_section_in_the_masthead(settings):
    first = views(settings, STORY)
    env = theme_env(settings)
    assert "Economy" not in env.get_template("404.html").render(
        page_values(settings, first)
    )
    both = views(settings, STORY, OTHER)
    page = (
        theme_env(settings).get_template("404.html").render(page_values(settings, both))
    )
    assert f'<a href="{SITEURL}/section/economy/">Economy</a>' in page


def test_entity_links_lead_to_each_page_on_every_story_that_names_it(settings):
    env = theme_env(settings)
    entities = env.get_template("partials/entity_list.html")
    first, second = views(settings, STORY, replace(OTHER, people=("Sergey Lavrov",)))
    for article in (first, second):
        page = entities.render({**page_values(settings, [article]), "article": article})
        links = {
            a.text: a.get("href") for a in html.fragment_fromstring(page).iter("a")
        }
        assert links["Sergey Lavrov"] == f"{SITEURL}/people/sergey-lavrov/"
    assert links == {
        "Sergey Lavrov": f"{SITEURL}/people/sergey-lavrov/",
        "Moscow": f"{SITEURL}/places/moscow/",
        "Diplomacy": f"{SITEURL}/tag/diplomacy/",
    }
