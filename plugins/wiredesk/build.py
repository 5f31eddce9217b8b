"""One build: Pelican into a staging folder, reports collected, output swapped."""

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
from .pagewriter import (
    PAGES_SLOT,
    PageRun,
    code_print,
    load_manifest,
    manifest_file,
    save_manifest,
)
from .progress import Progress
from .reader import PROGRESS_SLOT, catalog_for
from .settings import cache_folder

logger = logging.getLogger(__name__)

OUTPUT_MARK = "\0output"  # manifest entry naming the output folder it describes


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


def _page_run(
    settings: dict[str, Any], output: Path, progress: Progress | None
) -> tuple[PageRun, Path | None]:
    cache = cache_folder(settings)
    file = manifest_file(cache, output) if cache else None
    previous = output if output.is_dir() and not output.is_symlink() else None
    saved = load_manifest(file) if previous else {}
    if previous is None or saved.get(OUTPUT_MARK) != (_identity(previous),):
        saved = {}  # the output folder is not the one this manifest describes
    run = PageRun(previous, saved, code_print(Path(settings["THEME"])), progress)
    return run, file


def _identity(folder: Path) -> str:
    stat = folder.stat()
    return f"{stat.st_dev}:{stat.st_ino}"


def _finish(run: PageRun, file: Path | None, output: Path) -> None:
    if file is not None:
        save_manifest(file, {**run.current, OUTPUT_MARK: (_identity(output),)})


def run_build(
    settings: dict[str, Any], *, strict: bool = False, progress: Progress | None = None
) -> BuildResult:
    """Build the site; swap it into OUTPUT_PATH unless it failed or strict met a report.

    Pages whose inputs did not change since the previous build are hard-linked from it.
    """
    started = time.perf_counter()
    output = Path(settings["OUTPUT_PATH"])
    staging = staging_dir(output)
    run, manifest = _page_run(settings, output, progress)
    settings = {
        **settings,
        "OUTPUT_PATH": str(staging),
        "DELETE_OUTPUT_DIRECTORY": False,
        PAGES_SLOT: run,
        PROGRESS_SLOT: progress,
    }
    try:
        catalog = catalog_for(settings)
        Pelican(settings).run()
        reports = tuple(catalog.reports.values())
        swapped = not (strict and reports)
        if swapped:
            keep_mtimes(staging, output)
            swap_in(staging, output)
            _finish(run, manifest, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if progress is not None:
            progress.done()
    return BuildResult(
        published=sum(s.status == "published" for s in catalog.stories.values()),
        reports=reports,
        warnings=_warnings(catalog),
        seconds=time.perf_counter() - started,
        swapped=swapped,
        rendered=run.rendered,
        linked=run.linked,
        slowest=max(((t, p) for p, t in catalog.seconds.items()), default=None),
    )
