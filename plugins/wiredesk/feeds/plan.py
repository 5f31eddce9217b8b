"""Plan every feed file of a site from cheap per-story records.

A plan lists jobs: the files one rendering writes, the stories it shows (newest
first) and a print of everything those files depend on. Comparing prints with a
previous build tells which files must be rendered again; the others are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol, TypeVar

from ..prints import fingerprint
from .archive import current_links, page_links
from .model import (
    ALL,
    NO_HISTORY,
    ArchiveLinks,
    SiteConfig,
    Topic,
    select_items,
    sort_items,
)
from .paths import FORMATS, XSL_PATH, archive_path, feed_path
from .xsl import FEED_XSL

# Part of every job print: change it whenever rendering changes the bytes of a file.
RENDER_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Entry:
    """What planning knows of one story; print changes whenever its entry would."""

    id: str
    published: datetime
    topics: tuple[Topic, ...]
    print: str


@dataclass(frozen=True, slots=True)
class FeedJob:
    """One rendering: its files, its stories newest first and the print of its inputs.

    topic is None for the browser stylesheet; archive is the number of an RFC 5005
    archive page (topic is then the whole site) or None for a subscription feed.
    """

    paths: tuple[str, ...]
    ids: tuple[str, ...]
    print: str
    topic: Topic | None
    history: ArchiveLinks = NO_HISTORY
    archive: int | None = None


class Planned(Protocol):
    """Anything feeds can be planned from: an Entry or a FeedItem."""

    @property
    def id(self) -> str: ...  # noqa: D102

    @property
    def published(self) -> datetime: ...  # noqa: D102

    @property
    def topics(self) -> tuple[Topic, ...]: ...  # noqa: D102


P = TypeVar("P", bound=Planned)


def group_topics(
    newest_first: Iterable[P], limit: int | None = None
) -> list[tuple[Topic, list[P]]]:
    """Return each (kind, slug) topic with its records in order; the newest names it.

    limit keeps only each topic's newest records: enough for the size policy.
    """
    groups: dict[tuple[str, str], tuple[Topic, list[P]]] = {}
    cap = -1 if limit is None else limit
    for record in newest_first:
        for topic in record.topics:
            key = (topic.kind, topic.slug)
            group = groups.get(key)
            if group is None:
                groups[key] = group = (topic, [])
            if len(group[1]) != cap:
                group[1].append(record)
    return list(groups.values())


def archive_split(
    newest_first: Sequence[P], site: SiteConfig
) -> tuple[list[P], list[list[P]]]:
    """Return the site feed's records and its archive pages (oldest page first).

    Pages hold max_items records counted from the oldest, so page n never changes;
    the subscription document keeps every record no page holds yet (RFC 5005 §4),
    whatever the window.
    """
    chosen = select_items(newest_first, site.max_items, site.window_days)
    size = site.max_items
    if not size:
        return chosen, []
    oldest_first = list(reversed(newest_first))
    count = len(oldest_first) // size
    pages = [oldest_first[n * size : (n + 1) * size][::-1] for n in range(count)]
    tail = len(newest_first) % size
    if len(chosen) < tail:
        chosen = list(newest_first[:tail])
    return chosen, pages


def _print(
    site: SiteConfig, job_head: Sequence[object], entries: Iterable[tuple[str, str]]
) -> str:
    """Return a job's print from its head and the (id, print) of its entries."""
    return fingerprint((RENDER_VERSION, site, *job_head), *entries)


def feed_job(
    site: SiteConfig,
    topic: Topic,
    chosen: Sequence[Entry],
    history: ArchiveLinks = NO_HISTORY,
    archive: int | None = None,
) -> FeedJob:
    """Return the job of one topic's three feeds, or of one archive page."""
    if archive is None:
        paths = tuple(feed_path(topic.kind, topic.slug, fmt) for fmt in FORMATS)
    else:
        paths = (archive_path(archive),)
    return FeedJob(
        paths=paths,
        ids=tuple(e.id for e in chosen),
        print=_print(
            site, (topic, history, archive, paths), ((e.id, e.print) for e in chosen)
        ),
        topic=topic,
        history=history,
        archive=archive,
    )


def stylesheet_job() -> FeedJob:
    """Return the job of the browser stylesheet feeds/feed.xsl."""
    print_ = fingerprint(RENDER_VERSION, FEED_XSL)
    return FeedJob(paths=(XSL_PATH,), ids=(), print=print_, topic=None)


def site_jobs(site: SiteConfig, newest_first: Sequence[Entry]) -> list[FeedJob]:
    """Return the jobs of the whole-site feeds and of their archive pages."""
    chosen, pages = archive_split(newest_first, site)
    jobs = [feed_job(site, ALL, chosen, current_links(site, len(pages)))]
    for number, page in enumerate(pages, start=1):
        links = page_links(site, number, len(pages))
        jobs.append(feed_job(site, ALL, page, links, archive=number))
    return jobs


def reprint_feeds(
    jobs: Iterable[FeedJob],
    site: SiteConfig,
    prints: Mapping[str, str],
    changed: Set[str],
) -> list[FeedJob]:
    """Return a previous plan's jobs with the prints of those showing changed stories.

    For a build whose stories are dated, filed and named as in the build that
    planned jobs (under the same settings), so every feed holds the same stories:
    prints gives the entry print of each story by id.
    """
    made = []
    for job in jobs:
        if job.topic is not None and not changed.isdisjoint(job.ids):
            head = (job.topic, job.history, job.archive, job.paths)
            entries = ((i, prints[i]) for i in job.ids)
            job = replace(job, print=_print(site, head, entries))  # noqa: PLW2901
        made.append(job)
    return made


def plan_feeds(entries: Iterable[Entry], site: SiteConfig) -> list[FeedJob]:
    """Return every feed file of the site (topics, archive pages, feed.xsl) as jobs."""
    newest_first = sort_items(entries)
    jobs = site_jobs(site, newest_first)
    # the size policy keeps a prefix of max_items at most: longer groups are waste
    for topic, group in group_topics(newest_first, site.max_items):
        chosen = select_items(group, site.max_items, site.window_days)
        jobs.append(feed_job(site, topic, chosen))
    jobs.append(stylesheet_job())
    return jobs
