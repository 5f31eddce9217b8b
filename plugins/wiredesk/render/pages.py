"""Render page jobs with the theme's templates and write them, on every core.

The Jinja environment is made as Pelican makes its own (same loaders, options,
filters and globals), so a page reads the same with or without Pelican running.
"""

# ruff: noqa: PTH111, PTH118, PTH120 - hot loops over path strings

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any

import pelican
from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    TemplateNotFound,
)
from pelican.utils import DateFormatter

from ..feeds.helpers import feed_alternates
from ..feeds.paths import feed_url
from ..output.atomic import write_new
from ..settings import search_enabled
from ..site.model import ModelEntities, NavPage, SiteModel
from ..site.pagejobs import PageJob
from .filters import FILTERS
from .parts import CARD, part_globals

CHUNK = 64  # pages per task handed to a worker
PARALLEL_FROM = 400  # fewer pages render in the build's own process

Write = Callable[[str, str, bytes], bool]  # (root, relative path, bytes) -> written


class ThemeEnvironment(Environment):
    """Jinja's environment with each template's globals a plain dict, not a chain.

    Jinja chains a template's globals to the environment's so that later changes
    show; then every context made (each page, include and fragment) walks the
    chain. All of a build's globals are set before its first template loads.
    """

    def make_globals(
        self, d: MutableMapping[str, Any] | None
    ) -> MutableMapping[str, Any]:
        """Return the globals of a template: the environment's, then its own."""
        return {**self.globals, **(d or {})}


def theme_env(
    settings: Mapping[str, Any], compiled: BytecodeCache | None = None
) -> Environment:
    """Return the theme's Jinja environment with Wiredesk's filters and globals.

    compiled: where templates compiled by earlier builds are kept, if anywhere.
    """
    theme = os.path.join(os.path.expanduser(settings["THEME"]), "templates")
    simple = os.path.join(os.path.dirname(pelican.__file__), "themes/simple/templates")
    own = os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")
    paths = [*settings.get("THEME_TEMPLATES_OVERRIDES", []), theme, own]
    env = ThemeEnvironment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(paths),
                FileSystemLoader(simple),
                PrefixLoader(
                    {
                        "!simple": FileSystemLoader(simple),
                        "!theme": FileSystemLoader(theme),
                    }
                ),
            ]
        ),
        **settings["JINJA_ENVIRONMENT"],
        bytecode_cache=compiled,
    )
    env.filters.update({"strftime": DateFormatter()})
    env.filters.update(settings.get("JINJA_FILTERS", {}))
    env.filters.update(FILTERS)
    env.globals.update(settings.get("JINJA_GLOBALS", {}))
    env.globals.update(feed_alternates=feed_alternates, feed_url=feed_url)
    env.globals.update(part_globals())
    env.tests.update(settings.get("JINJA_TESTS", {}))
    env.auto_reload = False  # templates do not change during a build
    return env


def base_context(
    settings: Mapping[str, Any], model: SiteModel, pages: Sequence[NavPage]
) -> dict[str, Any]:
    """Return what every page sees: the settings and the site's groupings."""
    return {
        **settings,
        "articles": model.stories,
        "dates": model.stories,
        "categories": model.categories,
        "tags": model.tags,
        "authors": model.authors,
        "pages": list(pages),
        "wiredesk_entities": ModelEntities(model),
        "wiredesk_search": search_enabled(dict(settings)),
        "localsiteurl": None,
    }


def render_job(env: Environment, base: Mapping[str, Any], job: PageJob) -> str:
    """Return the HTML of one page."""
    template = env.get_template(f"{job.template}.html")
    return template.render({**base, "output_file": job.save_as, **job.values})


# What the forked workers render: set before the pool starts, inherited by fork.
_WORK: dict[str, Any] = {}


def _render_range(bounds: tuple[int, int]) -> int:
    env, base, jobs, root, write = (
        _WORK[k] for k in ("env", "base", "jobs", "root", "write")
    )
    for job in jobs[bounds[0] : bounds[1]]:
        write(root, job.save_as, render_job(env, base, job).encode("utf-8"))
    return bounds[1] - bounds[0]


