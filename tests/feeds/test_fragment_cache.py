"""Feeds joined from each story's kept entries: an edit shows wherever its story is."""

import json
import sqlite3
from dataclasses import fields, replace
from datetime import timedelta

import feedparser
import pytest
from feedtools import SITE, check, item
from lxml import etree
from pelican.plugins.wiredesk.feeds.bundle import item_entry, render_feeds, render_jobs
from pelican.plugins.wiredesk.feeds.fragments import FragmentWriter
from pelican.plugins.wiredesk.feeds.model import Category, FeedItem, Topic
from pelican.plugins.wiredesk.feeds.plan import plan_feeds
from pelican.plugins.wiredesk.feeds.store import STORE_FILE

SMALL = replace(SITE, max_items=3)
BUDGET = Topic("tag", "budget", "Budget")
MOSCOW = Topic("place", "moscow", "Moscow")
TASS = Topic("agency", "tass", "TASS")
NEW_TITLE = "Budget vote put off, <GE> & <ILG> say, a < b > c"
# Story 9 (Politics, tag Budget, Moscow, TASS) in three-item feeds of ten stories:
# written by hand from the size policy (newest three per feed, archive pages of
# three counted from the oldest: 1-3, 4-6, 7-9).
STORY_9_FILES = {
    "feeds/all.atom.xml",
    "feeds/all.rss.xml",
    "feeds/all.json",
    "feeds/archive/3.atom.xml",
    "feeds/section/politics.atom.xml",
    "feeds/section/politics.rss.xml",
    "feeds/section/politics.json",
    "feeds/tag/budget.atom.xml",
    "feeds/tag/budget.rss.xml",
    "feeds/tag/budget.json",
    "feeds/place/moscow.atom.xml",
    "feeds/place/moscow.rss.xml",
    "feeds/place/moscow.json",
    "feeds/agency/tass.atom.xml",
    "feeds/agency/tass.rss.xml",
    "feeds/agency/tass.json",
}


def story(n, title=None):
    """Return story n of day n: odd in Politics, even in Sports, all from TASS."""
    base = item(n, day=n, section="Politics" if n % 2 else "Sports")
    extra = (BUDGET,) * (n in (2, 5, 9)) + (MOSCOW,) * (n % 3 == 0) + (TASS,)
    return replace(base, topics=base.topics + extra, title=title or base.title)


def stories(count, **titles):
    return [story(n, titles.get(f"s{n}")) for n in range(1, count + 1)]


def render(items, cache):
    return render_feeds(items, replace(SMALL, cache=cache))


@pytest.fixture
def made(monkeypatch):
    """The ids of the stories whose entries are serialised, in order."""
    seen = []
    original = FragmentWriter.make

    def make(self, items, formats):
        seen.extend(i.id.rsplit(":", 1)[1] for i in items for _ in formats)
        return original(self, items, formats)

    monkeypatch.setattr(FragmentWriter, "make", make)
    return seen


def titles_of(path, data):
    """Return the title of each entry of a feed file, as a feed reader shows it."""
    if path.endswith(".json"):
        return {
            i["id"].rsplit(":", 1)[1]: i["title"] for i in json.loads(data)["items"]
        }
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return {e.id.rsplit(":", 1)[1]: e.title for e in parsed.entries}


def test_kept_entries_write_the_bytes_of_a_build_without_a_cache(tmp_path):
    items = stories(10, s9="Talks on <GE> & <ILG> go on")
    cold = render_feeds(items, SMALL)
    assert render(items, tmp_path) == cold  # entries serialised and kept
    assert render(items, tmp_path) == cold  # entries read back from the cache
    for path, data in cold.items():
        if not path.endswith(".xsl"):
            assert check(path, data, SMALL.siteurl) == [], path


def test_an_edited_title_shows_in_every_feed_of_its_story_and_nothing_else(tmp_path):
    before = render(stories(10), tmp_path)
    after = render(stories(10, s9=NEW_TITLE), tmp_path)
    changed = {path for path in after if after[path] != before[path]}
    assert changed == STORY_9_FILES
    for path in changed:
        assert titles_of(path, after[path])["s9"] == NEW_TITLE, path
        assert b"Story 9" not in after[path], path
    assert after == render_feeds(stories(10, s9=NEW_TITLE), SMALL)


def test_an_old_title_kept_in_the_cache_never_comes_back(tmp_path):
    render(stories(10), tmp_path)
    render(stories(10, s9=NEW_TITLE), tmp_path)
    again = render(stories(10), tmp_path)  # the edit undone
    assert again == render_feeds(stories(10), SMALL)
    assert titles_of("feeds/all.json", again["feeds/all.json"])["s9"] == "Story 9"


def test_a_rebuild_after_an_edit_serialises_only_the_edited_story(tmp_path, made):
    render(stories(10), tmp_path)
    made.clear()
    render(stories(10, s9=NEW_TITLE), tmp_path)
    # Atom, RSS and JSON Feed entries of the edited story, once each.
    assert made == ["s9"] * 3


