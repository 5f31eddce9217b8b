"""One Wiredesk build inside Pelican's run: planned, written, searched, swapped.

Both `pelican` and `invoke build` run it. A full build writes into a sibling
staging folder (Pelican's output path for the run) swapped in at the end; a
rebuild (same code, theme, content pages and settings as the previous build of
this output) writes only the files whose print changed, in place.
"""

from __future__ import annotations

import logging
import shutil
from concurrent.futures import Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalog.catalog import Catalog
from ..glue.articles import release_groupings, story_articles
from ..glue.posts import take_posts
from ..glue.themed import join_articles, keep_own_pages, wiredesk_theme
from ..glue.unread import Unread
from ..output.claims import Claims
from ..output.lock import hold_output_lock, remove_stale_staging
from ..output.state import (
    BuildState,
    output_id,
    save_state,
    state_file,
)
from ..output.swap import staging_dir
from ..output.writer import plan_state
from ..search.documents import StoryDocuments
from ..settings import cache_folder, search_enabled
from ..site.model import NavPage
from ..site.plan import SitePlan, make_plan
from .collect import rare_collections
from .options import (
    BuildOptions,
    BuildOutcome,
    StrictRefusalError,
    read_catalog,
    take_options,
)
from .publish import previous_build, publish_staging
from .result import summarize
from .writing import write_site

logger = logging.getLogger(__name__)


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
    claims: Claims = field(default_factory=dict)  # output path -> who writes it
    context: dict[str, Any] = field(default_factory=dict)  # Pelican's, once planned
    statics: str = ""
    staging: Path | None = None
    unread: Unread | None = None  # Pelican's articles it could not read
    articles: Any = None  # Pelican's article generator of the run
    own_theme: bool = True  # the theme is Wiredesk's: its page writer renders all
    docs: StoryDocuments | None = None  # what the index reads with another theme
    lock: ExitStack = field(default_factory=ExitStack)  # the output's lock, rare gc

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
        build.lock.enter_context(rare_collections())
        build.statics, build.state = previous_build(
            settings, build.output, build.state_file
        )
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
        return state_file(self.cache, self.output) if self.cache else None

    @property
    def target(self) -> Path:
        """Return the folder this run writes into (staging for a full build)."""
        return self.output if self.staging is None else self.staging

    def catalog(self) -> Catalog:
        """Return the stories of the seed folders, read once per run."""
        if self.options.catalog is None:
            self.options.catalog = read_catalog(self.settings, self.options.progress)
        return self.options.catalog

    def plan_site(self, context: dict[str, Any]) -> None:
        """Plan every story-made file; put the stories in Pelican's context."""
        self.context = context
        self.nav = [NavPage(p.title, p.url) for p in context.get("pages", [])]
        catalog = self.catalog()
        posts = take_posts(self.posts, catalog, self.settings)
        for report in self.unread.reports:
            catalog.reports[report.path] = report
        self.plan = make_plan(catalog, self.settings, self.nav, self.state)
        self.outcome.summary = summary = summarize(catalog)
        if self.options.log_reports:
            for line in (*summary.warnings, *map(str, summary.reports)):
                logger.warning("%s", line)
        if self.options.strict and summary.reports:
            raise StrictRefusalError(len(summary.reports))
        model = self.plan.model
        entries = story_articles(model, posts, context, lazy=self.own_theme)
        context.update(entries)
        self.plan.drop_search(keep=self.searched)
        if not self.own_theme:  # the site's theme writes them through Pelican
            self.plan.expand()
            keep_own_pages(self.plan)
            join_articles(self.articles, entries)

    def write_site(self, context: dict[str, Any]) -> None:
        """Write the plan's pages, feeds and sitemaps; say so to Pelican's signals."""
        write_site(self, context)

    @property
    def searched(self) -> bool:
        """Return whether this site has a search index and page."""
        return search_enabled(self.settings)

    @property
    def source(self) -> Path | None:
        """Return where the search indexer reads (None: the story pages)."""
        return self.docs.folder if self.docs is not None else None

    @property
    def cache(self) -> Path | None:
        """Return the cache folder (None without one)."""
        return cache_folder(self.settings)

    def finish(self) -> None:
        """Index the search, swap a full build in and keep the state for rebuilds."""
        try:
            plan = self.plan
            if plan is None:
                return
            state = plan_state(plan, self.others, self.statics, "", self.nav)
            if self.docs is not None:
                state.months = self.docs.shards
            if self.staging is not None:
                months = plan.months() if self.searched else None
                del plan
                self.let_go()
                retained = self.settings.get("OUTPUT_RETENTION") or ()
                self.outcome.search_seconds = publish_staging(
                    self.target, self.output, months, self.cache, retained, self.source
                )
                state.output_id = output_id(self.output)
            else:
                state.output_id = self.state.output_id
                self.outcome.search_seconds = sum(f.result() for f in self.search)
            save_state(self.state_file, state)
        finally:
            self.close()

    def let_go(self) -> None:
        """Drop the plan, the stories and their Articles: the indexers need memory."""
        self.plan, self.options.catalog, self.others = None, None, {}
        self.posts = []
        release_groupings(self.context, self.articles, own_theme=self.own_theme)

    def close(self) -> None:
        """Give Pelican its output path back; drop a staging folder left over."""
        self.pelican.output_path = str(self.output)
        if self.unread is not None:
            self.unread.detach()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        if self.docs is not None:
            self.docs.remove()
        self.lock.close()
