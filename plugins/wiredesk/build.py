"""One build: a full build through Pelican into a staging folder, or a rebuild in place.

A rebuild (same code, theme, content pages and settings as the previous build of
this output) does not run Pelican: it plans the site from the stories and writes
only the files whose print changed, each replaced atomically.
"""

from __future__ import annotations

import copy
import gc
import logging
import shutil
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.log import console
from pelican.settings import read_settings

from .buildstate import (
    BuildState,
    forget_state,
    load_state,
    output_id,
    save_state,
    state_file,
    statics_print,
)
from .catalog import Catalog, Report, display_path
from .output import keep_mtimes, release_memory, staging_dir, swap_in
from .outputlock import hold_output_lock, remove_stale_staging
from .progress import Progress
from .reader import CATALOG_SLOT, PROGRESS_SLOT, catalog_for
from .searchshards import build_shards, update_shards
from .settings import cache_folder
from .sitegen import PLAN_SLOT
from .siteplan import make_plan, settings_print
from .sitewriter import plan_state, write_changes

logger = logging.getLogger(__name__)

GC_THRESHOLD = 100_000  # allocations between collections (Python's default: 700)
# Pelican writes the hand-written pages and static files; Wiredesk writes the rest.
PELICAN_OVERRIDES = {
    "ARTICLE_PATHS": [],
    "DIRECT_TEMPLATES": [],
    "DELETE_OUTPUT_DIRECTORY": False,
}


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build did: stories, reports, warnings, pages, whether it was swapped."""

    published: int
    reports: tuple[Report, ...]
    warnings: tuple[str, ...]
    seconds: float
    swapped: bool
    rendered: int = 0  # pages rendered
    linked: int = 0  # pages unchanged since the previous build, linked from it
    slowest: tuple[float, str] | None = (
        None  # the slowest fresh extraction: seconds, path
    )
    search_seconds: float = 0.0  # Pagefind's share (in a rebuild: alongside the rest)


def load_settings(
    settings_file: str,
    *,
    seeds: str | None = None,
    output: str | None = None,
    siteurl: str | None = None,
) -> dict[str, Any]:
    """Read Pelican settings with the build's overrides."""
    override: dict[str, Any] = {}
    if seeds:
        override["ARTICLE_PATHS"] = [str(Path(seeds).resolve())]
    if output:
        override["OUTPUT_PATH"] = str(Path(output).resolve())
    if siteurl is not None:
        override["SITEURL"] = siteurl.rstrip("/")
    return read_settings(settings_file, override=override)


def _warnings(catalog: Catalog) -> tuple[str, ...]:
    return tuple(
        f"{display_path(Path(path))}: {warning}"
        for path, story in catalog.stories.items()
        for warning in story.warnings
    )


def _full(
    settings: dict[str, Any], statics: str, progress: Progress | None
) -> tuple[BuildState, int, float]:
    """Build everything with Pelican into a staging folder and swap it in.

    The stories and the plan are let go before Pagefind runs: the indexers need the
    memory more.
    """
    output = Path(settings["OUTPUT_PATH"])
    staging = staging_dir(output)
    holder: dict[str, Any] = {"settings": settings, "progress": progress}
    try:
        # Pelican edits some settings in place (MARKDOWN): it gets its own copies.
        own = {k: copy.deepcopy(v) if k.isupper() else v for k, v in settings.items()}
        own.update(PELICAN_OVERRIDES, OUTPUT_PATH=str(staging))
        own[PLAN_SLOT] = holder
        console.quiet = True  # its summary counts no stories: Wiredesk prints its own
        try:
            Pelican(own).run()
        finally:
            console.quiet = False
        plan = holder["plan"]
        state = plan_state(plan, holder["others"], statics, "", holder["nav"])
        months, pages = plan.months(), len(plan.pages)
        del plan, own
        holder.clear()
        settings.pop(CATALOG_SLOT, None)
        release_memory()
        previous = output if output.is_dir() and not output.is_symlink() else None
        started = time.perf_counter()
        build_shards(staging, months, previous, cache_folder(settings))
        search = time.perf_counter() - started
        keep_mtimes(staging, output)
        swap_in(staging, output, settings.get("OUTPUT_RETENTION") or ())
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    state.output_id = output_id(output)
    return state, pages, search


