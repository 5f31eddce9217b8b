"""The seed files below a seeds folder, and how a build names them."""

# ruff: noqa: PTH100, PTH118 - abspath, not resolve; plain strings over every seed

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

# A seed as a build finds it: its path as found below its root, its absolute
# path (the catalog's key) and the root (a folder, or a file's folder).
Seed = tuple[str, str, Path]


def display_path(path: Path) -> str:
    """Return path relative to the working directory when it lies below it."""
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else Path(rel).as_posix()


def display_paths(paths: Iterable[str]) -> dict[str, str]:
    """Return display_path of each absolute path, with one relpath per folder."""
    folders: dict[str, str | None] = {}
    shown: dict[str, str] = {}
    for path in paths:
        folder, name = os.path.split(path)
        if folder not in folders:
            rel = os.path.relpath(folder)
            folders[folder] = None if rel.startswith("..") else rel
        rel = folders[folder]
        # relpath(path) is relpath(folder) and name: it starts with ".." when that does
        shown[path] = Path(path if rel is None else os.path.join(rel, name)).as_posix()
    return shown


def list_seeds(root: Path) -> list[Path]:
    """Return every *.txt below root (or root itself), sorted by code point."""
    return [Path(given) for given, _abspath in seed_files(root)]


def seed_files(root: Path) -> list[tuple[str, str]]:
    """Return (path as found below root, absolute path) of list_seeds' seeds.

    Plain strings, the absolute path normalised as os.path.abspath makes it: a
    build lists every seed of the archive this way.
    """
    if root.is_file():
        return [(str(root), os.path.abspath(root))]
    found: list[tuple[str, str, str]] = []
    top = str(root)
    for folder, dirs, files in os.walk(top):  # never into symlinked folders
        rel = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        dirs.sort()
        # A file name has no separator and is never "." or "..": joined to the
        # folder's absolute path it is the file's, normalised.
        absolute = os.path.abspath(folder)
        found += [
            (prefix + n, os.path.join(folder, n), os.path.join(absolute, n))
            for n in files
            if n.endswith(".txt")
        ]
    found.sort()
    return [(given, absolute) for _rel, given, absolute in found]


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


def seeds_below(roots: list[Path]) -> list[Seed]:
    """Return the seeds below each root in turn, each in code-point order."""
    seeds: list[Seed] = []
    for root in roots:
        folder = root if root.is_dir() else root.parent
        seeds += [(given, abspath, folder) for given, abspath in seed_files(root)]
    return seeds


def shown(seed: Seed) -> str:
    """Return how reports name a seed."""
    return display_path(Path(seed[0]))
