"""Site search in weekly shards: one Pagefind bundle per ISO week of story dates.

A rebuild indexes again only the weeks whose story pages changed; the other
weeks' bundles are linked from the previous output. Weeks keep each index run
small (an edit indexes one week's stories again); the search page merges the
newest weeks first and older ones on request.
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
    index_shards,
    index_shards_into,
    link_tree,
    pagefind_version,
)

SHARDS_FILE = "shards.json"
FORMAT = "wiredesk-shards-2"  # change to index every shard again

Manifest = dict[str, tuple[str, dict[str, str]]]  # shard -> (pages print, files)


def file_hash(path: Path) -> str:
    """Return the print of a file's bytes."""
    return fingerprint(path.read_bytes())


def pages_print(site: Path, files: list[str], version: str) -> str:
    """Return the print of one shard's story pages: their names and bytes."""
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
    shard: str,
    saved: tuple[str, dict[str, str]] | None,
    mark: str,
) -> bool:
    """Tell whether the previous output holds this shard's bundle for these pages."""
    if previous is None or saved is None or saved[0] != mark:
        return False
    folder = previous / SEARCH_DIR / shard
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
        shard: (entry[0], entry[1])
        for shard, entry in data.items()
        if isinstance(entry, list) and len(entry) == len(("print", "files"))
    }


def save_manifest(file: Path, manifest: Manifest) -> None:
    """Write the shard manifest atomically."""
    file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(file) as f:
        f.write(json.dumps(manifest, sort_keys=True).encode("utf-8"))


def build_shards(
    site: Path,
    shards: Shards,
    previous: Path | None,
    cache: Path | None,
    source: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Write one bundle per shard and shards.json; return (indexed, reused) shards.

    source: where the indexed files are (default: the site's own story pages).
    """
    source = source or site
    file = manifest_file(cache, staged_output(site)) if cache else None
    saved, current = load_manifest(file), {}
    version = pagefind_version()
    indexed, reused = [], []
    for shard in sorted(shards):
        mark = pages_print(source, shards[shard], version)
        if reusable(previous, shard, saved.get(shard), mark):
            link_tree(previous / SEARCH_DIR / shard, site / SEARCH_DIR / shard)
            reused.append(shard)
            current[shard] = saved[shard]
        else:
            indexed.append(shard)
            current[shard] = (mark, {})
    index_shards(site, {m: shards[m] for m in indexed}, source)
    for shard in indexed:
        current[shard] = (current[shard][0], shard_files(site / SEARCH_DIR / shard))
    listing = [f"{m}/" for m in sorted(shards, reverse=True)]
    (site / SEARCH_DIR).mkdir(parents=True, exist_ok=True)
    (site / SEARCH_DIR / SHARDS_FILE).write_text(json.dumps(listing), encoding="utf-8")
    if file is not None:
        save_manifest(file, current)
    return indexed, reused


def update_shards(
    site: Path,
    shards: Shards,
    changed: tuple[str, ...],
    cache: Path | None,
    source: Path | None = None,
) -> None:
    """Index again, in place, the shards whose story pages changed; drop gone shards."""
    source = source or site
    file = manifest_file(cache, site) if cache else None
    saved = load_manifest(file)
    version = pagefind_version()
    fresh = {m: shards[m] for m in changed if m in shards}
    work = work_folder(site, "search-new")  # in the staging area: no litter in site
    try:
        index_shards_into(site, fresh, work, source)
        for shard in changed:
            target = site / SEARCH_DIR / shard
            if shard in fresh:
                _replace_folder(work / shard, target)
            elif target.exists():
                target.rename(work / f"retired-{shard}")
            saved.pop(shard, None)
            if shard in fresh:
                mark = pages_print(source, shards[shard], version)
                saved[shard] = (mark, shard_files(target))
        listing = [f"{m}/" for m in sorted(shards, reverse=True)]
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
