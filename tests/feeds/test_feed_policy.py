"""Size policy, order and RFC 5005 archives: anchored to the stories, not the clock."""

from dataclasses import replace

import pytest
from feedtools import SITE, item
from lxml import etree
from pelican.plugins.wiredesk.feeds.bundle import render_feeds
from pelican.plugins.wiredesk.feeds.model import select_items, sort_items

A = "{http://www.w3.org/2005/Atom}"
FH = "{http://purl.org/syndication/history/1.0}"


def titles(items):
    return [i.title for i in items]


def test_newest_first_and_same_moment_by_id():
    stories = [item(1, day=1), item(3, day=2), item(2, day=2)]
    assert titles(sort_items(stories)) == ["Story 2", "Story 3", "Story 1"]


@pytest.mark.parametrize(
    ("max_items", "window_days", "expected"),
    [
        (None, None, ["Story 5", "Story 4", "Story 3", "Story 2", "Story 1"]),
        (2, None, ["Story 5", "Story 4"]),
        (None, 10, ["Story 5", "Story 4", "Story 3"]),  # day 21 back to day 11
        (2, 10, ["Story 5", "Story 4"]),
        (None, 0, ["Story 5"]),
    ],
)
def test_size_policy_counts_back_from_the_newest_story(
    max_items, window_days, expected
):
    # published on days 1, 5, 11, 20, 21 of January 2020, years before any build runs
    stories = sort_items(
        item(n, day=d) for n, d in [(1, 1), (2, 5), (3, 11), (4, 20), (5, 21)]
    )
    assert titles(select_items(stories, max_items, window_days)) == expected


def entries(data):
    root = etree.fromstring(data)
    return [e.findtext(f"{A}title") for e in root.iter(f"{A}entry")]


def links(data):
    root = etree.fromstring(data)
    return {ln.get("rel"): ln.get("href") for ln in root.findall(f"{A}link")}


def test_archive_pages_are_fixed_from_the_oldest_story():
    site = replace(SITE, max_items=2)
    files = render_feeds([item(n, day=n) for n in range(1, 6)], site)
    assert sorted(p for p in files if "archive" in p) == [
        "feeds/archive/1.atom.xml",
        "feeds/archive/2.atom.xml",
    ]
    assert entries(files["feeds/archive/1.atom.xml"]) == ["Story 2", "Story 1"]
    assert entries(files["feeds/archive/2.atom.xml"]) == ["Story 4", "Story 3"]
    # the subscription document: the newest stories, pointing at the newest archive
    assert entries(files["feeds/all.atom.xml"]) == ["Story 5", "Story 4"]
    assert links(files["feeds/all.atom.xml"])["prev-archive"] == (
        "https://news.example.org/feeds/archive/2.atom.xml"
    )


def test_archive_pages_link_each_other_and_are_marked():
    files = render_feeds(
        [item(n, day=n) for n in range(1, 8)], replace(SITE, max_items=2)
    )
    first, middle, last = (
        etree.fromstring(files[f"feeds/archive/{n}.atom.xml"]) for n in (1, 2, 3)
    )
    base = "https://news.example.org/feeds/"
    assert links(etree.tostring(first)) == {
        "alternate": "https://news.example.org/",
        "self": base + "archive/1.atom.xml",
        "current": base + "all.atom.xml",
        "next-archive": base + "archive/2.atom.xml",
    }
    assert links(etree.tostring(middle))["prev-archive"] == base + "archive/1.atom.xml"
    assert links(etree.tostring(middle))["next-archive"] == base + "archive/3.atom.xml"
    assert "next-archive" not in links(etree.tostring(last))
    assert all(doc.find(f"{FH}archive") is not None for doc in (first, middle, last))
    assert etree.fromstring(files["feeds/all.atom.xml"]).find(f"{FH}archive") is None


def test_new_stories_never_change_old_archive_pages():
    site = replace(SITE, max_items=2)
    before = render_feeds([item(n, day=n) for n in range(1, 6)], site)
    after = render_feeds([item(n, day=n) for n in range(1, 9)], site)
    assert after["feeds/archive/1.atom.xml"] == before["feeds/archive/1.atom.xml"]
    # the newest page keeps its entries and only gains the link to the page after it
    newest = "feeds/archive/2.atom.xml"
    assert entries(after[newest]) == entries(before[newest])
    assert set(links(after[newest])) - set(links(before[newest])) == {"next-archive"}
    assert "feeds/archive/4.atom.xml" in after


def test_every_story_is_in_the_archives_or_the_current_feed_despite_a_window():
    # three archived pages of 2, then 1 story the window alone would drop
    stories = [item(n, day=n) for n in range(1, 7)] + [item(7, day=1)]
    files = render_feeds(stories, replace(SITE, max_items=2, window_days=0))
    seen = [
        t
        for p, data in files.items()
        if p.startswith("feeds/a") and p.endswith(".atom.xml")
        for t in entries(data)
    ]
    assert sorted(seen) == sorted({f"Story {n}" for n in range(1, 8)})


def test_feed_updated_is_the_newest_story_and_output_is_repeatable():
    stories = [item(1, day=1), item(2, day=3)]
    first, second = (
        render_feeds(stories, SITE),
        render_feeds(list(reversed(stories)), SITE),
    )
    assert first == second
    root = etree.fromstring(first["feeds/all.atom.xml"])
    assert root.findtext(f"{A}updated") == "2020-01-03T12:00:00+03:00"
    assert (
        b"<lastBuildDate>Fri, 03 Jan 2020 12:00:00 +0300</lastBuildDate>"
        in first["feeds/all.rss.xml"]
    )


def test_topic_feeds_hold_only_their_stories():
    stories = [item(1, section="Politics"), item(2, day=2, section="Sports")]
    files = render_feeds(stories, SITE)
    assert entries(files["feeds/section/sports.atom.xml"]) == ["Story 2"]
    assert entries(files["feeds/section/politics.atom.xml"]) == ["Story 1"]
