"""A throw-away git copy of the project, for tasks that write branches or watch."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = (
    "pelicanconf.py",
    "publishconf.py",
    "tasks.py",
    ".gitignore",
    "content",
    "theme",
    "plugins",
    "tools",
    "seeds",
)
CACHE = "cache"  # git-ignored; keyed by content hash, so a copy only saves time
GIT_ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
}


def git(repo: Path, *args: str) -> str:
    """Run git in repo, isolated from the user's git settings; return its stdout."""
    done = subprocess.run(
        ["git", *args],
        cwd=repo,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def copy_project(dest: Path) -> Path:
    """Copy the site sources (no output/, cache/, .git) into dest, committed on main."""
    dest.mkdir(parents=True)
    for name in SOURCE:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(
                src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(src, dest / name)
    if (ROOT / CACHE).is_dir():
        shutil.copytree(ROOT / CACHE, dest / CACHE)
    git(dest, "init", "--quiet", "--initial-branch=main")
    git(dest, "add", ".")
    git(dest, "commit", "--quiet", "-m", "Site source")
    return dest
