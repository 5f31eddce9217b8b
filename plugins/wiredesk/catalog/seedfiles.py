"""The seed files below a seeds folder, and how a build names them."""

# ruff: noqa: PTH118 - abspath, not resolve; plain strings over every seed

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """Return path relative to the working directory when it lies below it."""
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else Path(rel).as_posix()


def list_seeds(root: Path) -> list[Path]:
    """Return every *.txt below root (or root itself), sorted by code point."""
    if root.is_file():
        return [root]
    found: list[tuple[str, str]] = []
    top = str(root)
    for folder, dirs, files in os.walk(top):  # never into symlinked folders
        rel = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        dirs.sort()
        found += [
            (prefix + n, os.path.join(folder, n)) for n in files if n.endswith(".txt")
        ]
    return [Path(path) for _rel, path in sorted(found)]


def linked_seeds(root: Path) -> list[Path]:
    """Return the *.txt files below symlinked folders of root (never published)."""
    if not root.is_dir():
        return []
    found: list[Path] = []
    for folder, dirs, _files in os.walk(root):
        for name in sorted(dirs):
            link = Path(folder) / name
            if link.is_symlink():
                found += sorted(link.rglob("*.txt"))
    return found
