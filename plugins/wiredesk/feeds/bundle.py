"""Every feed file of a site from its items: a pure map of output path to bytes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import replace

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
    number: int,
    history: ArchiveLinks,
    page: Sequence[FeedItem],
    store: FragmentStore,
) -> dict[str, bytes]:
    """Return RFC 5005 archive page feeds/archive/{number}.atom.xml."""
    url = site_url(site.siteurl, archive_path(number))
    meta = replace(
        feed_meta(site, ALL, history),
        id=f"tag:{site.authority}:feed/archive/{number}",
        title=f"{site.name} — archive {number}",
        atom_url=url,
    )
    # each story is on one archive page: its entry is not held for other feeds
    entries = store.fragments(page, ("atom",), keep=False)["atom"]
    return {archive_path(number): atom_bytes(meta, page, entries)}


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
    """Return the files of one job, rendered from its chosen items."""
    if job.topic is None:
        return {XSL_PATH: FEED_XSL.encode("utf-8")}
    if job.archive is not None:
        return archive_file(site, job.archive, job.history, chosen, store)
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
    once, come last and hold nothing in memory.
    """
    ordered = sorted(jobs, key=lambda job: job.archive is not None)
    uses = Counter(i for job in ordered for i in job.ids)
    release = getattr(items, "release", None)  # items made on demand
    writer = FragmentWriter(feed_meta(site, ALL))
    with closing(FragmentStore(writer, site.cache)) as store:
        for job in ordered:
            chosen = job_items(job, items)
            yield from job_files(site, job, chosen, store).items()
            for item in chosen:  # after its last feed, a story's entry goes
                uses[item.id] -= 1
                if not uses[item.id]:
                    store.release(item)
                    if release is not None:
                        release(item.id)
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
