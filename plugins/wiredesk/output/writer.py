"""Write a site plan: all files into a fresh folder, or the changed ones in place."""

# ruff: noqa: PTH106, PTH108, PTH110, PTH118, PTH120 - loops over many path strings

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from ..build.progress import Progress
from ..prints import fingerprint
from ..render.compiled import template_cache
from ..render.pages import theme_env
from ..render.partstore import LEND_FROM, PartStore
from ..render.workers import write_pages
from ..search.documents import shard_prints
from ..settings import cache_folder
from ..site.pagejobs import PageJob
from ..site.plan import SitePlan
from ..site.views import StoryView
from .atomic import write_changed, write_new
from .state import BuildState


@dataclass(frozen=True, slots=True)
class Written:
    """How many pages a build rendered and kept, and which search months changed."""

    rendered: int
    kept: int
    months: tuple[str, ...]


def month_prints(plan: SitePlan) -> dict[str, str]:
    """Return the print of each search shard: its story pages' prints."""
    return shard_prints(plan.months(), plan.page_prints())


def plan_state(
    plan: SitePlan,
    others: Mapping[str, bytes],
    statics: str,
    output_id: str,
    nav: list[Any],
) -> BuildState:
    """Return the state describing an output written from plan."""
    return BuildState(
        statics=statics,
        output_id=output_id,
        nav=list(nav),
        pages=plan.page_prints(),
        feeds={job.paths: job.print for job in plan.feeds},
        feed_jobs=list(plan.feeds),
        others={
            **(plan.kept_others or {}),
            **{name: fingerprint(data) for name, data in others.items()},
        },
        months=month_prints(plan),
        related=dict(plan.model.related),
        marks=dict(plan.marks),
        views=dict(plan.model.view_marks),
        listings=plan.listings,
        site=plan.site,
    )


def _counter(progress: Progress | None) -> Any:
    if progress is None:
        return None
    return lambda n: progress.add("pages", n)


def _views(plan: SitePlan) -> list[StoryView]:
    return [*plan.model.stories, *plan.model.unlisted]


def write_all(
    plan: SitePlan,
    settings: Mapping[str, Any],
    root: Path,
    progress: Progress | None,
    setup: str = "",
) -> dict[str, bytes]:
    """Write every page, feed and sitemap into root; return the non-page files.

    setup: the print the story fragments are kept under for later builds.
    """
    env = theme_env(settings, template_cache(cache_folder(dict(settings)), setup))
    store = PartStore.open(cache_folder(dict(settings)), setup, read=False)
    views = _views(plan)
    others: dict[str, bytes] = {}

    def meanwhile() -> None:  # the feeds, while workers render the pages
        others.update(plan.other_files(settings))
        for rel, data in chain(plan.feed_files(plan.feeds), others.items()):
            write_new(str(root), rel, data)

    made = write_pages(
        env,
        plan.base,
        plan.pages,
        str(root),
        done=_counter(progress),
        meanwhile=meanwhile,
        gather=None if store.file is None else lambda: store.hand_over(views),
    )
    store.save(views, made)
    return others


def _remove(root: str, rels: Iterable[str]) -> None:
    for rel in rels:
        path = os.path.join(root, rel)
        try:
            os.unlink(path)
        except FileNotFoundError:
            continue
        folder = os.path.dirname(path)
        while folder != root and folder.startswith(root):
            try:
                os.rmdir(folder)  # only when empty
            except OSError:
                break
            folder = os.path.dirname(folder)


def write_changes(
    plan: SitePlan,
    state: BuildState,
    settings: Mapping[str, Any],
    root: Path,
    progress: Progress | None,
    *,
    on_pages: Callable[[tuple[str, ...]], None] | None = None,
) -> tuple[Written, dict[str, bytes]]:
    """Write only the files whose print changed since state; remove vanished ones.

    on_pages is told the changed search months once the pages are written, so the
    search index can be brought up to date while feeds and sitemaps are written;
    without it, they are written while forked workers render the pages.
    """
    base = str(root)
    kept = chain(plan.kept, plan.kept_others or ())
    if any(not os.path.exists(os.path.join(base, p)) for p in kept):
        plan.expand()  # a file the previous build wrote is gone: plan it again
    jobs = [
        j
        for j in plan.pages
        if state.pages.get(j.save_as) != j.print
        or not os.path.exists(os.path.join(base, j.save_as))
    ]
    others: dict[str, bytes] = {}

    def write_rest() -> None:
        others.update(_write_feeds_and_others(plan, state, settings, base))

    # With a search index they are written while it indexes, once pages are done.
    meanwhile = write_rest if on_pages is None else None
    _write_changed_pages(plan, state, jobs, settings, base, progress, meanwhile)
    pages = plan.page_prints()
    _remove(base, [p for p in state.pages if p not in pages])
    months = month_prints(plan)
    changed = tuple(sorted(m for m in months if state.months.get(m) != months[m]))
    gone = tuple(sorted(m for m in state.months if m not in months))
    if on_pages is not None:
        on_pages(changed + gone)
        write_rest()
    feed_paths = {p for j in plan.feeds for p in j.paths}
    old_feeds = {p for paths in state.feeds for p in paths}
    _remove(base, [p for p in old_feeds if p not in feed_paths])
    made = others.keys() | (plan.kept_others or {}).keys()
    _remove(base, [p for p in state.others if p not in made])
    return Written(len(jobs), len(pages) - len(jobs), changed + gone), others


def _write_changed_pages(  # noqa: PLR0917 - one call site, each part named
    plan: SitePlan,
    state: BuildState,
    jobs: list[PageJob],
    settings: Mapping[str, Any],
    base: str,
    progress: Progress | None,
    meanwhile: Callable[[], None] | None,
) -> None:
    """Render and write jobs; meanwhile runs while forked workers render."""
    cache = cache_folder(dict(settings))
    env = theme_env(settings, template_cache(cache, state.statics))
    views, store = _views(plan), None
    if len(jobs) >= LEND_FROM:  # many lists: take the unchanged stories' fragments
        store = PartStore.open(cache, state.statics)
        store.lend(views)
    made = write_pages(
        env,
        plan.base,
        jobs,
        base,
        write=write_changed,
        done=_counter(progress),
        meanwhile=meanwhile,
        gather=None if store is None else lambda: store.hand_over(views),
    )
    if store is not None:
        store.save(views, made)


def _write_feeds_and_others(
    plan: SitePlan, state: BuildState, settings: Mapping[str, Any], base: str
) -> dict[str, bytes]:
    """Write the changed feeds, sitemaps and host files; return the latter."""
    feeds = [j for j in plan.feeds if state.feeds.get(j.paths) != j.print]
    for rel, data in plan.feed_files(feeds):
        write_changed(base, rel, data)
    others = {} if plan.kept_others is not None else plan.other_files(settings)
    for rel, data in others.items():
        fresh = state.others.get(rel) != fingerprint(data)
        if fresh or not os.path.exists(os.path.join(base, rel)):
            write_changed(base, rel, data)
    return others
