"""One build: Pelican into a staging folder, reports collected, output swapped on success."""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings

from .catalog import Catalog, Report, display_path
from .output import keep_mtimes, staging_dir, swap_in
from .reader import catalog_for

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build did: stories published, reports, warnings, whether output was swapped."""

    published: int
    reports: tuple[Report, ...]
    warnings: tuple[str, ...]
    seconds: float
    swapped: bool


def load_settings(settings_file: str, *, seeds: str | None = None, output: str | None = None,
                  siteurl: str | None = None) -> dict[str, Any]:
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


def run_build(settings: dict[str, Any], *, strict: bool = False) -> BuildResult:
    """Build the site; swap it into OUTPUT_PATH unless it failed or strict met a report."""
    started = time.perf_counter()
    output = Path(settings["OUTPUT_PATH"])
    staging = staging_dir(output)
    settings = {**settings, "OUTPUT_PATH": str(staging), "DELETE_OUTPUT_DIRECTORY": False}
    try:
        catalog = catalog_for(settings)
        Pelican(settings).run()
        reports = tuple(catalog.reports.values())
        swapped = not (strict and reports)
        if swapped:
            keep_mtimes(staging, output)
            swap_in(staging, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(
        published=sum(s.status == "published" for s in catalog.stories.values()),
        reports=reports,
        warnings=_warnings(catalog),
        seconds=time.perf_counter() - started,
        swapped=swapped,
    )
