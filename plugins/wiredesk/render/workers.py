"""Render and write many page jobs: in this process, or on every core when long.

Forked helpers share the build's objects (the plan, the views, the parsed
templates) by copy-on-write; chunks of pages are taken from one shared counter.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jinja2 import Environment, TemplateNotFound

from ..output.atomic import write_new
from ..site.pagejobs import PageJob
from .pages import render_job
from .parts import CARD

CHUNK = 64  # pages per task handed to a worker
PARALLEL_FROM = 400  # fewer pages render in the build's own process

Write = Callable[[str, str, bytes], bool]  # (root, relative path, bytes) -> written


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
