"""One Wiredesk build inside Pelican's run: planned, written, searched, swapped.

Both `pelican` and `invoke build` run it. A full build writes into a sibling
staging folder (Pelican's output path for the run) swapped in at the end; a
rebuild (same code, theme, content pages and settings as the previous build of
this output) writes only the files whose print changed, in place.
"""

from __future__ import annotations

import gc
import logging
import shutil
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from pelican import signals

from ..catalog.catalog import Catalog, scan_seeds
from ..glue.articles import story_articles
from ..glue.posts import take_posts
from ..glue.themed import join_articles, keep_own_pages, wiredesk_theme
from ..glue.unread import Unread
from ..output.claims import check_claims
from ..output.lock import hold_output_lock, remove_stale_staging, work_folder
from ..output.state import (
    BuildState,
    forget_state,
    load_state,
    output_id,
    save_state,
    state_file,
    statics_print,
)
from ..output.swap import keep_mtimes, release_memory, staging_dir, swap_in
from ..output.writer import plan_state, write_all, write_changes
from ..search.documents import changed_months, document_months, write_documents
from ..search.shards import build_shards, update_shards
from ..settings import (
    cache_folder,
    check_settings,
    extract_options,
    search_enabled,
    seed_roots,
)
from ..site.model import NavPage
from ..site.plan import SitePlan, make_plan, settings_print
from .options import BuildOptions, BuildOutcome, StrictRefusalError, take_options
from .result import summarize

logger = logging.getLogger(__name__)

GC_THRESHOLD = 100_000  # allocations between collections (Python's default: 700)


