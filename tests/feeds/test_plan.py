"""Planned feeds: only the files showing an edited or added story need rendering."""

import hashlib
from dataclasses import replace

import pytest
from feedtools import SITE, item
from pelican.plugins.wiredesk.feeds.bundle import render_feeds, render_jobs
from pelican.plugins.wiredesk.feeds.model import Topic
from pelican.plugins.wiredesk.feeds.plan import Entry, plan_feeds, reprint_feeds

TASS = Topic("agency", "tass", "TASS")
BUDGET = Topic("tag", "budget", "Budget")
MOSCOW = Topic("place", "moscow", "Moscow")
SMALL = replace(SITE, max_items=3)


def story(n, title=None):
    """Return story n of day n: odd in Politics, even in Sports, all from TASS."""
    base = item(n, day=n, section="Politics" if n % 2 else "Sports")
    extra = (BUDGET,) * (n in (2, 5, 9)) + (MOSCOW,) * (n % 3 == 0) + (TASS,)
    return replace(base, topics=base.topics + extra, title=title or base.title)


def stories(count):
    return [story(n) for n in range(1, count + 1)]


def entry(feed_item):
    digest = hashlib.sha1(repr(feed_item).encode()).hexdigest()
    return Entry(feed_item.id, feed_item.published, feed_item.topics, digest)


def plan(items, site=SMALL):
    """Return the jobs of items by the first file each writes."""
    return {job.paths[0]: job for job in plan_feeds(map(entry, items), site)}


def numbers(job):
    return [int(i.rsplit(":s", 1)[1]) for i in job.ids]


PLAN_10 = {
    "feeds/all.atom.xml": [10, 9, 8],
    "feeds/archive/1.atom.xml": [3, 2, 1],
    "feeds/archive/2.atom.xml": [6, 5, 4],
    "feeds/archive/3.atom.xml": [9, 8, 7],
    "feeds/section/sports.atom.xml": [10, 8, 6],
    "feeds/section/politics.atom.xml": [9, 7, 5],
    "feeds/tag/budget.atom.xml": [9, 5, 2],
    "feeds/place/moscow.atom.xml": [9, 6, 3],
    "feeds/agency/tass.atom.xml": [10, 9, 8],
    "feeds/feed.xsl": [],
}


@pytest.mark.parametrize(
    ("count", "window_days", "expected"),
    [
        (10, None, PLAN_10),
        (
            10,
            1,  # day 10 back to day 9 for the site, each topic from its own newest
            PLAN_10
            | {
                "feeds/all.atom.xml": [10, 9],
                "feeds/section/sports.atom.xml": [10],
                "feeds/section/politics.atom.xml": [9],
                "feeds/tag/budget.atom.xml": [9],
                "feeds/place/moscow.atom.xml": [9],
                "feeds/agency/tass.atom.xml": [10, 9],
            },
        ),
        (
            11,
            0,  # the window keeps 1 story, but 2 are on no archive page yet
            PLAN_10
            | {
                "feeds/all.atom.xml": [11, 10],
                "feeds/section/sports.atom.xml": [10],
                "feeds/section/politics.atom.xml": [11],
                "feeds/tag/budget.atom.xml": [9],
                "feeds/place/moscow.atom.xml": [9],
                "feeds/agency/tass.atom.xml": [11],
            },
        ),
    ],
)
def test_plan_picks_each_files_stories_newest_first(count, window_days, expected):
    jobs = plan(stories(count), replace(SMALL, window_days=window_days))
    assert {path: numbers(job) for path, job in jobs.items()} == expected


SITES = [
    SMALL,
    replace(SMALL, window_days=1),
    replace(SITE, max_items=4, window_days=0),
    replace(SITE, max_items=None, window_days=3),
    SITE,
]


@pytest.mark.parametrize("site", SITES)
def test_rendering_the_plan_gives_every_feed_file_byte_for_byte(site):
    items = [*stories(11), item(12, day=11, section="Economy")]
    jobs = list(plan(items, site).values())
    by_id = {i.id: i for i in items}
    full = render_feeds(items, site)
    assert render_jobs(jobs, by_id, site) == full
    # each file alone, from only the stories it shows, comes out the same
    for job in jobs:
        own = {i: by_id[i] for i in job.ids}
        assert render_jobs([job], own, site) == {p: full[p] for p in job.paths}


@pytest.mark.parametrize("site", SITES)
def test_job_files_are_unique_and_are_every_feed_file(site):
    items = stories(11)
    paths = [p for job in plan(items, site).values() for p in job.paths]
    assert len(paths) == len(set(paths))
    assert set(paths) == set(render_feeds(items, site))


