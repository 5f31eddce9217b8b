"""What a build tells of its stories: published, reports, warnings, times."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog.catalog import Catalog, Report
from ..catalog.seedfiles import display_paths


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


def _warnings(catalog: Catalog) -> tuple[str, ...]:
    warned = [(path, s.warnings) for path, s in catalog.stories.items() if s.warnings]
    shown = display_paths(path for path, _ in warned)
    return tuple(
        f"{shown[path]}: {warning}" for path, warnings in warned for warning in warnings
    )


def summarize(catalog: Catalog) -> BuildResult:
    """Return what a build tells of its stories (times and counts filled in later)."""
    return BuildResult(
        published=sum(s.status == "published" for s in catalog.stories.values()),
        reports=tuple(catalog.reports.values()),
        warnings=_warnings(catalog),
        seconds=0.0,
        swapped=False,
        slowest=max(((t, p) for p, t in catalog.seconds.items()), default=None),
    )
