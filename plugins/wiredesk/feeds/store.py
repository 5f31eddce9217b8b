"""Serialised fragments kept for the build, and across builds in the cache folder.

A fragment is found by a digest of everything its story's feed entry shows (the
whole FeedItem) and of the libraries that wrote it: an edited story has a new
digest, so a kept fragment never shows an old title. Rows no build uses are dropped
when a build writes the site feed with all its archive pages (every story).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from lxml import etree

from .fragments import FORMATS, Fragments, FragmentWriter
from .model import FeedItem

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Part of every digest: change it whenever a fragment's bytes would change.
FRAGMENT_VERSION = "1"
STORE_FILE = "feed-fragments.sqlite"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS fragments (key TEXT NOT NULL, fmt TEXT NOT NULL, "
    "data BLOB NOT NULL, PRIMARY KEY (key, fmt))"
)
CHUNK = 500  # keys per query, under SQLite's limit of bound parameters


def _salt() -> bytes:
    libraries = (FRAGMENT_VERSION, version("feedgen"), etree.LXML_VERSION)
    return repr(libraries).encode()


SALT = _salt()


def item_key(item: FeedItem) -> str:
    """Return the digest of every field of item an entry shows; it names fragments."""
    fields = [
        item.id,
        item.title,
        item.link,
        item.published.isoformat(),
        item.updated.isoformat(),
        item.author or "",
        item.summary,
        item.content_html,
        item.lang,
        item.point or "",
        *(f"{c.term}\x1e{c.scheme}" for c in item.categories),
    ]
    digest = hashlib.blake2b(SALT, digest_size=20)
    digest.update("\x1f".join(fields).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def open_store(folder: Path) -> sqlite3.Connection:
    """Return the fragment table in folder, made anew when the file is unreadable."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / STORE_FILE
    for attempt in range(2):
        try:
            db = sqlite3.connect(path, timeout=60, isolation_level=None)
            db.execute("PRAGMA synchronous=OFF")  # a cache: a lost row is made again
            db.execute(SCHEMA)
            return db
        except sqlite3.DatabaseError:
            if attempt:
                raise
            logger.warning("%s: unreadable feed cache, starting it anew", path)
            path.unlink(missing_ok=True)
    raise AssertionError  # unreachable


class FragmentStore:
    """Each story's fragments, made once by a FragmentWriter and found again.

    A cache that cannot be read or written is left aside for the build, with a
    warning naming its file; a damaged one is removed so the next build starts anew.
    """

    def __init__(self, writer: FragmentWriter, folder: Path | None = None) -> None:
        """Keep fragments in memory, and in folder's store when folder is given."""
        self.writer = writer
        self.path = None if folder is None else folder / STORE_FILE
        self.db: sqlite3.Connection | None = None
        if folder is not None:
            try:
                self.db = open_store(folder)
            except (OSError, sqlite3.Error) as e:
                logger.warning("%s: feed cache not used: %s", self.path, e)
        self.memory: dict[tuple[str, str], bytes] = {}
        self.keys: dict[str, tuple[FeedItem, str]] = {}  # item id -> (item, key)
        self.digests: dict[str, str] = {}  # item id -> key, of items let go
        self.used: set[str] = set()

    def close(self) -> None:
        """Close the cache file, if open."""
        if self.db is not None:
            self.db.close()
            self.db = None

    def _use(self, action: Callable[[sqlite3.Connection], T], default: T) -> T:
        """Return what action does with the store; default when it cannot."""
        if self.db is None:
            return default
        try:
            return action(self.db)
        except sqlite3.Error as e:
            logger.warning("%s: feed cache not used: %s", self.path, e)
            self.close()
            if not isinstance(e, sqlite3.OperationalError):  # damaged, not busy
                self.path.unlink(missing_ok=True)
            return default

    def key(self, item: FeedItem) -> str:
        """Return item's digest, computed once per item."""
        known = self.keys.get(item.id)
        if known is None or (known[0] is not item and known[0] != item):
            known = self.keys[item.id] = (item, item_key(item))
        return known[1]

    def release(self, item: FeedItem, *, remember: bool = False) -> None:
        """Forget the item and its kept fragments: no further feed shows it.

        remember: keep its digest, so that remembered() finds its fragments.
        """
        known = self.keys.pop(item.id, None)
        if known is not None:
            for fmt in FORMATS:
                self.memory.pop((known[1], fmt), None)
            if remember:
                self.digests[item.id] = known[1]

    def remembered(self, ids: Sequence[str], fmt: str) -> dict[str, bytes]:
        """Return by id the stored fragments of items let go with their digest.

        Each digest is then forgotten; an id whose fragment is not found is left out.
        """
        keys = {i: self.digests.pop(i) for i in ids if i in self.digests}
        found = self._load(list(keys.values()), fmt)
        return {i: found[k] for i, k in keys.items() if k in found}

    def fragments(
        self, items: Sequence[FeedItem], formats: Sequence[str], keep: bool = True
    ) -> Fragments:
        """Return each item's fragment in each format; keep: hold them in memory."""
        keys = [self.key(item) for item in items]
        self.used.update(keys)
        found = {
            fmt: {k: self.memory[k, fmt] for k in keys if (k, fmt) in self.memory}
            for fmt in formats
        }
        for fmt, known in found.items():
            known.update(self._load([k for k in keys if k not in known], fmt))
        missing = {
            k: item
            for item, k in zip(items, keys, strict=True)
            if any(k not in known for known in found.values())
        }
        made = self.writer.make(list(missing.values()), formats)
        rows = []
        for fmt, fragments in made.items():
            for key, fragment in zip(missing, fragments, strict=True):
                found[fmt][key] = fragment
                rows.append((key, fmt, fragment))
        self._save(rows)
        if keep:
            for fmt, known in found.items():
                self.memory.update(((k, fmt), known[k]) for k in keys)
        return {fmt: [known[k] for k in keys] for fmt, known in found.items()}

    def _load(self, keys: Sequence[str], fmt: str) -> dict[str, bytes]:
        def load(db: sqlite3.Connection) -> dict[str, bytes]:
            found: dict[str, bytes] = {}
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                found.update(
                    db.execute(
                        "SELECT key, data FROM fragments "
                        f"WHERE fmt = ? AND key IN ({marks})",
                        (fmt, *chunk),
                    )
                )
            return found

        return self._use(load, {}) if keys else {}

    def _save(self, rows: Sequence[tuple[str, str, bytes]]) -> None:
        def save(db: sqlite3.Connection) -> None:
            with db:
                db.execute("BEGIN")
                db.executemany(
                    "INSERT OR REPLACE INTO fragments VALUES (?, ?, ?)", rows
                )

        if rows:
            self._use(save, None)

    def prune(self) -> None:
        """Drop the kept fragments of every story this build did not use.

        When that frees more than half of the file, the file is made smaller.
        """

        def prune(db: sqlite3.Connection) -> None:
            with db:
                db.execute("BEGIN")
                db.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)"
                )
                db.execute("DELETE FROM used")
                db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in self.used))
                db.execute(
                    "DELETE FROM fragments WHERE key NOT IN (SELECT key FROM used)"
                )
            [(free,)] = db.execute("PRAGMA freelist_count")
            [(pages,)] = db.execute("PRAGMA page_count")
            if free * 2 > pages:  # mostly stories gone: give their space back
                db.execute("VACUUM")

        self._use(prune, None)