def changed(before, after):
    return {p for p in after if p in before and after[p].print != before[p].print}


def differing(before, after):
    return {p for p in after if p in before and after[p] != before[p]}


@pytest.mark.parametrize(
    ("edited", "expected"),
    [
        (
            9,
            {
                "feeds/all.atom.xml",
                "feeds/archive/3.atom.xml",
                "feeds/section/politics.atom.xml",
                "feeds/tag/budget.atom.xml",
                "feeds/place/moscow.atom.xml",
                "feeds/agency/tass.atom.xml",
            },
        ),
        (2, {"feeds/archive/1.atom.xml", "feeds/tag/budget.atom.xml"}),
        (10, {"feeds/all.atom.xml", "feeds/section/sports.atom.xml",
              "feeds/agency/tass.atom.xml"}),
    ],
)  # fmt: skip
def test_an_edited_story_changes_only_the_jobs_of_files_showing_it(edited, expected):
    items = stories(10)
    edits = [story(n, "Edited") if n == edited else s for n, s in enumerate(items, 1)]
    assert changed(plan(items), plan(edits)) == expected
    full = plan(items)
    shown = {p for p, job in full.items() if items[edited - 1].id in job.ids}
    assert shown == expected
    # and those are exactly the files whose bytes differ
    before, after = render_feeds(items, SMALL), render_feeds(edits, SMALL)
    files = {p for p in expected for p in full[p].paths}
    assert differing(before, after) == files


@pytest.mark.parametrize("edited", [2, 9, 10])
def test_reprinting_the_previous_jobs_after_an_edit_is_planning_them_again(edited):
    items = stories(10)
    edits = [story(n, "Edited") if n == edited else s for n, s in enumerate(items, 1)]
    previous = plan_feeds(map(entry, items), SMALL)
    prints = {e.id: e.print for e in map(entry, edits)}
    ids = {items[edited - 1].id}
    again = reprint_feeds(previous, SMALL, prints, ids)
    assert again == plan_feeds(map(entry, edits), SMALL)


@pytest.mark.parametrize(
    ("count", "expected_changed", "expected_new"),
    [
        (
            10,  # story 11: Politics, TASS; the tail grows to 2, no page fills up
            {
                "feeds/all.atom.xml",
                "feeds/section/politics.atom.xml",
                "feeds/agency/tass.atom.xml",
            },
            set(),
        ),
        (
            11,  # story 12: Sports, Moscow, TASS; it fills archive page 4
            {
                "feeds/all.atom.xml",
                "feeds/archive/3.atom.xml",  # gains its next-archive link
                "feeds/section/sports.atom.xml",
                "feeds/place/moscow.atom.xml",
                "feeds/agency/tass.atom.xml",
            },
            {"feeds/archive/4.atom.xml"},
        ),
    ],
)
def test_a_new_story_leaves_old_archive_pages_alone(
    count, expected_changed, expected_new
):
    before, after = plan(stories(count)), plan(stories(count + 1))
    assert changed(before, after) == expected_changed
    assert after.keys() - before.keys() == expected_new
    assert numbers(after["feeds/archive/1.atom.xml"]) == [3, 2, 1]
    old = render_feeds(stories(count), SMALL)
    new = render_feeds(stories(count + 1), SMALL)
    assert differing(old, new) == {
        p for first in expected_changed for p in after[first].paths
    }


def test_a_new_site_url_changes_every_feed_but_not_the_stylesheet():
    items = stories(10)
    moved = plan(items, replace(SMALL, siteurl="https://wire.example.net"))
    assert changed(plan(items), moved) == PLAN_10.keys() - {"feeds/feed.xsl"}


def test_rendering_a_job_without_its_stories_names_the_file_and_story():
    job = plan(stories(10))["feeds/tag/budget.atom.xml"]
    with pytest.raises(KeyError, match=r"feeds/tag/budget\.atom\.xml.*:s9"):
        render_jobs([job], {}, SMALL)


def test_stories_of_the_same_moment_are_planned_in_id_order():
    # ids compare as text: ...:s13 sorts before ...:s2
    items = [item(1, day=1), item(2, day=2), item(13, day=2)]
    jobs = plan(items, replace(SITE, max_items=2))
    assert numbers(jobs["feeds/all.atom.xml"]) == [13, 2]
    assert numbers(jobs["feeds/section/politics.atom.xml"]) == [13, 2]
