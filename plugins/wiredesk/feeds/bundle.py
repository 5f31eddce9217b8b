"""Every feed file of a site from its items: a pure map of output path to bytes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import replace
from datetime import datetime

from .atomrss import atom_bytes, rss_bytes
from .fragments import FORMATS, FragmentWriter
from .jsonfeed import json_bytes
from .model import ALL, NO_HISTORY, ArchiveLinks, FeedItem, SiteConfig, Topic
from .paths import XSL_PATH, archive_path, feed_meta, feed_path, site_url
from .plan import Entry, FeedJob, group_topics, plan_feeds
from .store import FragmentStore
from .xsl import FEED_XSL


def topic_groups(
    newest_first: Iterable[FeedItem],
) -> list[tuple[Topic, list[FeedItem]]]:
    """Return each (kind, slug) topic with its items in order; the newest names it."""
    return group_topics(newest_first)


def topic_files(
    site: SiteConfig,
    topic: Topic,
    items: Sequence[FeedItem],
    store: FragmentStore,
    history: ArchiveLinks = NO_HISTORY,
) -> dict[str, bytes]:
    """Return the Atom, RSS and JSON Feed files of one topic's chosen items."""
    meta = feed_meta(site, topic, history)
    made = store.fragments(items, FORMATS)
    return {
        feed_path(topic.kind, topic.slug, "atom"): atom_bytes(
            meta, items, made["atom"]
        ),
        feed_path(topic.kind, topic.slug, "rss"): rss_bytes(meta, items, made["rss"]),
        feed_path(topic.kind, topic.slug, "json"): json_bytes(meta, made["json"]),
    }


def archive_file(
    site: SiteConfig,
    job: FeedJob,
    items: Mapping[str, FeedItem],
    store: FragmentStore,
) -> dict[str, bytes]:
    """Return RFC 5005 archive page feeds/archive/{number}.atom.xml.

    The entries of stories let go after their other feeds are read back from the
    store; only the other stories' items are made, and let go after the page.
    """
    number = job.archive
    url = site_url(site.siteurl, archive_path(number))
    meta = replace(
        feed_meta(site, ALL, job.history),
        id=f"tag:{site.authority}:feed/archive/{number}",
        title=f"{site.name} — archive {number}",
        atom_url=url,
    )
    found = store.remembered(job.ids, "atom")
    missing = tuple(i for i in job.ids if i not in found)
    chosen = job_items(replace(job, ids=missing), items)
    # each story is on one archive page: its entry is not held for other feeds
    made = store.fragments(chosen, ("atom",), keep=False)["atom"]
    found.update(zip((item.id for item in chosen), made, strict=True))
    newest = max(map(items_updated(items), job.ids), default=None)
    for item in chosen:
        store.release(item)
        _release(items, item.id)
    entries = [found[i] for i in job.ids]
    return {archive_path(number): atom_bytes(meta, (), entries, updated=newest)}


def items_updated(items: Mapping[str, FeedItem]) -> Callable[[str], datetime]:
    """Return what tells a story's update time by id, without making its item."""
    updated = getattr(items, "updated", None)  # items made on demand
    return updated if updated is not None else lambda i: items[i].updated


def _release(items: Mapping[str, FeedItem], story_id: str) -> None:
    release = getattr(items, "release", None)  # items made on demand
    if release is not None:
        release(story_id)


def job_items(job: FeedJob, items: Mapping[str, FeedItem]) -> list[FeedItem]:
    """Return the items a job shows, in order.

    Raises KeyError naming the file and the story when items lacks one.
    """
    missing = [i for i in job.ids if i not in items]
    if missing:
        raise KeyError(f"{job.paths[0]}: no feed item for story {missing[0]}")
    return [items[i] for i in job.ids]


def job_files(
    site: SiteConfig, job: FeedJob, chosen: Sequence[FeedItem], store: FragmentStore
) -> dict[str, bytes]:
    """Return the files of one subscription feed job, rendered from its items."""
    if job.topic is None:
        return {XSL_PATH: FEED_XSL.encode("utf-8")}
    return topic_files(site, job.topic, chosen, store, job.history)


def covers_site(jobs: Sequence[FeedJob]) -> bool:
    """Return whether jobs show every story: the site feed and all its archive pages."""
    site = [j for j in jobs if j.topic == ALL]
    current = [j for j in site if j.archive is None]
    pages = sorted(j.archive for j in site if j.archive is not None)
    if not current:
        return False
    if current[0].history.prev_archive is None:  # the site feed holds every story
        return not pages
    last = [j for j in site if j.archive is not None and not j.history.next_archive]
    return bool(last) and pages == list(range(1, last[0].archive + 1))


def iter_jobs(
    jobs: Iterable[FeedJob], items: Mapping[str, FeedItem], site: SiteConfig
) -> Iterator[tuple[str, bytes]]:
    """Yield (path, bytes) of the given jobs; items must hold every story they name.

    Each story's entries are serialised once (or found in the site's cache) and
    joined into every feed it is on; the archive pages, where each story appears
    once, come last and hold nothing in memory. With a cache file, a story's
    item and entries are let go after its last subscription feed: the archive
    page that shows it reads its entry back from the cache.
    """
    ordered = sorted(jobs, key=lambda job: job.archive is not None)
    writer = FragmentWriter(feed_meta(site, ALL))
    with closing(FragmentStore(writer, site.cache)) as store:
        # Without a cache file an entry stays in memory until its archive page.
        held = [j for j in ordered if j.archive is None or store.db is None]
        uses = Counter(i for job in held for i in job.ids)
        for job in ordered:
            if job.archive is not None:
                yield from archive_file(site, job, items, store).items()
                continue
            chosen = job_items(job, items)
            yield from job_files(site, job, chosen, store).items()
            for item in chosen:  # after its last feed, a story's entry goes
                uses[item.id] -= 1
                if not uses[item.id]:
                    store.release(item, remember=True)
                    _release(items, item.id)
        if covers_site(ordered):
            store.prune()


def render_jobs(
    jobs: Iterable[FeedJob], items: Mapping[str, FeedItem], site: SiteConfig
) -> dict[str, bytes]:
    """Render the given jobs; items must hold every story id the jobs name."""
    return dict(iter_jobs(jobs, items, site))


def item_entry(item: FeedItem, print_: str = "") -> Entry:
    """Return the planning record of item, with print_ as its print."""
    return Entry(item.id, item.published, item.topics, print_)


def render_feeds(items: Iterable[FeedItem], site: SiteConfig) -> dict[str, bytes]:
    """Return every feed file (and the browser stylesheet) by output path."""
    items = list(items)
    jobs = plan_feeds((item_entry(i) for i in items), site)
    return render_jobs(jobs, {i.id: i for i in items}, site)
