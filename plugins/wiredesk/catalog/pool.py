"""Extraction of many seeds on every core: file in, Story or report reason out."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..build.progress import Progress
from ..errors import ExtractError
from ..extract import ExtractOptions, extract_story, lexicon, spelling
from ..model import Received, Story

MIN_WORKERS = 2  # on one core the pool only adds start-up time
POOL_MIN_SEEDS = 200  # below this, starting workers costs more than it saves
Outcome = tuple[Story | str | OSError, float]  # the result and the seconds it took
Job = tuple[str, Received | None]  # a seed's path and when the site received it
Extractor = Callable[[list[Job]], list[Outcome]]  # jobs -> outcomes, in order
# A whole story (its own date: no year needed from elsewhere), so that every lazy
# table of the extractor (tagger, gazetteer cities, headline rules) loads on it.
WARM_UP = (
    b"Date: 2020-01-04\n\nMOSCOW, January 4. /TASS/. Russian Foreign Minister Sergey"
    b" Lavrov and his Chinese counterpart Wang Yi have stressed in a telephone"
    b" conversation that the strike near Baghdad airport violates international law,"
    b" the Russian Foreign Ministry said on Saturday.\nThe ministers agreed to keep"
    b" in touch, the ministry said.\n"
)
_OPTIONS: list[ExtractOptions] = []  # set once per worker by _init_worker


def extract_file_data(data: bytes, name: str, options: ExtractOptions) -> None:
    """Extract data and drop the result (to load what extraction loads once)."""
    with contextlib.suppress(ExtractError):
        extract_story(data, name=name, options=options)


def extract_file(job: Job, options: ExtractOptions) -> Outcome:
    """Extract one seed file: its Story, its report reason, or the OSError."""
    started = time.perf_counter()
    path, received = job
    try:
        data = Path(path).read_bytes()
        result: Story | str | OSError = extract_story(
            data, name=Path(path).name, options=options, received=received
        )
    except ExtractError as e:
        result = e.reason
    except OSError as e:
        result = e
    return result, time.perf_counter() - started


def preload() -> None:
    """Load the tagger and the word list of typing slips here, before workers fork.

    Neither needs the gazetteer: a first build loads them while its gazetteer is
    written, with a core to spare, and every worker it forks then has them.
    """
    lexicon.tagger()
    spelling.checker()


def unload() -> None:
    """Let go of what preload loaded (it is loaded again should it be needed)."""
    lexicon.tagger.cache_clear()
    spelling.checker.cache_clear()


def warm_up(options: ExtractOptions) -> None:
    """Load what extraction loads once, so that no seed's time includes it.

    The gazetteer and the patterns, and the word list that tells a headline's
    typing slips, which only some seeds need (a rebuild extracting a few seeds in
    the build's own process loads it only if one does).
    """
    extract_file_data(WARM_UP, "warm-up.txt", options)
    spelling.checker()


def _init_worker(options: ExtractOptions) -> None:
    _OPTIONS[:] = [options]
    warm_up(options)


def _extract_in_worker(job: Job) -> Outcome:
    return extract_file(job, _OPTIONS[0])


def _workers() -> int:
    return (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else (os.cpu_count() or 1)
    )


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_many(
    paths: list[Job], options: ExtractOptions, warm: Extractor | None = None
) -> Iterator[Outcome]:
    """Yield the outcome of each job in order, on every core when there are many.

    warm: a worker with the extractor loaded, for fewer jobs than a pool takes.
    """
    workers = _workers()
    if len(paths) < POOL_MIN_SEEDS or workers < MIN_WORKERS:
        if paths and warm is not None:
            yield from warm(paths)
            return
        if paths:
            extract_file_data(WARM_UP, "warm-up.txt", options)
        yield from (extract_file(p, options) for p in paths)
        return
    chunk = max(1, min(64, len(paths) // (workers * 8)))
    with ProcessPoolExecutor(
        workers, mp_context=_context(), initializer=_init_worker, initargs=(options,)
    ) as pool:
        outcomes = pool.map(_extract_in_worker, paths, chunksize=chunk)
        unload()  # the workers have forked: theirs are the only copies used
        yield from outcomes


def extract_files(
    missing: list[tuple[str, str]],
    options: ExtractOptions,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
    received: dict[str, Received] | None = None,
    *,
    warm: Extractor | None = None,
) -> Iterator[Story | str | OSError]:
    """Yield the result of each (path, key) in order; note seconds in timings.

    `received` holds when the site received each path (see extract_story);
    warm: a worker with the extractor loaded (see extract_many).
    """
    jobs = [(p, (received or {}).get(p)) for p, _ in missing]
    for (path, _key), (result, seconds) in zip(
        missing, extract_many(jobs, options, warm), strict=True
    ):
        if timings is not None:
            timings[path] = seconds
        if progress is not None:
            progress.add("stories")
        yield result