@dataclass
class SiteBuild:
    """One run: where it writes, the previous build's state, the plan, the results."""

    pelican: Any
    options: BuildOptions
    outcome: BuildOutcome = field(default_factory=BuildOutcome)
    state: BuildState | None = None
    plan: SitePlan | None = None
    nav: list[NavPage] = field(default_factory=list)
    posts: list[Any] = field(default_factory=list)
    others: dict[str, bytes] = field(default_factory=dict)
    search: list[Future[float]] = field(default_factory=list)
    gc_threshold: tuple[int, ...] = ()
    statics: str = ""
    staging: Path | None = None
    unread: Unread | None = None  # Pelican's articles it could not read
    articles: Any = None  # Pelican's article generator of the run
    own_theme: bool = True  # the theme is Wiredesk's: its page writer renders all
    search_docs: Path | None = None  # what the index reads with another theme
    doc_months: dict[str, str] | None = None  # the print of each month's documents
    lock: ExitStack = field(default_factory=ExitStack)  # the output's build lock

    @classmethod
    def start(cls, pelican: Any) -> SiteBuild:
        """Begin a run: choose a rebuild in place or a staging folder."""
        build = cls(pelican, take_options())
        if build.options.outcome is not None:
            build.outcome = build.options.outcome
        settings = pelican.settings
        # One build of an output at a time, plain `pelican` included; then the
        # folders of builds that died go.
        build.lock.enter_context(hold_output_lock(build.output))
        remove_stale_staging(build.output)
        build.gc_threshold = gc.get_threshold()
        # A build makes many long-lived small objects and few cycles: collect rarely.
        gc.set_threshold(GC_THRESHOLD, *build.gc_threshold[1:])
        build.statics = statics_print(settings, settings_print(settings))
        state = load_state(build.state_file)
        forget_state(build.state_file)  # until this build has finished writing
        build.state = _usable(state, build.statics, build.output)
        build.own_theme = wiredesk_theme(settings)
        if build.state is None:
            build.staging = staging_dir(build.output)
        pelican.output_path = str(build.target)
        # The output is swapped whole or rebuilt file by file, stale files removed
        # either way: Pelican must not empty it first (a rebuild writes in place).
        pelican.delete_outputdir = False
        build.unread = Unread(settings["PATH"])
        build.unread.attach()
        return build

    @property
    def settings(self) -> dict[str, Any]:
        """Return the run's Pelican settings."""
        return self.pelican.settings

    @property
    def output(self) -> Path:
        """Return the site's output folder."""
        return Path(self.settings["OUTPUT_PATH"])

    @property
    def state_file(self) -> Path | None:
        """Return where this output's build state is kept (None without a cache)."""
        cache = cache_folder(self.settings)
        return state_file(cache, self.output) if cache else None

    @property
    def target(self) -> Path:
        """Return the folder this run writes into (staging for a full build)."""
        return self.output if self.staging is None else self.staging

    def catalog(self) -> Catalog:
        """Return the stories of the seed folders, read once per run."""
        if self.options.catalog is None:
            check_settings(self.settings)
            self.options.catalog = scan_seeds(
                seed_roots(self.settings),
                extract_options(self.settings),
                cache=cache_folder(self.settings),
                progress=self.options.progress,
            )
        return self.options.catalog

    def plan_site(self, context: dict[str, Any]) -> None:
        """Plan every story-made file; put the stories in Pelican's context."""
        self.nav = [NavPage(p.title, p.url) for p in context.get("pages", [])]
        catalog = self.catalog()
        posts = take_posts(self.posts, catalog, self.settings)
        for report in self.unread.reports:
            catalog.reports[report.path] = report
        previous = self.state
        self.plan = make_plan(
            catalog,
            self.settings,
            self.nav,
            previous=previous.related if previous else None,
            old_marks=previous.marks if previous else None,
        )
        self.outcome.summary = summary = summarize(catalog)
        if self.options.log_reports:
            for line in (*summary.warnings, *map(str, summary.reports)):
                logger.warning("%s", line)
        if self.options.strict and summary.reports:
            raise StrictRefusalError(len(summary.reports))
        model = self.plan.model
        entries = story_articles(model, posts, context, lazy=self.own_theme)
        context.update(entries)
        searched = search_enabled(self.settings)
        if not searched:
            self.plan.pages = [j for j in self.plan.pages if j.template != "search"]
        if not self.own_theme:  # the site's theme writes them through Pelican
            keep_own_pages(self.plan)
            join_articles(self.articles, entries)

    def write_site(self, context: dict[str, Any]) -> None:
        """Write the plan's pages, feeds and sitemaps; say so to Pelican's signals."""
        plan, progress, root = self.plan, self.options.progress, self.target
        check_claims(plan, (), context)
        searched = search_enabled(self.settings)
        if searched and not self.own_theme:
            self._write_documents()
        if self.staging is not None:
            self.others = write_all(plan, self.settings, root, progress)
            self.outcome.rendered = len(plan.pages)
        else:
            pages_done = self._index if searched and self.own_theme else None
            done, self.others = write_changes(
                plan, self.state, self.settings, root, progress, on_pages=pages_done
            )
            self.outcome.rendered, self.outcome.kept = done.rendered, done.kept
            if self.doc_months is not None:
                self._index(changed_months(self.doc_months, self.state.months))
        check_claims(plan, self.others, context)
        # Every file of the site, as Pelican's writer announces each file it writes.
        feeds = [path for job in plan.feeds for path in job.paths]
        for rel in chain((j.save_as for j in plan.pages), feeds, self.others):
            signals.content_written.send(str(root / rel), context=context)

    def _write_documents(self) -> None:
        """Write what the index reads of each story (a site with another theme)."""
        self.search_docs = work_folder(self.output, "search-docs")
        prints = write_documents(self.plan.model.stories, self.search_docs)
        self.doc_months = document_months(self.plan.months(), prints)

    def _index(self, changed: tuple[str, ...]) -> None:
        if changed:  # Pagefind runs while the feeds and sitemaps are written
            pool = ThreadPoolExecutor(max_workers=1)
            months, docs = self.plan.months(), self.search_docs
            args = (self.output, months, changed, self._cache, docs)
            self.search.append(pool.submit(_timed, update_shards, *args))
            pool.shutdown(wait=False)

    @property
    def _cache(self) -> Path | None:
        return cache_folder(self.settings)

    def finish(self) -> None:
        """Index the search, swap a full build in and keep the state for rebuilds."""
        try:
            plan = self.plan
            if plan is None:
                return
            state = plan_state(plan, self.others, self.statics, "", self.nav)
            if self.doc_months is not None:
                state.months = self.doc_months
            if self.staging is not None:
                self._swap(plan.months())
                state.output_id = output_id(self.output)
            else:
                state.output_id = self.state.output_id
                self.outcome.search_seconds = sum(f.result() for f in self.search)
            save_state(self.state_file, state)
        finally:
            self.close()

    def _swap(self, months: dict[str, list[str]]) -> None:
        staging = self.target
        self.plan = None  # the indexers need the memory more
        self.options.catalog = None
        release_memory()
        previous = self.output if _is_output(self.output) else None
        started = time.perf_counter()
        if search_enabled(self.settings):
            build_shards(staging, months, previous, self._cache, self.search_docs)
        self.outcome.search_seconds = time.perf_counter() - started
        keep_mtimes(staging, self.output)
        swap_in(staging, self.output, self.settings.get("OUTPUT_RETENTION") or ())

    def close(self) -> None:
        """Give Pelican its output path back; drop a staging folder left over."""
        self.pelican.output_path = str(self.output)
        if self.unread is not None:
            self.unread.detach()
        if self.gc_threshold:
            gc.set_threshold(*self.gc_threshold)
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        if self.search_docs is not None:
            shutil.rmtree(self.search_docs, ignore_errors=True)
            self.search_docs = None
        self.lock.close()


def _is_output(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _timed(function: Any, *args: Any) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def _usable(state: BuildState | None, statics: str, output: Path) -> BuildState | None:
    if state is None or state.statics != statics or not _is_output(output):
        return None
    return state if output_id(output) == state.output_id else None
