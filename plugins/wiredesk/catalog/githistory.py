"""When each seed was first committed: one `git log` pass over a seeds folder."""

# ruff: noqa: PTH100, PTH118 - abspath and join: plain strings over every seed

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..prints import fingerprint
from .pickles import LOAD_ERRORS, dump_pickle, load_pickle

GIT_TIMEOUT = 600  # seconds; a huge history is read once, then cached
SHALLOW = (
    "the git history is shallow, so it cannot date stories: clone it whole "
    "(actions/checkout with fetch-depth: 0, or git fetch --unshallow)"
)


@dataclass(frozen=True, slots=True)
class History:
    """First-commit times of the seeds below a folder, by absolute path."""

    times: dict[str, datetime] = field(default_factory=dict)
    shallow: bool = False


def _git(folder: Path, *args: str) -> str | None:
    """Return git's output in folder, or None without git or outside a repository."""
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            check=False,
            timeout=GIT_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (
        done.stdout.decode("utf-8", "surrogateescape") if done.returncode == 0 else None
    )


def first_commits(
    log: str, top: str, known: dict[str, datetime] | None = None
) -> dict[str, datetime]:
    """Read `git log --reverse --name-status -z --format=%x01%ct` output.

    Returns the time each path (absolute, below top) was first committed; a renamed
    file keeps the time of the name it had, a deleted one is forgotten. known: the
    times read from the commits before these (the log then goes on from them).
    """
    times: dict[str, datetime] = dict(known or {})
    for commit in log.split("\x01")[1:]:
        stamp, _, changes = commit.partition("\0")
        when = datetime.fromtimestamp(int(stamp), UTC)
        tokens = changes.lstrip("\n").split("\0")
        i = 0
        while i < len(tokens) and tokens[i]:
            status, path = tokens[i], os.path.join(top, tokens[i + 1])
            if status[0] in "RC":
                new = os.path.join(top, tokens[i + 2])
                first = times.pop(path, when) if status[0] == "R" else when
                times[new] = first
                i += 3
                continue
            if status[0] == "A":
                times.setdefault(path, when)
            elif status[0] == "D":
                times.pop(path, None)
            i += 2
    return times


def _log(folder: Path, *commits: str) -> str | None:
    return _git(
        folder,
        "log",
        "--reverse",
        "-M",
        "--name-status",
        "-z",
        "--format=%x01%ct",
        *commits,
        "--",
        ".",
    )


def _read(folder: Path, top: str) -> dict[str, datetime]:
    log = _log(folder)
    return first_commits(log, top) if log else {}


def _read_since(
    folder: Path, top: str, kept: tuple[str, dict[str, datetime]]
) -> dict[str, datetime]:
    """Return the times after the commits since the kept HEAD, read on from it.

    A kept HEAD that is no longer in the history (rebased, amended) means reading
    it all again.
    """
    head, times = kept[0].strip(), kept[1]
    if _git(folder, "merge-base", "--is-ancestor", head, "HEAD") is None:
        return _read(folder, top)
    log = _log(folder, f"{head}..HEAD")
    return times if log is None else first_commits(log, top, times)


def read_history(folder: Path, cache: Path | None = None) -> History:
    """Return the first-commit times of the seeds below folder (empty outside git).

    A shallow clone gives none: every seed would seem committed at its cut-off.
    The times are kept in the cache folder; when HEAD has moved, only the commits
    since the kept HEAD are read.
    """
    found = _git(folder, "rev-parse", "--is-shallow-repository", "--show-toplevel")
    head = _git(folder, "rev-parse", "-q", "--verify", "HEAD")
    if found is None or head is None:
        return History()
    shallow, top = found.split("\n")[:2]
    if shallow == "true":
        return History(shallow=True)
    real = os.path.realpath(folder)
    name = fingerprint(real)[:16]
    file = cache / f"git-{name}.pickle" if cache else None
    kept = None
    if file is not None:
        try:
            kept = load_pickle(file)
            kept_head, times = kept  # type: ignore[misc]
            if kept_head == head:
                return History(_below(times, real, str(folder)))
        except LOAD_ERRORS:
            kept = None
    times = _read(folder, top) if kept is None else _read_since(folder, top, kept)
    if file is not None:
        dump_pickle(file, (head, times))
    return History(_below(times, real, str(folder)))


def _below(times: dict[str, datetime], real: str, folder: str) -> dict[str, datetime]:
    """Return the times of paths below real, as paths below folder (its alias)."""
    if real == os.path.abspath(folder):
        return times
    prefix = real + os.sep
    target = os.path.abspath(folder)
    return {
        os.path.join(target, p[len(prefix) :]): t
        for p, t in times.items()
        if p.startswith(prefix)
    }
