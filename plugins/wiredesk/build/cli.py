"""`invoke build`: Pelican's run (the plugin does the work) plus what the CLI lacks.

Before the run, the seeds are read once, so `--strict` can refuse to publish any
report while the previous output stays untouched; progress is shown as it goes.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.log import console
from pelican.settings import read_settings

from ..catalog.catalog import Catalog
from ..glue.generator import abandon_runs
from ..output.lock import hold_output_lock
from .collect import rare_collections
from .options import (
    BuildOptions,
    BuildOutcome,
    StrictRefusalError,
    next_run,
    read_catalog,
)
from .progress import Progress
from .result import BuildResult, summarize

logger = logging.getLogger(__name__)


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
        override["WIREDESK_SEED_PATHS"] = [str(Path(seeds).resolve())]
    if output:
        override["OUTPUT_PATH"] = str(Path(output).resolve())
    if siteurl is not None:
        override["SITEURL"] = siteurl.rstrip("/")
    return read_settings(settings_file, override=override)


def run_build(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    """Build the site into OUTPUT_PATH unless strict met a report.

    With an unchanged setup since the previous build, only changed files are written.
    One build of an output runs at a time (the lock is taken again, re-entrantly, by
    the run inside Pelican); folders of builds that died are removed.
    """
    with hold_output_lock(settings["OUTPUT_PATH"]), rare_collections():
        return _run_build(settings, strict=strict, progress=progress)


def _run_build(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    started = time.perf_counter()
    try:
        catalog = read_catalog(settings, progress)
        swapped = not (strict and catalog.reports)
        outcome = BuildOutcome()
        if swapped:
            next_run(
                BuildOptions(
                    progress, catalog, outcome, log_reports=False, strict=strict
                )
            )
            catalog = Catalog()  # the run lets the stories go before search
            # Pelican's summary counts only posts: Wiredesk prints its own.
            console.quiet = True
            try:
                Pelican(settings).run()
            except StrictRefusalError:
                swapped = False  # posts Pelican could not read, found during the run
            finally:
                console.quiet = False
                abandon_runs()
    finally:
        if progress is not None:
            progress.done()
    return replace(
        outcome.summary or summarize(catalog),
        seconds=time.perf_counter() - started,
        swapped=swapped,
        rendered=outcome.rendered,
        linked=outcome.kept,
        search_seconds=outcome.search_seconds,
    )
