"""An existing Pelican blog with its own theme adds wire stories beside its posts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import feedparser
import pytest

from tests.glue.test_plain_pelican import run as plain_run
from tests.support.crawl import free_port, serve_folder
from tests.support.venvs import venv_python

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/existing-site"
POSTS = {
    "summer-garden-party-raises-funds-for-the-shelter.html": "Summer garden party",
    "volunteers-clear-the-river-banks.html": "Volunteers clear the river banks",
}
STORIES = {
    "hand-written.html": "Hand-written headline wins",
    "russian-lawmakers-approve-bill-on-federal-budget-for-next-three-years.html": (
        "Russian lawmakers approve bill"
    ),
}
THEMES = {
    "notmyidea": "THEME = 'notmyidea'\n",
    "simple": "THEME = 'simple'\n",
    # a theme from PyPI (pelican-theme-reflex); its footer needs CC_LICENSE
    "reflex": (
        "from pelican.themes import reflex\nTHEME = reflex.path()\n"
        "CC_LICENSE = {'name': 'Creative Commons Attribution', 'version': '4.0',"
        " 'slug': 'by', 'icon': False, 'language': 'en_US'}\n"
    ),
}


@pytest.fixture(autouse=True)
def site_python(wheel_venv, monkeypatch):
    """Run pelican from a fresh venv holding the project's wheel: no PLUGIN_PATHS."""
    monkeypatch.setattr(RUNNER, "python", str(venv_python(wheel_venv)))


class RUNNER:
    """The Python the site's commands run with."""

    python = ""


def run(site: Path, *args: str) -> subprocess.CompletedProcess:
    """Run a command of the site's venv in site, as its owner types it."""
    return plain_run(site, *args, python=RUNNER.python)


def make_site(folder: Path, extra: str = "") -> Path:
    """Copy the fixture site into folder; Pelican finds the installed plugin itself."""
    site = folder / "site"
    shutil.copytree(FIXTURE, site)
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write(extra)
    return site


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_posts_and_stories_build_with_the_sites_theme(tmp_path, theme):
    site = make_site(tmp_path, THEMES[theme])
    built = run(site, "pelican")
    log = built.stdout + built.stderr
    assert built.returncode == 0, log
    out = site / "output"
    front = (out / "index.html").read_text()
    for page, title in {**POSTS, **STORIES}.items():
        assert title in (out / page).read_text(), page
        assert page in front, page
    for name in ("all.atom.xml", "all.rss.xml"):
        feed = feedparser.parse(str(out / "feeds" / name))
        assert not feed.bozo, feed.get("bozo_exception")
        links = {e.link.rsplit("/", 1)[-1] for e in feed.entries}
        assert links == set(POSTS) | set(STORIES), name
    items = json.loads((out / "feeds/all.json").read_text())["items"]
    assert {i["url"].rsplit("/", 1)[-1] for i in items} == set(POSTS) | set(STORIES)
    assert "Community" in (out / "categories.html").read_text()
    tags = (out / "tags.html").read_text()
    assert "Fundraising" in tags and "Environment" in tags
    assert (out / "author/jane-editor.html").is_file()
    assert (out / "agency/tass/index.html").is_file()  # a Wiredesk entity page
    # Pelican's FEED_ALL_ATOM names Wiredesk's feed: said once, not an error.
    assert log.count("FEED_ALL_ATOM") == 1
    # A .txt file outside the seed folders is never a story.
    assert (out / "robots-site.txt").read_text().startswith("User-agent")
    assert "User-agent" not in front


def test_a_site_without_an_id_authority_is_warned(tmp_path):
    site = make_site(tmp_path)
    conf = site / "pelicanconf.py"
    conf.write_text(
        "".join(
            line
            for line in conf.read_text().splitlines(keepends=True)
            if not line.startswith("WIREDESK_ID_AUTHORITY")
        )
    )
    built = run(site, "pelican")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WIREDESK_ID_AUTHORITY is not set" in built.stdout + built.stderr


def test_two_writers_of_one_path_fail_naming_both(tmp_path):
    clash = "EXTRA_PATH_METADATA = {'extra/robots.txt': {'path': 'feeds/all.json'}}\n"
    site = make_site(tmp_path, clash)
    built = run(site, "pelican")
    log = " ".join((built.stdout + built.stderr).split())
    assert built.returncode != 0
    assert "two writers claim feeds/all.json" in log
    assert "static file extra/robots.txt" in log and "Wiredesk (feed)" in log
    assert not (site / "output").exists()  # nothing half-written is swapped in


