"""One `invoke build` once the output is locked: the seeds, Pelican's run, the result.

The seeds are read before Pelican runs, so `--strict` can refuse to publish any
report while the previous output stays untouched.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from pelican import Pelican
from pelican.log import console

from ..catalog.catalog import Catalog
from ..glue.generator import abandon_runs
from .options import (
    BuildOptions,
    BuildOutcome,
    StrictRefusalError,
    next_run,
    read_catalog,
)
from .progress import Progress
from .result import BuildResult, summarize


def build_locked(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    """Read the seeds, run Pelican unless strict met a report; return the result."""
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
