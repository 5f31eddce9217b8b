"""Run Pagefind: one shard's story pages into one bundle, two shards at a time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..output.lock import area_output, work_folder

CONCURRENT = 2  # Pagefind runs at once
SEARCH_DIR = "pagefind"

Shards = dict[str, list[str]]  # ISO week "YYYY-Www" -> story page files (relative)


class SearchIndexError(RuntimeError):
    """Pagefind could not index the built site."""


def link_tree(source: Path, target: Path) -> None:
    """Hard-link (or copy) every file of source into target."""
    for path in sorted(source.rglob("*")):
        if path.is_file():
            dest = target / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, dest)
            except OSError:
                shutil.copy2(path, dest)


def pagefind_command() -> list[str]:
    """Return the command that runs Pagefind."""
    try:
        from pagefind.service import get_executable  # noqa: PLC0415

        binary = get_executable()
    except ImportError:
        binary = None
    return [str(binary)] if binary else [sys.executable, "-m", "pagefind"]


def pagefind_version() -> str:
    """Return the installed Pagefind's version."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("pagefind")
    except PackageNotFoundError:
        return "unknown"


def index_shard(
    site: Path, files: list[str], bundle: Path, source: Path | None = None
) -> None:
    """Run Pagefind over one shard's story pages (read from source) into bundle.

    source holds the files the index reads at the pages' paths: the site itself, or
    the search documents of a site with another theme.
    """
    source = source or site
    work = work_folder(area_output(site), "search-pages")
    try:
        for name in files:
            dest = work / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source / name, dest)
            except OSError:
                shutil.copy2(source / name, dest)
        command = [*pagefind_command(), "--site", str(work)]
        command += ["--output-path", str(bundle), "--silent"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed on {bundle}: {result.stderr.strip()}")


def index_shards(site: Path, shards: Shards, source: Path | None = None) -> None:
    """Index shards at most CONCURRENT at a time: memory stays that of two shards."""
    index_shards_into(site, shards, site / SEARCH_DIR, source)


def index_shards_into(
    site: Path, shards: Shards, folder: Path, source: Path | None = None
) -> None:
    """Index each shard's pages of site into folder/<shard>, two at a time."""
    with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
        runs = [
            pool.submit(index_shard, site, files, folder / shard, source)
            for shard, files in sorted(shards.items())
        ]
        for run in runs:
            run.result()
