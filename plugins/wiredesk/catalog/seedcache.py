"""The extraction cache: results keyed by bytes, name, extractor and options."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..extract import EXTRACTOR_VERSION, ExtractOptions
from ..model import Dateline, Story
from ..prints import fingerprint
from .pickles import LOAD_ERRORS, dump_pickle, load_pickle

logger = logging.getLogger(__name__)

# A cached result: the Story, or the report reason of a seed that cannot be one.
Result = Story | str
StatSig = tuple[int, int, int, str]  # size, mtime_ns, inode, received time
CACHE_FORMAT = "3"  # 3: stories without their paragraphs (see bodies.py)


def options_fingerprint(options: ExtractOptions) -> str:
    """Return a short hash of the extractor version and the options of a Story."""
    values = asdict(options)
    values["sections"] = {k: list(v) for k, v in options.sections.items()}
    # A new field empties the cache, and so does importing the plugin under another
    # module path: pickled stories name their class by module.
    shape = [Story.__module__, *(f.name for f in (*fields(Story), *fields(Dateline)))]
    blob = json.dumps(
        [CACHE_FORMAT, EXTRACTOR_VERSION, shape, values], sort_keys=True, default=repr
    )
    return fingerprint(blob)[:16]


def content_key(name: str, data: bytes, received: str = "") -> str:
    """Return the cache key of a seed: file name, received time and bytes.

    The received time (first commit or file time) may date the story.
    """
    return fingerprint(name, received, data)


def stat_sig(stat: os.stat_result, received: str = "") -> StatSig:
    """Return what tells an unchanged file (and received time) without reading it."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino, received)


Stats = dict[str, tuple[StatSig, str]]
# A build that changes few entries writes them to a small journal beside the cache
# instead of rewriting every story; past this share the cache is written anew.
JOURNAL_SHARE = 0.02
JOURNAL_MIN = 200


@dataclass(slots=True)
class SeedCache:
    """Results by content key, and the last stat of each path (to skip hashing)."""

    file: Path | None = None
    results: dict[str, Result] = field(default_factory=dict)
    stats: Stats = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    seen: Stats = field(default_factory=dict)
    dirty: bool = False
    base: tuple[frozenset[str], Stats] = (frozenset(), {})  # what the main file holds

    def known_key(self, path: str, sig: StatSig) -> str | None:
        """Return the content key of path when its stat did not change."""
        hit = self.stats.get(path)
        return hit[1] if hit and hit[0] == sig and hit[1] in self.results else None

    def lookup(self, path: str, sig: StatSig, key: str) -> Result | None:
        """Return the cached result of key (None on a miss) and note path's stat."""
        self.used.add(key)
        self.seen[path] = (sig, key)
        if self.stats.get(path) != (sig, key):
            self.dirty = True
        return self.results.get(key)

    def store(self, key: str, result: Result) -> None:
        """Remember a fresh result."""
        self.results[key] = result
        self.dirty = True

    def save(self) -> bool:
        """Keep the entries this build used (others are dropped), atomically.

        Return whether the main file was written anew (not only its journal).
        """
        if self.file is None or not (self.dirty or len(self.used) != len(self.results)):
            return False
        keys, stats = self.base
        added = {k: self.results[k] for k in self.used if k not in keys}
        dropped = keys - self.used
        moved = {p: v for p, v in self.seen.items() if stats.get(p) != v}
        gone = [p for p in stats if p not in self.seen]
        changes = len(added) + len(dropped) + len(moved) + len(gone)
        if keys and changes <= max(JOURNAL_MIN, JOURNAL_SHARE * len(keys)):
            dump_pickle(journal_of(self.file), (added, dropped, moved, gone))
            return False
        kept = {k: v for k, v in self.results.items() if k in self.used}
        dump_pickle(self.file, (kept, self.seen))
        journal_of(self.file).unlink(missing_ok=True)
        for other in self.file.parent.glob("stories-*.pickle"):
            if other != self.file:
                other.unlink(missing_ok=True)  # another extractor version or options
                journal_of(other).unlink(missing_ok=True)
                bodies_file(other).unlink(missing_ok=True)
        return True


def journal_of(file: Path) -> Path:
    """Return the journal kept beside a cache file."""
    return file.with_suffix(".journal")


def bodies_file(file: Path) -> Path:
    """Return the file of story bodies kept beside a cache file."""
    return file.with_suffix(".bodies.sqlite")


def _replay(file: Path, results: dict[str, Result], stats: Stats) -> None:
    """Apply the journal beside file, if any, to what the file held."""
    try:
        added, dropped, moved, gone = load_pickle(journal_of(file))  # type: ignore[misc]
    except FileNotFoundError:
        return
    results.update(added)
    for key in dropped:
        results.pop(key, None)
    stats.update(moved)
    for path in gone:
        stats.pop(path, None)


def open_cache(folder: Path | None, options: ExtractOptions) -> SeedCache:
    """Load the cache of these options from folder (empty when absent or unreadable)."""
    if folder is None:
        return SeedCache()
    file = folder / f"stories-{options_fingerprint(options)}.pickle"
    try:
        results, stats = load_pickle(file)  # type: ignore[misc]
        base = (frozenset(results), dict(stats))
        _replay(file, results, stats)
    except FileNotFoundError:
        return SeedCache(file)
    except LOAD_ERRORS as e:
        logger.warning("ignoring unreadable extraction cache %s: %s", file, e)
        return SeedCache(file)
    return SeedCache(file, results, stats, base=base)