def test_feeds_rendered_apart_share_the_kept_entries(tmp_path, made):
    items = stories(10)
    jobs = plan_feeds(map(item_entry, items), SMALL)
    site = replace(SMALL, cache=tmp_path)
    by_id = {i.id: i for i in items}
    render_jobs(jobs[:1], by_id, site)
    first = list(made)
    render_jobs(jobs, by_id, site)  # all of them: the first job's stories are kept
    assert set(first).isdisjoint(made[len(first) :])
    made.clear()
    render(items, tmp_path)
    assert made == []


def test_the_cache_forgets_stories_the_site_no_longer_shows(tmp_path):
    for n in range(3):
        render(stories(10, s9=f"{NEW_TITLE} {n}"), tmp_path)
    render(stories(8), tmp_path)
    with sqlite3.connect(tmp_path / STORE_FILE) as db:
        [(count,)] = db.execute("SELECT COUNT(DISTINCT key) FROM fragments")
    assert count == 8


def test_the_cache_file_shrinks_when_most_stories_are_gone(tmp_path):
    render(stories(120), tmp_path)
    full = (tmp_path / STORE_FILE).stat().st_size
    render(stories(10), tmp_path)
    assert (tmp_path / STORE_FILE).stat().st_size < full / 3


def test_an_unreadable_cache_is_made_anew(tmp_path, caplog):
    (tmp_path / STORE_FILE).write_bytes(b"not a database, " * 100)
    items = stories(10)
    assert render(items, tmp_path) == render_feeds(items, SMALL)
    assert str(tmp_path / STORE_FILE) in caplog.text
    assert render(items, tmp_path) == render_feeds(items, SMALL)


def test_a_cache_folder_that_cannot_be_made_leaves_the_feeds_as_they_are(
    tmp_path, caplog
):
    blocked = tmp_path / "cache"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    items = stories(10)
    assert render(items, blocked) == render_feeds(items, SMALL)
    assert str(blocked / STORE_FILE) in caplog.text


@pytest.mark.parametrize("name", ["all.atom.xml", "all.rss.xml", "archive/2.atom.xml"])
def test_a_joined_feed_is_the_document_lxml_writes_for_its_tree(tmp_path, name):
    data = render(stories(10, s2=NEW_TITLE), tmp_path)[f"feeds/{name}"]
    parser = etree.XMLParser(remove_blank_text=True)
    tree = etree.fromstring(data, parser).getroottree()
    whole = etree.tostring(
        tree, pretty_print=True, xml_declaration=True, encoding="UTF-8"
    )
    if name.endswith(".rss.xml"):  # the RSS Profile's references, written by us
        whole = whole.replace(b"&amp;", b"&#x26;").replace(b"&lt;", b"&#x3C;")
    assert data == whole


CHANGES = {  # one edit of each field an entry shows
    "id": "tag:news.example.org,2026:s99",
    "title": "Story one",
    "link": "https://news.example.org/s1-moved/",
    "published": story(1).published + timedelta(minutes=1),
    "updated": story(1).updated + timedelta(minutes=1),
    "author": "Interfax",
    "summary": "Lede one.",
    "content_html": "<p>Lede one.</p>",
    "categories": (Category("Sports", "https://news.example.org/section/"),),
    "lang": "ru",
    "point": "55.7558 37.6173",
}


def test_every_field_an_entry_shows_is_in_the_edit_list():
    shown = {f.name for f in fields(FeedItem)} - {"topics"}  # topics: which feeds
    assert set(CHANGES) == shown


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_an_edit_of_any_shown_field_is_never_served_from_the_cache(tmp_path, name):
    render([story(1)], tmp_path)
    edited = replace(story(1), **{name: CHANGES[name]})
    assert render([edited], tmp_path) == render_feeds([edited], SMALL)


class OnDemand(dict):
    """Items by id that record which ones the feeds let go, and when."""

    def __init__(self, items):
        super().__init__((i.id, i) for i in items)
        self.released = []

    def release(self, story_id):
        self.released.append(story_id)


@pytest.mark.parametrize("cached", [False, True])
def test_each_entry_is_made_once_and_let_go_after_its_last_feed(made, tmp_path, cached):
    # With a cache file, archive pages read back the entries of stories let go
    # after their other feeds; without one, entries are held until then.
    site = replace(SMALL, cache=tmp_path if cached else None)
    items = OnDemand(stories(10))
    jobs = plan_feeds(map(item_entry, items.values()), site)
    files = render_jobs(jobs, items, site)
    assert sorted(items.released) == sorted(items)  # every story, once
    held = sorted(made)
    made.clear()
    assert files == render_jobs(jobs, dict(items), SMALL)  # nothing let go
    # Letting go serialised no entry a second time.
    assert held == sorted(made)
