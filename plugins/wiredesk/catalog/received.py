"""When the site received each seed: its first commit, else its file time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..model import FILE_TIME, GIT_HISTORY, Received, Story
from .githistory import SHALLOW, read_history

UNDATED = ("no date", "no year")


@dataclass(slots=True)
class Arrivals:
    """First-commit times by absolute path, and the folders whose history is cut."""

    times: dict[str, datetime] = field(default_factory=dict)
    shallow: list[Path] = field(default_factory=list)

    def received(self, abspath: str, stat: os.stat_result) -> Received:
        """Return when the site received a seed: first commit, else file time."""
        when = self.times.get(abspath)
        if when is not None:
            return Received(when, GIT_HISTORY)
        return Received(datetime.fromtimestamp(int(stat.st_mtime), UTC), FILE_TIME)


def read_arrivals(roots: list[Path], cache: Path | None) -> Arrivals:
    """Read the git history of every seeds folder once (kept in the cache folder)."""
    arrivals = Arrivals()
    for root in roots:
        folder = root if root.is_dir() else root.parent
        history = read_history(folder, cache)
        arrivals.times.update(history.times)
        if history.shallow:
            arrivals.shallow.append(folder)
    return arrivals


def shallow_reason(
    arrivals: Arrivals, stories: list[Story], reasons: list[str]
) -> str | None:
    """Return why a shallow history spoils the build, when a seed needed it."""
    if not arrivals.shallow:
        return None
    needed = any(s.date_source == FILE_TIME for s in stories) or any(
        r.startswith(UNDATED) for r in reasons
    )
    return SHALLOW if needed else None
