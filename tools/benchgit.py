"""The bench seeds folder as a desk keeps it: a git repository, one commit a day.

The history is written in one `git fast-import` pass (fast at 100k seeds), each
commit at a set time, so the date chain's `git log` pass is part of every build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from pathlib import Path

BRANCH = "refs/heads/main"
DESK = "Bench Desk <desk@bench.invalid>"
COMMIT_TIME = time(12, 0)  # noon UTC: the same day from UTC-11 to UTC+11
Day = tuple[date, list[tuple[str, bytes]]]  # a day's seeds: (path in folder, bytes)


class BenchGitError(RuntimeError):
    """git is missing or refused to write the bench history."""


def git_env(when: datetime | None = None) -> dict[str, str]:
    """Return an environment for git without the user's configuration."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Bench Desk",
        "GIT_AUTHOR_EMAIL": "desk@bench.invalid",
        "GIT_COMMITTER_NAME": "Bench Desk",
        "GIT_COMMITTER_EMAIL": "desk@bench.invalid",
    }
    if when is not None:
        stamp = when.isoformat()
        env |= {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    return env


def _command(folder: Path, *args: str) -> list[str]:
    found = shutil.which("git")
    if found is None:
        raise BenchGitError(
            "git is not installed: the bench seeds are a git repository"
        )
    return [found, "-C", str(folder), *args]


def _check(folder: Path, name: str, code: int, stderr: bytes) -> None:
    if code != 0:
        error = stderr.decode(errors="replace").strip()
        raise BenchGitError(f"{folder}: git {name} failed: {error}")


def git(folder: Path, *args: str, when: datetime | None = None) -> None:
    """Run git in folder; commits are made at when (author and committer)."""
    done = subprocess.run(
        _command(folder, *args), capture_output=True, env=git_env(when), check=False
    )
    _check(folder, args[0], done.returncode, done.stderr)


def _fast_import(folder: Path, chunks: Iterable[bytes]) -> None:
    """Feed chunks to `git fast-import` as they are made (no whole-corpus copy)."""
    with subprocess.Popen(
        _command(folder, "fast-import", "--quiet"),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=git_env(),
    ) as proc:
        assert proc.stdin is not None  # set by stdin=PIPE
        try:
            for chunk in chunks:
                proc.stdin.write(chunk)
            proc.stdin.close()
        except BrokenPipeError:
            pass  # git stopped early: its error is read below
        stderr = proc.stderr.read() if proc.stderr else b""
        code = proc.wait()
    _check(folder, "fast-import", code, stderr)


def commit_time(day: date) -> datetime:
    """Return when the desk committed the seeds of day."""
    return datetime.combine(day, COMMIT_TIME, tzinfo=UTC)


def _stream(days: Iterable[Day]) -> Iterable[bytes]:
    for day, seeds in days:  # each commit's parent: the branch's previous commit
        stamp = int(commit_time(day).timestamp())
        message = f"Copy of {day.isoformat()}\n".encode()
        yield f"commit {BRANCH}\ncommitter {DESK} {stamp} +0000\n".encode()
        yield b"data %d\n%s" % (len(message), message)
        for name, data in seeds:
            yield b"M 100644 inline %s\ndata %d\n%s\n" % (
                name.encode(),
                len(data),
                data,
            )
        yield b"\n"


def commit_days(folder: Path, days: Iterable[Day]) -> None:
    """Make folder a fresh repository holding one commit per day of seeds."""
    shutil.rmtree(folder / ".git", ignore_errors=True)
    git(folder, "init", "-q", "-b", "main")
    _fast_import(folder, _stream(days))
    git(folder, "read-tree", "HEAD")  # the index knows the seeds: later commits add


def commit_files(folder: Path, names: list[str], when: datetime, message: str) -> None:
    """Commit the named files of folder at when, as a desk commits new copy."""
    git(folder, "add", "--", *names)
    git(folder, "commit", "-q", "-m", message, when=when)