def write_pages(
    env: Environment,
    base: Mapping[str, Any],
    jobs: Sequence[PageJob],
    root: str,
    *,
    write: Write = write_new,
    workers: int = 2,
    done: Callable[[int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
    gather: Callable[[], Any] | None = None,
) -> list[Any]:
    """Render and write jobs below root, forking workers for long runs.

    meanwhile, if given, runs in this process while the workers render; gather,
    if given, runs in each forked worker once it is done, and the list of what
    they return is the result (what they rendered that this process has not).
    """
    for name in {f"{j.template}.html" for j in jobs}:
        env.get_template(name)  # parsed once, before any fork
    with contextlib.suppress(TemplateNotFound):  # themes not made for Wiredesk
        env.get_template(CARD)
    bounds = [(i, min(i + CHUNK, len(jobs))) for i in range(0, len(jobs), CHUNK)]
    _WORK.update(env=env, base=base, jobs=jobs, root=root, write=write)
    try:
        if workers <= 1 or len(jobs) < PARALLEL_FROM or not _can_fork():
            if meanwhile is not None:
                meanwhile()
            _count(map(_render_range, bounds), done)
            return []
        return _render_shared(bounds, workers - 1, done, meanwhile, gather)
    finally:
        _WORK.clear()


def _next(counter: Any, lock: Any) -> int:
    with lock:
        taken = counter.value
        counter.value = taken + 1
    return taken


def _render_from(
    bounds: list[tuple[int, int]],
    shared: tuple[Any, Any, Any],
    on_chunk: Callable[[int], None] | None = None,
) -> None:
    """Render chunks until none is left; on_chunk hears the pages written so far."""
    counter, lock, rendered = shared
    while (index := _next(counter, lock)) < len(bounds):
        count = _render_range(bounds[index])
        with lock:
            rendered.value += count
            total = rendered.value
        if on_chunk is not None:
            on_chunk(total)


def _helper(
    bounds: list[tuple[int, int]],
    shared: tuple[Any, Any, Any],
    conn: Any,
    gather: Callable[[], Any] | None,
) -> None:
    _render_from(bounds, shared)
    conn.send(gather() if gather is not None else None)
    conn.close()


def _render_shared(
    bounds: list[tuple[int, int]],
    helpers: int,
    done: Callable[[int], None] | None,
    meanwhile: Callable[[], None] | None,
    gather: Callable[[], Any] | None,
) -> list[Any]:
    """Render on forked helpers and, once meanwhile is done, in this process too.

    Chunks are taken from one shared counter, so the work evens out whatever
    meanwhile costs, and one process fewer holds a copy of what it touches.
    """
    context = multiprocessing.get_context("fork")
    lock = context.Lock()
    shared = (
        context.Value("i", 0, lock=False),
        lock,
        context.Value("i", 0, lock=False),
    )
    gc.freeze()  # helpers then leave the objects they share with us untouched
    pipes = [context.Pipe(duplex=False) for _ in range(helpers)]
    try:
        procs = [
            context.Process(
                target=_helper, args=(bounds, shared, send, gather), daemon=True
            )
            for _, send in pipes
        ]
        for proc in procs:
            proc.start()
        for _, send in pipes:
            send.close()
        if meanwhile is not None:
            meanwhile()
        reported = [0]

        def report(total: int) -> None:
            if done is not None and total > reported[0]:
                done(total - reported[0])
                reported[0] = total

        _render_from(bounds, shared, report)
        gathered = [_receive(recv) for recv, _ in pipes]  # before join: pipes fill
        for proc in procs:
            proc.join()
        failed = [proc.exitcode for proc in procs if proc.exitcode != 0]
        if failed:
            raise RuntimeError(f"a page renderer failed (exit code {failed[0]})")
        report(shared[2].value)
        return [g for g in gathered if g is not None]
    finally:
        gc.unfreeze()


def _receive(conn: Any) -> Any:
    try:
        return conn.recv()
    except EOFError:  # the helper failed: its exit code says so
        return None
    finally:
        conn.close()


def _count(results: Any, done: Callable[[int], None] | None) -> None:
    for count in results:
        if done is not None:
            done(count)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()
