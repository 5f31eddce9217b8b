"""The extraction cache: results keyed by bytes, name, extractor and options."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import pickle
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .extract import EXTRACTOR_VERSION, ExtractOptions
from .model import Dateline, Story

logger = logging.getLogger(__name__)

# A cached result: the Story, or the report reason of a seed that cannot be one.
Result = Story | str
StatSig = tuple[int, int, int]  # size, mtime_ns, inode
CACHE_FORMAT = "1"


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
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def content_key(name: str, data: bytes) -> str:
    """Return the cache key of a seed: its file name (year, story key) and its bytes."""
    digest = hashlib.sha256(name.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def stat_sig(stat: os.stat_result) -> StatSig:
    """Return what tells an unchanged file without reading it."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


@dataclass(slots=True)
class SeedCache:
    """Results by content key, and the last stat of each path (to skip hashing)."""

    file: Path | None = None
    results: dict[str, Result] = field(default_factory=dict)
    stats: dict[str, tuple[StatSig, str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    seen: dict[str, tuple[StatSig, str]] = field(default_factory=dict)
    dirty: bool = False

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

    def save(self) -> None:
        """Write the entries this build used (others are dropped), atomically."""
        if self.file is None or not (self.dirty or len(self.used) != len(self.results)):
            return
        kept = {k: v for k, v in self.results.items() if k in self.used}
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(f".tmp-{os.getpid()}")
        with tmp.open("wb") as f:
            pickle.dump((kept, self.seen), f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self.file)
        for other in self.file.parent.glob("stories-*.pickle"):
            if other != self.file:
                other.unlink(missing_ok=True)  # another extractor version or options


def open_cache(folder: Path | None, options: ExtractOptions) -> SeedCache:
    """Load the cache of these options from folder (empty when absent or unreadable)."""
    if folder is None:
        return SeedCache()
    file = folder / f"stories-{options_fingerprint(options)}.pickle"
    gc.disable()  # many small objects: the cycle collector would rescan them all
    try:
        with file.open("rb") as f:
            results, stats = pickle.load(f)
    except FileNotFoundError:
        return SeedCache(file)
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        ValueError,
        TypeError,
        AttributeError,
        ImportError,
    ) as e:
        logger.warning("ignoring unreadable extraction cache %s: %s", file, e)
        return SeedCache(file)
    finally:
        gc.enable()
    return SeedCache(file, results, stats)