def _rebuild(
    settings: dict[str, Any],
    catalog: Catalog,
    state: BuildState,
    progress: Progress | None,
) -> tuple[BuildState, int, int, float] | None:
    """Write only what changed since state into the output folder, in place.

    Return None, writing nothing, when what every page shows changed (the section
    menu): Pelican's own pages show it too, so the site is built anew.
    """
    output = Path(settings["OUTPUT_PATH"])
    plan = make_plan(
        catalog, settings, state.nav, previous=state.related, old_marks=state.marks
    )
    if plan.site != state.site:
        return None
    months = plan.months()
    with ThreadPoolExecutor(max_workers=1) as search:
        started: list[Future[float]] = []

        def index(changed: tuple[str, ...]) -> None:
            if changed:  # Pagefind runs while the feeds and sitemaps are written
                args = (output, months, changed, cache_folder(settings))
                started.append(search.submit(_timed, update_shards, *args))

        written, others = write_changes(
            plan, state, settings, output, progress, on_pages=index
        )
        new = plan_state(plan, others, state.statics, state.output_id, state.nav)
        seconds = sum(run.result() for run in started)
    return new, written.rendered, written.kept, seconds


def _timed(function: Any, *args: Any) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def _usable(state: BuildState | None, statics: str, output: Path) -> BuildState | None:
    if state is None or state.statics != statics:
        return None
    if (
        not output.is_dir()
        or output.is_symlink()
        or output_id(output) != state.output_id
    ):
        return None
    return state


def run_build(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    """Build the site into OUTPUT_PATH unless strict met a report.

    With an unchanged setup since the previous build, only changed files are written.
    One build of an output runs at a time; folders of builds that died are removed.
    """
    with hold_output_lock(settings["OUTPUT_PATH"]):
        remove_stale_staging(settings["OUTPUT_PATH"])
        return _run_build(settings, strict=strict, progress=progress)


def _run_build(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    started = time.perf_counter()
    output = Path(settings["OUTPUT_PATH"])
    settings = {**settings, PROGRESS_SLOT: progress}
    cache = cache_folder(settings)
    file = state_file(cache, output) if cache else None
    rendered = kept = 0
    search = 0.0
    # A build makes many long-lived small objects and few cycles: collect rarely.
    threshold = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        catalog = catalog_for(settings)
        summary = _summary(catalog)
        reports = summary.reports
        swapped = not (strict and reports)
        if swapped:
            statics = statics_print(settings, settings_print(settings))
            state = _usable(load_state(file), statics, output)
            forget_state(file)  # until this build has finished writing
            done = (
                None if state is None else _rebuild(settings, catalog, state, progress)
            )
            if done is None:
                del catalog  # on settings: the full build lets it go before search
                state, rendered, search = _full(settings, statics, progress)
            else:
                state, rendered, kept, search = done
            save_state(file, state)
    finally:
        gc.set_threshold(*threshold)
        if progress is not None:
            progress.done()
    return replace(
        summary,
        seconds=time.perf_counter() - started,
        swapped=swapped,
        rendered=rendered,
        linked=kept,
        search_seconds=search,
    )


def _summary(catalog: Catalog) -> BuildResult:
    """Return what a build tells of its stories (times and counts filled in later)."""
    return BuildResult(
        published=sum(s.status == "published" for s in catalog.stories.values()),
        reports=tuple(catalog.reports.values()),
        warnings=_warnings(catalog),
        seconds=0.0,
        swapped=False,
        slowest=max(((t, p) for p, t in catalog.seconds.items()), default=None),
    )
