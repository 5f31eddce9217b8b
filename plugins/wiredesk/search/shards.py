"""Site search in monthly shards: one Pagefind bundle per month of story dates.

A rebuild indexes again only the months whose story pages changed; the other
months' bundles are linked from the previous output.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..output.atomic import atomic_file
from ..output.lock import work_folder
from ..output.swap import exchange, staged_output
from ..prints import fingerprint
from .pagefind import (
    SEARCH_DIR,
    Shards,
    index_months,
    index_months_into,
    link_tree,
    pagefind_version,
)

SHARDS_FILE = "shards.json"
FORMAT = "wiredesk-shards-1"  # change to index every month again

Manifest = dict[str, tuple[str, dict[str, str]]]  # month -> (pages print, files)


def file_hash(path: Path) -> str:
    """Return the print of a file's bytes."""
    return fingerprint(path.read_bytes())


def pages_print(site: Path, files: list[str], version: str) -> str:
    """Return the print of one month's story pages: their names and bytes."""
    return fingerprint(FORMAT, version, *((n, file_hash(site / n)) for n in files))


def shard_files(folder: Path) -> dict[str, str]:
    """Return every file of a bundle folder with its hash, by relative path."""
    return {
        p.relative_to(folder).as_posix(): file_hash(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def reusable(
    previous: Path | None,
    month: str,
    saved: tuple[str, dict[str, str]] | None,
    mark: str,
) -> bool:
    """Tell whether the previous output holds this month's bundle for these pages."""
    if previous is None or saved is None or saved[0] != mark:
        return False
    folder = previous / SEARCH_DIR / month
    try:
        return shard_files(folder) == saved[1]
    except OSError:
        return False


def manifest_file(cache: Path, output: Path) -> Path:
    """Return where the shard manifest of an output folder is kept."""
    name = fingerprint(str(output.resolve()))[:12]
    return cache / f"search-{name}.json"


def load_manifest(file: Path | None) -> Manifest:
    """Return the saved shard manifest (empty when absent or unreadable)."""
    try:
        data = json.loads(file.read_text(encoding="utf-8")) if file else {}
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        month: (entry[0], entry[1])
        for month, entry in data.items()
        if isinstance(entry, list) and len(entry) == len(("print", "files"))
    }


def save_manifest(file: Path, manifest: Manifest) -> None:
    """Write the shard manifest atomically."""
    file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(file) as f:
        f.write(json.dumps(manifest, sort_keys=True).encode("utf-8"))


def build_shards(
    site: Path, months: Shards, previous: Path | None, cache: Path | None
) -> tuple[list[str], list[str]]:
    """Write one bundle per month and shards.json; return (indexed, reused) months."""
    file = manifest_file(cache, staged_output(site)) if cache else None
    saved, current = load_manifest(file), {}
    version = pagefind_version()
    indexed, reused = [], []
    for month in sorted(months):
        mark = pages_print(site, months[month], version)
        if reusable(previous, month, saved.get(month), mark):
            link_tree(previous / SEARCH_DIR / month, site / SEARCH_DIR / month)
            reused.append(month)
            current[month] = saved[month]
        else:
            indexed.append(month)
            current[month] = (mark, {})
    index_months(site, {m: months[m] for m in indexed})
    for month in indexed:
        current[month] = (current[month][0], shard_files(site / SEARCH_DIR / month))
    listing = [f"{m}/" for m in sorted(months, reverse=True)]
    (site / SEARCH_DIR).mkdir(parents=True, exist_ok=True)
    (site / SEARCH_DIR / SHARDS_FILE).write_text(json.dumps(listing), encoding="utf-8")
    if file is not None:
        save_manifest(file, current)
    return indexed, reused


def update_shards(
    site: Path, months: Shards, changed: tuple[str, ...], cache: Path | None
) -> None:
    """Index again, in place, the months whose story pages changed; drop gone months."""
    file = manifest_file(cache, site) if cache else None
    saved = load_manifest(file)
    version = pagefind_version()
    fresh = {m: months[m] for m in changed if m in months}
    work = work_folder(site, "search-new")  # in the staging area: no litter in site
    try:
        index_months_into(site, fresh, work)
        for month in changed:
            target = site / SEARCH_DIR / month
            if month in fresh:
                _replace_folder(work / month, target)
            elif target.exists():
                target.rename(work / f"retired-{month}")
            saved.pop(month, None)
            if month in fresh:
                mark = pages_print(site, months[month], version)
                saved[month] = (mark, shard_files(target))
        listing = [f"{m}/" for m in sorted(months, reverse=True)]
        (work / SHARDS_FILE).write_text(json.dumps(listing), encoding="utf-8")
        (work / SHARDS_FILE).replace(site / SEARCH_DIR / SHARDS_FILE)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if file is not None:
        save_manifest(file, saved)


def _replace_folder(new: Path, target: Path) -> None:
    """Put folder new at target in one step: readers see the old bundle or the new."""
    if not target.exists():
        new.rename(target)
    elif exchange(new, target):
        shutil.rmtree(new)
    else:
        target.rename(new.with_name(f"{new.name}-retired"))
        new.rename(target)