def build_with_post(folder: Path, name: str, text: str) -> tuple[Path, str]:
    """Build the fixture site with one more post; return the site and its log."""
    site = make_site(folder)
    (site / "content/posts" / name).write_text(text)
    built = run(site, "pelican")
    log = " ".join((built.stdout + built.stderr).split())
    assert built.returncode == 0, log
    return site, log


def test_a_post_and_a_seed_of_one_story_key_are_a_report(tmp_path):
    text = "Title: Same key\nDate: 2020-02-01\n\nA post named like a seed.\n"
    _site, log = build_with_post(tmp_path, "tass_basic.md", text)
    assert "story key tass_basic also used by" in log
    assert "content/wire/tass_basic.txt" in log


def test_an_article_pelican_cannot_read_is_a_report_with_its_reason(tmp_path):
    text = "Title: Broken\nDate: the day after tomorrow\n\nText.\n"
    site, log = build_with_post(tmp_path, "broken.md", text)
    assert "content/posts/broken.md: " in log
    assert "the day after tomorrow" in log.split("content/posts/broken.md: ")[1]
    for page in POSTS:
        assert (site / "output" / page).is_file()


def test_posts_keep_the_ids_pelicans_feeds_gave_them(tmp_path):
    site = make_site(tmp_path)
    plain = site / "plain.py"
    plain.write_text(
        (site / "pelicanconf.py").read_text().replace('PLUGINS = ["wiredesk"]', "")
        + "PLUGINS = []\n"
    )
    assert run(site, "pelican", "-s", "plain.py", "-o", "before").returncode == 0
    before = feedparser.parse(str(site / "before/feeds/all.atom.xml"))
    assert run(site, "pelican").returncode == 0
    after = feedparser.parse(str(site / "output/feeds/all.atom.xml"))
    ids = {e.link.rsplit("/", 1)[-1]: e.id for e in after.entries}
    assert {e.link.rsplit("/", 1)[-1]: e.id for e in before.entries} == {
        page: ids[page] for page in POSTS
    }
    assert (
        ids["hand-written.html"]
        == "tag:gazette.example.org,2026:2021-06-15-with-header"
    )


def search_titles(browser, url: str) -> list[str]:
    """Return the headlines the search page lists for url's query."""
    page = browser.new_page()
    try:
        page.goto(url)
        page.wait_for_selector("#search-results li", timeout=10_000)
        links = page.locator("#search-results li h2 a")
        return [links.nth(i).inner_text() for i in range(links.count())]
    finally:
        page.close()


def test_the_search_page_finds_stories_and_posts_with_the_sites_theme(
    tmp_path, browser
):
    port = free_port()
    site = make_site(tmp_path, f"SITEURL = 'http://127.0.0.1:{port}'\n")
    assert run(site, "pelican").returncode == 0
    page = (site / "output/search/index.html").read_text()
    section = page[page.index('class="wiredesk-search"') :]
    # its script is a file of the site: a policy of `script-src 'self'` runs it
    assert re.findall(r"<script[^>]*>", section) == [
        f'<script type="module" src="http://127.0.0.1:{port}/wiredesk/search.js">'
    ]
    assert (site / "output/wiredesk/search.js").is_file()
    with serve_folder(site / "output", port=port) as base:
        # titled with the headline, not with the theme's site name heading
        assert search_titles(browser, base + "search/?q=volunteers") == [
            "Volunteers clear the river banks"
        ]
        assert search_titles(browser, base + "search/?q=Duma") == [
            "Russian lawmakers approve bill on federal budget for next three years"
        ]
        post = site / "content/posts/river-cleanup.md"
        post.write_text(post.read_text() + "\nThey found an old canoe.\n")
        assert run(site, "pelican").returncode == 0
        assert search_titles(browser, base + "search/?q=canoe") == [
            "Volunteers clear the river banks"
        ]


def test_a_site_can_turn_the_search_off(tmp_path):
    site = make_site(tmp_path, "WIREDESK_SEARCH = False\n")
    built = run(site, "pelican")
    assert built.returncode == 0, built.stdout + built.stderr
    out = site / "output"
    assert not (out / "pagefind").exists()
    assert not (out / "search").exists()
    assert not (out / "wiredesk").exists()
    assert (out / "volunteers-clear-the-river-banks.html").is_file()
