"""`invoke build`: Pelican's run (the plugin does the work) plus what the CLI lacks.

Before the run, the seeds are read once, so `--strict` can refuse to publish any
report while the previous output stays untouched; progress is shown as it goes.
This module loads only what the settings need: a first build's gazetteer is
under way before the rest of the build is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pelican.settings import read_settings

from ..catalog.gazahead import write_ahead
from ..output.lock import hold_output_lock
from ..settings import cache_folder
from .collect import rare_collections

if TYPE_CHECKING:
    from .progress import Progress
    from .result import BuildResult


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
        write_ahead(cache_folder(settings))
        from .steps import build_locked  # noqa: PLC0415 - once the gazetteer is under way

        return build_locked(settings, strict=strict, progress=progress)
