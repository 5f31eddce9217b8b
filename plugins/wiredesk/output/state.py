"""What a build leaves for the next one: the print of every file it wrote.

A rebuild whose code, theme, content pages and settings are unchanged compares
these prints with its own plan and writes only the files whose print changed.
"""

# ruff: noqa: PTH116, PTH118 - a walk over theme and content files: plain strings

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pelican

from ..catalog.pickles import LOAD_ERRORS, dump_pickle, load_pickle
from ..feeds.plan import FeedJob
from ..prints import fingerprint
from ..site.listing import Shown
from ..site.model import NavPage
from ..site.views import ViewMark

STATE_FORMAT = 6
# The package's modules that no page shows (`invoke inspect`'s printer); the other
# tasks' modules live in tools/, outside the package.
TOOLING = frozenset({"inspect.py"})
StoryMark = tuple[float, tuple[str, ...]]  # a story's time and related names


@dataclass(slots=True)
class BuildState:
    """The prints of one build's output, keyed by file, and what rebuilds reuse."""

    statics: str
    output_id: str
    nav: list[NavPage] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)  # save_as -> print
    feeds: dict[tuple[str, ...], str] = field(default_factory=dict)  # paths -> print
    feed_jobs: list[FeedJob] = field(default_factory=list)  # the plan's, in order
    others: dict[str, str] = field(default_factory=dict)  # file -> sha1 of bytes
    months: dict[str, str] = field(default_factory=dict)  # search shard -> print
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    marks: dict[str, StoryMark] = field(default_factory=dict)
    views: dict[str, ViewMark] = field(default_factory=dict)  # seeds' URLs, cards
    listings: dict[str, Shown] = field(default_factory=dict)  # by story id
    site: str = ""  # what every page shows: a change needs Pelican's pages too
    format: int = STATE_FORMAT


def _tree_print(roots: Iterable[Path]) -> list[tuple[str, int, int]]:
    found = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")) or name in TOOLING:
                    continue
                path = os.path.join(folder, name)
                stat = os.stat(path)
                found.append((path, stat.st_size, stat.st_mtime_ns))
    return found


def statics_print(settings: dict[str, Any], settings_mark: str) -> str:
    """Return the print of what is not a seed: code, theme, content pages, settings."""
    code = Path(__file__).resolve().parents[1]  # the whole plugin package
    roots = [code, Path(settings["THEME"]), Path(settings.get("PATH") or "content")]
    parts = (STATE_FORMAT, pelican.__version__, settings_mark, _tree_print(roots))
    return fingerprint(*parts)


def output_id(folder: Path) -> str:
    """Return what tells this output folder from one put in its place."""
    stat = folder.stat()
    return f"{stat.st_dev}:{stat.st_ino}"


def state_file(cache: Path, output: Path) -> Path:
    """Return where the state of an output folder is kept."""
    name = fingerprint(str(output.resolve()))[:12]
    return cache / f"site-{name}.pickle"


def load_state(file: Path | None) -> BuildState | None:
    """Return the saved state, or None when absent, unreadable or of another format."""
    if file is None:
        return None
    try:
        state = load_pickle(file)
    except LOAD_ERRORS:
        return None
    ok = isinstance(state, BuildState) and state.format == STATE_FORMAT
    return state if ok else None


def save_state(file: Path | None, state: BuildState) -> None:
    """Write the state atomically."""
    if file is not None:
        dump_pickle(file, state)


def forget_state(file: Path | None) -> None:
    """Remove the saved state (the output no longer matches it)."""
    if file is not None:
        file.unlink(missing_ok=True)
