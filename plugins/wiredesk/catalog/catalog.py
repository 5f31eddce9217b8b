"""All seeds of a build at once: duplicates and slug collisions need the whole set."""

# ruff: noqa: PTH100, PTH116, PTH119, PTH123 - abspath, not resolve; plain strings
# over every seed

from __future__ import annotations

import os
import stat as stats
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..build.progress import Progress
from ..errors import ExtractError
from ..extract import ExtractOptions, places
from ..model import Received, Story
from .bodies import Bodies, Paragraphs, SeedSource, open_bodies, strip_body
from .gazahead import taken_ahead
from .gazcache import load_gazetteer, start_gazetteer
from .pool import POOL_MIN_SEEDS, extract_files, preload
from .received import Arrivals, read_arrivals, shallow_reason
from .seedcache import Result, SeedCache, content_key, open_cache, stat_sig
from .seedfiles import Seed, display_path, linked_seeds, seeds_below, shown
from .warm import WarmWorker

# Without a cache folder, fewer fresh seeds keep the gazetteer they built in memory:
# the feeds' GeoRSS points use it.
KEEP_GAZETTEER_BELOW = 200


@dataclass(frozen=True, slots=True)
class Report:
    """A seed that is not published, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        """Return 'path: reason', as the build lists it."""
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Catalog:
    """The stories of a build by absolute path, and the reports of seeds left out."""

    stories: dict[str, Story] = field(default_factory=dict)
    reports: dict[str, Report] = field(default_factory=dict)
    seconds: dict[str, float] = field(
        default_factory=dict
    )  # extraction time, fresh seeds
    keys: dict[str, str] = field(default_factory=dict)  # path -> content key
    arrivals: Arrivals = field(default_factory=Arrivals)  # first commits of seeds
    received: dict[str, Received] = field(default_factory=dict)  # by path
    bodies: Bodies | None = None  # the stories' paragraphs, by content key

    def body(self, path: str | Path) -> Paragraphs:
        """Return the paragraphs of the story read from path (BodyError if lost)."""
        story = self.story(path)
        if story.paragraphs or self.bodies is None:
            return story.paragraphs
        return self.bodies.read(self.keys[os.path.abspath(path)])

    def story(self, path: str | Path) -> Story:
        """Return the story read from path, or raise ExtractError with its reason."""
        key = os.path.abspath(path)
        if key not in self.stories and key not in self.reports:
            # Pelican follows symlinked folders, the scan does not: report, never drop.
            reason = "reached through a symlinked folder"
            self.reports[key] = Report(display_path(Path(path)), reason)
        if key in self.reports:
            raise ExtractError(self.reports[key].reason)
        return self.stories[key]


def _check_seed(seed: Seed, options: ExtractOptions) -> os.stat_result:
    _given, abspath, root = seed
    stat = os.lstat(abspath)
    # The scan never enters symlinked folders: only the file itself can lead outside.
    if stats.S_ISLNK(stat.st_mode):
        if not Path(abspath).resolve().is_relative_to(root.resolve()):
            raise ExtractError("symlink leading outside the seeds folder")
        stat = os.stat(abspath)
    if stat.st_size > options.max_bytes:
        raise ExtractError(f"too large ({stat.st_size} > {options.max_bytes} bytes)")
    return stat


class Slugs:
    """The slugs given so far: a taken one gets the first free "-2", "-3", ... suffix.

    Each slug remembers the suffix it last got, so the stories of a headline that
    recurs (a daily market report) do not each try every suffix given before.
    """

    def __init__(self) -> None:
        """Start with no slug taken."""
        self.taken: set[str] = set()
        self.last: dict[str, int] = {}  # slug -> the suffix it last got (1: none)

    def unique(self, slug: str) -> str:
        """Return slug, or slug with the first suffix no earlier story has."""
        n = self.last.get(slug, 1)  # once given: it and the suffixes up to n are taken
        candidate = slug if n == 1 else f"{slug}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{slug}-{n}"
        self.taken.add(candidate)
        self.last[slug] = n
        return candidate


def _lookup(
    seeds: list[Seed],
    options: ExtractOptions,
    cache: SeedCache,
    catalog: Catalog,
) -> tuple[dict[str, Result], list[tuple[str, str]]]:
    """Return cached results by path, and the (path, key) pairs still to extract.

    A cached story whose body is not kept is extracted again.
    """
    found: dict[str, Result] = {}
    missing: list[tuple[str, str]] = []
    bodies = catalog.bodies
    kept = bodies.known() if bodies is not None and cache.results else set()
    for seed in seeds:
        abspath = seed[1]
        try:
            stat = _check_seed(seed, options)
            received = catalog.arrivals.received(abspath, stat)
            catalog.received[abspath] = received
            tag = received.tag()
            sig = stat_sig(stat, tag)
            key = cache.known_key(abspath, sig) or _read_key(abspath, tag)
        except (ExtractError, OSError) as e:
            catalog.reports[abspath] = Report(shown(seed), _reason(e))
            continue
        catalog.keys[abspath] = key
        result = cache.lookup(abspath, sig, key)
        if result is None or (isinstance(result, Story) and key not in kept):
            missing.append((abspath, key))
        else:
            found[abspath] = result
            if bodies is not None and isinstance(result, Story):
                bodies.note(key, SeedSource(abspath, received))
    return found, missing


def _read_key(abspath: str, received: str) -> str:
    with open(abspath, "rb") as f:
        return content_key(os.path.basename(abspath), f.read(), received)


def _reason(error: Exception) -> str:
    if isinstance(error, ExtractError):
        return error.reason
    return getattr(error, "strerror", None) or str(error)


def scan_seeds(
    roots: list[Path],
    options: ExtractOptions,
    *,
    cache: Path | None = None,
    progress: Progress | None = None,
) -> Catalog:
    """Read every seed below roots; the first of duplicates (code-point order) wins.

    With a cache folder, seeds whose bytes, name, extractor version and options
    were seen before are not extracted again; the others use every core.
    """
    warm = WarmWorker.start(cache, options)  # loads the extractor meanwhile
    # A first build's, while the seeds are read; mostly started ahead (gazahead).
    writing = taken_ahead(cache) or start_gazetteer(cache)
    try:
        catalog = Catalog(arrivals=read_arrivals(roots, cache))
        store = open_cache(cache, options)
        catalog.bodies = bodies = open_bodies(store.file, options)
        seeds = seeds_below(roots)
        found: dict[str, Result | OSError]
        found, missing = _lookup(seeds, options, store, catalog)  # type: ignore[assignment]
        if warm is not None and not 0 < len(missing) < POOL_MIN_SEEDS:
            warm.stop()
            warm = None
        if progress is not None:
            progress.add("stories", len(found))
        if writing is not None and len(missing) >= POOL_MIN_SEEDS:
            preload()  # while the gazetteer is written, for the workers to inherit
        load_gazetteer(cache, write=bool(missing), writing=writing)
        fresh = extract_files(
            missing,
            options,
            progress,
            catalog.seconds,
            catalog.received,
            warm=warm.extract if warm is not None else None,
        )
        for (abspath, key), result in zip(missing, fresh, strict=True):
            kept = found[abspath] = _shelve_body(result, abspath, key, catalog)
            if not isinstance(kept, OSError):
                store.store(key, kept)
        bodies.flush()  # before any page renderer forks
    finally:
        if warm is not None:
            warm.stop()
        if writing is not None:
            writing.join()  # already done, unless reading the seeds failed
    if cache is None and len(missing) >= KEEP_GAZETTEER_BELOW:
        places.forget_gazetteer()  # a big build: its pages need the memory more
    _collect(seeds, found, catalog)
    _check_history(roots, catalog)
    for root in roots:
        for path in linked_seeds(root):
            reason = "reached through a symlinked folder"
            catalog.reports[os.path.abspath(path)] = Report(display_path(path), reason)
    if store.save():
        bodies.keep(store.used)
    bodies.close()  # forked page renderers must not inherit an open connection
    return catalog


def _shelve_body(
    result: Result | OSError, abspath: str, key: str, catalog: Catalog
) -> Result | OSError:
    """Return a fresh result without its body, which goes to the catalog's bodies."""
    if not isinstance(result, Story) or catalog.bodies is None:
        return result
    story, paragraphs = strip_body(result)
    source = SeedSource(abspath, catalog.received.get(abspath))
    catalog.bodies.add(key, source, paragraphs)
    return story


