"""In a real browser: accessibility (axe), search, small screens and no JavaScript."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from sitetools import seed_story_page

# One page of each kind, by a pattern under the site (the first match in path order).
PAGE_KINDS = {
    "section": "section/*/index.html",
    "section list": "section/index.html",
    "list page 2": "agency/*/page/2/index.html",
    "tag": "tag/diplomacy/index.html",
    "tag list": "tag/index.html",
    "person": "people/sergey-lavrov/index.html",
    "place": "places/*/index.html",
    "organisation": "orgs/*/index.html",
    "agency": "agency/*/index.html",
    "month archive": "[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html",
    "day archive": "[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/index.html",
    "archives": "archives/index.html",
    "front page 2": "page/2/index.html",
    "content page": "about/index.html",
    "not found": "404.html",
}


def page_paths(site) -> dict[str, str]:
    """Return name -> site-relative URL of one page of each kind the checks visit."""
    story = seed_story_page(site).parent.relative_to(site).as_posix() + "/"
    paths = {"front": "", "article": story}
    for name, pattern in PAGE_KINDS.items():
        found = sorted(site.glob(pattern))
        assert found, f"no {name} page ({pattern})"
        paths[name] = found[0].relative_to(site).as_posix().removesuffix("index.html")
    return {**paths, "search": "search/", "search results": "search/?q=Zarif"}


def open_page(context, url):
    page = context.new_page()
    page.goto(url)
    if "search/?q=" in url:
        page.wait_for_selector("#search-results li", timeout=10_000)
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_no_accessibility_violations_on_any_page_kind(
    browser, site, base_url, scheme, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True
    )
    found = {}
    for name, path in page_paths(site).items():
        page = open_page(context, base_url + path)
        violations = Axe().run(page).response["violations"]
        found[name] = [(v["id"], v["impact"], len(v["nodes"])) for v in violations]
        page.close()
    context.close()
    assert found == {name: [] for name in found}


def test_the_search_page_names_its_two_search_landmarks_apart(browser, base_url):
    # axe's landmark-unique: two search landmarks must not share one name
    page = browser.new_page()
    page.goto(base_url + "search/")
    names = [s.get_attribute("aria-label") for s in page.get_by_role("search").all()]
    page.close()
    assert len(names) == 2
    assert all(names)
    assert len(set(names)) == 2


def test_searching_a_word_of_the_last_paragraph_finds_the_story(
    browser, site, base_url
):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url)
    page.get_by_label("Search stories").fill("Zarif")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=Zarif")
    page.wait_for_selector("#search-results li", timeout=10_000)
    links = page.locator("#search-results li h2 a")
    story = seed_story_page(site).parent.relative_to(site).as_posix() + "/"
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        "/wiredesk/" + story
    ]
    assert "1 story found" in page.locator("#search-status").inner_text()
    links.first.click()
    page.wait_for_load_state()
    assert "Zarif" in page.locator(".story-body").inner_text()
    context.close()


def test_a_word_in_no_story_finds_nothing(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "search/?q=xylophonist")
    expect(page.locator("#search-status")).to_contain_text("No stories", timeout=10_000)
    assert page.locator("#search-results li").count() == 0
    context.close()


@pytest.mark.parametrize("name", ["front", "article", "section", "search results"])
def test_no_horizontal_scrolling_at_320px(browser, site, base_url, name):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = open_page(context, base_url + page_paths(site)[name])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


def test_pages_work_without_javascript_and_search_says_it_needs_it(
    browser, site, base_url
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url)
    page.locator(".lead-story h2 a").click()
    page.wait_for_load_state()
    assert page.locator("article.story h1").count() == 1
    page.get_by_label("Search stories").fill("Zarif")
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    assert "Search needs JavaScript" in page.locator("#search-status").inner_text()
    context.close()


def test_dark_mode_changes_the_colours(browser, base_url):
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(base_url)
        colours[scheme] = page.evaluate(
            "getComputedStyle(document.body).backgroundColor"
        )
        context.close()
    assert colours == {"light": "rgb(255, 255, 255)", "dark": "rgb(18, 18, 18)"}


def test_print_hides_navigation_and_search(browser, site, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + page_paths(site)["article"])
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator("form[role=search]").is_visible()
    assert page.locator(".story-body").is_visible()
    context.close()
