"""Story bodies kept out of memory: one row per seed, read back one page at a time.

The extraction cache keeps each Story without its paragraphs; the body lies in an
SQLite file beside it under the seed's content key, and a page, feed entry or
search record reads it when it is rendered. A row that is missing or unreadable
is made again from the seed itself (the file, if it no longer holds the bytes the
key names, is an error naming it). Without a cache folder bodies stay in memory.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ExtractError, WiredeskError
from ..extract import ExtractOptions, extract_story
from ..model import Received, Story
from .seedcache import bodies_file, content_key

logger = logging.getLogger(__name__)

Paragraphs = tuple[str, ...]
SCHEMA = "CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, text BLOB NOT NULL)"
CHUNK = 500  # keys per query, under SQLite's limit of bound parameters
SEP = "\n"  # paragraphs are lines of the seed: none holds a line break
FLUSH_ROWS = 1000  # fresh bodies held before they are written


class BodyError(WiredeskError):
    """A story's body can be found neither in the cache nor in its seed."""


def pack(paragraphs: Paragraphs) -> bytes:
    """Return the paragraphs as one UTF-8 text, a line each."""
    return SEP.join(paragraphs).encode("utf-8", "surrogatepass")


def unpack(data: bytes) -> Paragraphs:
    """Return the paragraphs pack made data of (raises UnicodeDecodeError)."""
    text = data.decode("utf-8", "surrogatepass")
    return tuple(text.split(SEP)) if text else ()


def strip_body(story: Story) -> tuple[Story, Paragraphs]:
    """Return the story without its paragraphs, and the paragraphs."""
    return replace(story, paragraphs=()), story.paragraphs


@dataclass(frozen=True, slots=True)
class SeedSource:
    """Where a body is made again from: the seed file and when it was received."""

    path: str
    received: Received | None


@dataclass(slots=True, eq=False)
class Bodies:
    """The bodies of a build's stories by content key.

    file: the SQLite file (None: bodies held in memory); seeds: each key's seed,
    for bodies the file lacks. Forked processes open the file again.
    """

    file: Path | None
    options: ExtractOptions
    seeds: dict[str, SeedSource] = field(default_factory=dict)
    memory: dict[str, bytes] = field(default_factory=dict)
    pending: list[tuple[str, bytes]] = field(default_factory=list)
    last: tuple[str, Paragraphs] = ("", ())  # a page reads its body twice
    _db: sqlite3.Connection | None = None
    _pid: int = 0

    def _conn(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self._db = _open(self.file)  # type: ignore[arg-type]
            self._pid = os.getpid()
        return self._db

    def known(self) -> set[str]:
        """Return the keys whose body is kept (an unreadable file: none)."""
        if self.file is None:
            return set(self.memory)
        try:
            return {k for (k,) in self._conn().execute("SELECT key FROM bodies")}
        except sqlite3.Error as e:
            self._reset(e)
            return set()

    def add(self, key: str, source: SeedSource, paragraphs: Paragraphs) -> None:
        """Keep a fresh body of key (written on flush)."""
        self.seeds[key] = source
        if self.file is None:
            self.memory[key] = pack(paragraphs)
        else:
            self.pending.append((key, pack(paragraphs)))
            if len(self.pending) >= FLUSH_ROWS:
                self.flush()

    def note(self, key: str, source: SeedSource) -> None:
        """Say where key's body is made again from, should its row be lost."""
        self.seeds[key] = source

    def flush(self) -> None:
        """Write the bodies added since the last flush."""
        rows, self.pending = self.pending, []
        if not rows or self.file is None:
            return
        try:
            with self._conn() as db:
                db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?)", rows)
        except sqlite3.Error as e:
            self._reset(e)  # the pages make them again from the seeds

    def keep(self, keys: Iterable[str]) -> None:
        """Drop every kept body but those of keys (the stories the build used)."""
        self.flush()
        if self.file is None:
            return
        try:
            with self._conn() as db:
                db.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)"
                )
                db.execute("DELETE FROM used")
                db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in keys))
                db.execute("DELETE FROM bodies WHERE key NOT IN (SELECT key FROM used)")
        except sqlite3.Error as e:
            self._reset(e)

    def read(self, key: str) -> Paragraphs:
        """Return the paragraphs of key's story (raises BodyError naming the seed)."""
        if self.last[0] == key:
            return self.last[1]
        paragraphs = self._kept(key)
        if paragraphs is None:
            paragraphs = reread(self.seeds.get(key), key, self.options)
        self.last = (key, paragraphs)
        return paragraphs

    def _kept(self, key: str) -> Paragraphs | None:
        try:
            if self.file is None:
                data = self.memory.get(key)
            else:
                row = (
                    self._conn()
                    .execute("SELECT text FROM bodies WHERE key = ?", (key,))
                    .fetchone()
                )
                data = None if row is None else row[0]
            return None if data is None else unpack(data)
        except (sqlite3.Error, UnicodeDecodeError) as e:
            logger.warning("%s: story text %s unreadable: %s", self.file, key, e)
            return None

    def close(self) -> None:
        """Close this process's connection, if open."""
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    def _reset(self, error: Exception) -> None:
        """Remove a damaged file: the next build writes it anew."""
        logger.warning("%s: story text cache not used: %s", self.file, error)
        self.close()
        if self.file is not None and not isinstance(error, sqlite3.OperationalError):
            self.file.unlink(missing_ok=True)


def _open(file: Path) -> sqlite3.Connection:
    file.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(file, timeout=60, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")  # a cache: a lost row is made again
    db.execute(SCHEMA)
    db.isolation_level = "DEFERRED"  # `with db` commits the writes of one flush
    return db


def reread(source: SeedSource | None, key: str, options: ExtractOptions) -> Paragraphs:
    """Return the paragraphs of the seed whose content key is key, read again.

    Raises BodyError naming the seed when it is gone, changed or no longer a story.
    """
    if source is None:
        raise BodyError(f"story text {key} is in no cache and no seed of this build")
    name = Path(source.path).name
    tag = source.received.tag() if source.received else ""
    try:
        with open(source.path, "rb") as f:  # noqa: PTH123 - a plain path string
            data = f.read()
        if content_key(name, data, tag) != key:
            raise BodyError(f"{source.path}: changed while the site was built")
        story = extract_story(
            data, name=name, options=options, received=source.received
        )
    except OSError as e:
        raise BodyError(f"{source.path}: story text unreadable: {e.strerror}") from e
    except ExtractError as e:
        raise BodyError(f"{source.path}: no longer a story: {e.reason}") from e
    return story.paragraphs


def open_bodies(cache_file: Path | None, options: ExtractOptions) -> Bodies:
    """Return the bodies kept beside an extraction cache file (in memory: None)."""
    return Bodies(None if cache_file is None else bodies_file(cache_file), options)