def _check_history(roots: list[Path], catalog: Catalog) -> None:
    """Report a shallow git history when a story needed it for its date."""
    reasons = [r.reason for r in catalog.reports.values()]
    reason = shallow_reason(catalog.arrivals, list(catalog.stories.values()), reasons)
    for folder in catalog.arrivals.shallow if reason else ():
        catalog.reports[os.path.abspath(folder)] = Report(display_path(folder), reason)


def _collect(
    seeds: list[Seed], found: dict[str, Result | OSError], catalog: Catalog
) -> None:
    """Publish results in code-point order, resolving duplicates and slugs."""
    by_digest: dict[str, Seed] = {}
    by_key: dict[str, Seed] = {}
    slugs = Slugs()
    for seed in seeds:
        abspath = seed[1]
        story = found.get(abspath)
        if story is None:
            continue
        if isinstance(story, Story):
            story = _check_unique(story, by_digest, by_key)
        if not isinstance(story, Story):
            catalog.reports[abspath] = Report(shown(seed), _text(story))
            continue
        by_digest[story.digest], by_key[story.key] = seed, seed
        slug = slugs.unique(story.slug)
        catalog.stories[abspath] = (
            story if slug == story.slug else replace(story, slug=slug)
        )


def _text(result: str | OSError) -> str:
    return result if isinstance(result, str) else _reason(result)


def _check_unique(
    story: Story, by_digest: dict[str, Seed], by_key: dict[str, Seed]
) -> Story | str:
    if story.digest in by_digest:
        return f"duplicate of {shown(by_digest[story.digest])}"
    if story.key in by_key:
        return f"duplicate id {story.key} (also {shown(by_key[story.key])})"
    return story
