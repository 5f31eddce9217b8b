"""What `invoke build` hands a Pelican run, and what the run hands back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..catalog.catalog import Catalog, scan_seeds
from ..settings import cache_folder, check_settings, extract_options, seed_roots
from .progress import Progress
from .result import BuildResult


@dataclass(slots=True)
class BuildOutcome:
    """What the run did, for `invoke build`'s summary."""

    rendered: int = 0
    kept: int = 0
    search_seconds: float = 0.0
    summary: BuildResult | None = None  # stories, reports, warnings (posts included)


@dataclass(slots=True)
class BuildOptions:
    """What `invoke build` adds to a Pelican run: progress and a catalog read first."""

    progress: Progress | None = None
    catalog: Catalog | None = None
    outcome: BuildOutcome | None = None  # filled in by the run
    strict: bool = False  # any report stops the run before anything is swapped in
    log_reports: bool = True  # invoke build lists them itself, at the end


class StrictRefusalError(RuntimeError):
    """A strict build met reports: nothing is published."""

    def __init__(self, count: int) -> None:
        """Say how many files were reported."""
        super().__init__(f"strict: {count} file(s) reported; output left unchanged")
        self.count = count


def read_catalog(settings: dict[str, Any], progress: Progress | None) -> Catalog:
    """Return the stories of the seed folders the settings name (checked first)."""
    check_settings(settings)
    return scan_seeds(
        seed_roots(settings),
        extract_options(settings),
        cache=cache_folder(settings),
        progress=progress,
    )


_NEXT: list[BuildOptions] = []  # options for the next run, set by invoke build


def next_run(options: BuildOptions) -> None:
    """Hand options to the next Pelican run in this process."""
    _NEXT[:] = [options]


def take_options() -> BuildOptions:
    """Return the options handed to this run (defaults for plain `pelican`)."""
    return _NEXT.pop() if _NEXT else BuildOptions()
