"""The theme's static files in a rebuild in place: replaced atomically, if changed.

Pelican copies THEME_STATIC_PATHS over the output on every run, truncating each
file and writing it again, so a reader fetching a stylesheet during a rebuild can
get half of it, and every run gives it a new mtime. A full build writes into its
staging folder, which is swapped in whole; a rebuild in place copies the same
files itself: through a temporary file renamed over the old one, and only when
the bytes differ.
"""

# ruff: noqa: PTH113, PTH118, PTH119, PTH123 - plain strings, as Pelican walks them

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .atomic import write_changed


def _ignored(name: str, ignores: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in ignores)


def theme_files(theme: str, settings: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (source, output path) of each theme static file, as Pelican copies them.

    A static path that is a file lands in THEME_STATIC_DIR by its name; a folder's
    contents land in THEME_STATIC_DIR (symlinked folders followed, IGNORE_FILES
    patterns matched against each name left out).
    """
    target = settings.get("THEME_STATIC_DIR", "theme")
    ignores = settings.get("IGNORE_FILES") or ()
    for path in settings.get("THEME_STATIC_PATHS") or ():
        source = os.path.join(theme, path)
        if _ignored(os.path.basename(path), ignores):
            continue
        if os.path.isfile(source):
            yield source, os.path.join(target, os.path.basename(path))
            continue
        for folder, dirs, files in os.walk(source, followlinks=True):
            dirs[:] = sorted(d for d in dirs if not _ignored(d, ignores))
            rel = os.path.relpath(folder, source)
            for name in sorted(files):
                file = os.path.join(folder, name)
                if not _ignored(name, ignores) and os.path.isfile(file):
                    yield file, os.path.normpath(os.path.join(target, rel, name))


def copy_theme_files(theme: str, settings: Mapping[str, Any], output: str) -> int:
    """Copy the theme's static files into output; return how many changed."""
    changed = 0
    for source, rel in theme_files(theme, settings):
        with open(source, "rb") as f:
            changed += write_changed(output, rel, f.read())
    return changed
