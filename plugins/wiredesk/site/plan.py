"""Everything a build writes from the stories: pages, feeds, sitemaps, search shards.

A full build writes all of it; a rebuild compares the prints with the previous
build's and writes only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..catalog.catalog import Catalog
from ..feeds.bundle import iter_jobs
from ..feeds.generator import ArticleItems, article_topics, site_config
from ..feeds.geo import place_points
from ..feeds.model import SiteConfig
from ..feeds.plan import Entry, FeedJob, plan_feeds, reprint_feeds
from ..output.hosting import host_files
from ..output.state import BuildState, StoryMark
from ..render.pages import base_context
from ..settings import site_cname
from .findability import news_entries, site_urls
from .listing import Shown, listed_alike, listings, narrow_pages
from .model import NavPage, SiteModel, StoryView, build_model, related_names
from .pagejobs import PageJob
from .pageplan import plan_pages, shard_pages
from .shared import settings_print, site_print, term_slug
from .sitemaps import (
    NEWS_FILE,
    news_sitemap_xml,
    robots_txt,
    select_news,
    sitemap_files,
)


@dataclass(slots=True)
class SitePlan:
    """The model and every file it makes, each with a print.

    A rebuild whose stories list as before plans only the pages of the stories
    that changed: kept holds the prints of the other pages and kept_others those
    of the sitemaps and host files, all as the previous build wrote them.
    """

    model: SiteModel
    pages: list[PageJob]
    feeds: list[FeedJob]
    feed_site: SiteConfig
    base: dict[str, Any]
    marks: dict[str, StoryMark] = field(default_factory=dict)
    site: str = ""  # the print of what every page shows, Pelican's pages included
    assets: dict[str, bytes] = field(default_factory=dict)  # files the pages load
    settings: Mapping[str, Any] = field(default_factory=dict)
    listings: dict[str, Shown] = field(default_factory=dict)  # by story id
    kept: dict[str, str] = field(default_factory=dict)  # page -> print, not planned
    kept_others: dict[str, str] | None = None  # file -> print, not made again
    search_page: bool = True
    shards: dict[str, list[str]] | None = None  # months(), once made

    def expand(self) -> None:
        """Plan every page (and make the other files again) when some were kept."""
        if self.kept or self.kept_others is not None:
            self.pages = plan_pages(self.model, self.settings, self.site)
            self.kept, self.kept_others = {}, None
            self.drop_search(keep=self.search_page)

    def drop_search(self, *, keep: bool = False) -> None:
        """Leave the search page out of the plan unless keep (no search index)."""
        self.search_page = keep
        if not keep:
            self.pages = [j for j in self.pages if j.template != "search"]

    def page_prints(self) -> dict[str, str]:
        """Return the print of every page, planned or kept."""
        return {**self.kept, **{job.save_as: job.print for job in self.pages}}

    def months(self) -> dict[str, list[str]]:
        """Return the story pages of each search shard, made once."""
        if self.shards is None:
            self.shards = shard_pages(self.model)
        return self.shards

    def feed_items(self, jobs: Iterable[FeedJob]) -> ArticleItems:
        """Return the feed items of the stories the jobs name, made when asked."""
        wanted = {i for job in jobs for i in job.ids}
        views = [v for v in self.model.stories if v.story.id in wanted]
        points = place_points({v.story.city for v in views if v.story.city})
        return ArticleItems(views, self.feed_site.siteurl, points)

    def feed_files(self, jobs: Iterable[FeedJob]) -> Iterator[tuple[str, bytes]]:
        """Yield (path, bytes) of the given feed jobs, one file at a time."""
        jobs = list(jobs)
        yield from iter_jobs(jobs, self.feed_items(jobs), self.feed_site)

    def other_files(self, settings: Mapping[str, Any]) -> dict[str, bytes]:
        """Return the sitemaps, robots.txt, the host files and the pages' assets."""
        siteurl = (settings.get("SITEURL") or "").rstrip("/")
        periods = [
            {"save_as": job.save_as}
            for job in self.pages
            if job.template == "period_archives"
            and job.values["articles_page"].number == 1
        ]
        context = {**self.base, "period_archives": {"all": periods}}
        urls = list(dict.fromkeys(site_urls(context, siteurl)))
        files = sitemap_files(urls, siteurl)
        news = select_news(news_entries(context, siteurl))
        files[NEWS_FILE] = news_sitemap_xml(news, settings.get("SITENAME", ""))
        files["robots.txt"] = robots_txt(siteurl)
        files.update(host_files(site_cname(settings)))
        made = {name: text.encode("utf-8") for name, text in files.items()}
        return made | self.assets


def feed_entries(views: Iterable[StoryView], siteurl: str) -> list[Entry]:
    """Return what feed planning needs of each story."""
    return [
        Entry(
            v.story.id,
            v.story.date,
            tuple(dict.fromkeys(article_topics(v))),
            v.print,
        )
        for v in views
    ]


def story_marks(catalog: Catalog) -> dict[str, StoryMark]:
    """Return the time and related names of each published story, by id."""
    return {
        s.id: (s.date.timestamp(), related_names(s))
        for s in catalog.stories.values()
        if s.status == "published"
    }


def make_plan(
    catalog: Catalog,
    settings: Mapping[str, Any],
    nav: Sequence[NavPage],
    previous: BuildState | None = None,
) -> SitePlan:
    """Return the plan of the whole site; previous: the last build's state, if usable.

    The previous build's related lists, story marks and view marks are reused
    where they hold; when no story's listing changed, only the pages of the
    stories that did are planned, and only the prints of their feeds made again.
    """
    marks = story_marks(catalog)
    changed = story_changes(previous.marks if previous else {}, marks)
    model = build_model(
        catalog.stories,
        catalog.keys,
        settings,
        term_slug(settings),
        previous=previous.related if previous else None,
        changed=changed,
        view_marks=previous.views if previous else None,
        marks=marks,
        bodies=catalog.bodies,
    )
    site = site_print(settings_print(settings), model, nav)
    feed_site = site_config(dict(settings))
    plan = SitePlan(model, [], [], feed_site, {}, settings=settings, site=site)
    plan.listings = listings([*model.stories, *model.unlisted])
    changed_ids = None
    if previous is not None and previous.site == site:
        changed_ids = listed_alike(model, (previous.listings, plan.listings))
    if changed_ids is None:
        plan.pages = plan_pages(model, settings, site)
        entries = feed_entries(model.stories, feed_site.siteurl)
        plan.feeds = plan_feeds(entries, feed_site)
    else:
        plan.pages, plan.kept = narrow_pages(model, site, changed_ids, previous.pages)
        plan.kept_others = dict(previous.others)
        prints = {v.story.id: v.print for v in model.stories}
        plan.feeds = reprint_feeds(previous.feed_jobs, feed_site, prints, changed_ids)
    plan.base = base_context(settings, model, nav)
    plan.marks = marks
    return plan


def story_changes(
    old: Mapping[str, StoryMark], new: Mapping[str, StoryMark]
) -> list[tuple[float, str, Sequence[str]]]:
    """Return both versions of every story added, removed or moved in time or names."""
    changes: list[tuple[float, str, Sequence[str]]] = []
    for key in old.keys() | new.keys():
        before, after = old.get(key), new.get(key)
        if before is not None and after is not None and before == after:
            continue
        for version in (before, after):
            if version is not None:
                changes.append((version[0], key, version[1]))
    return changes
