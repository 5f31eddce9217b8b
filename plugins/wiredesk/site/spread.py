"""A long pure loop over positions, its second half on the other core.

Planning a site is one process's work but for a few loops over every story
(related stories); a forked helper takes half of such a loop and sends its
answers back, while this process does the other half.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")
Spread = Callable[[Callable[[int], T], int], list[T]]
FORK_FROM = 2_000  # positions; below this a fork costs more than half the loop


def in_order(each: Callable[[int], T], count: int) -> list[T]:
    """Return [each(0), ..., each(count - 1)], in this process."""
    return [each(i) for i in range(count)]


def on_two_cores(each: Callable[[int], T], count: int) -> list[T]:
    """Return in_order's answer, the second half computed by a forked helper.

    each must be pure: the helper sees this process's objects as they were at
    the fork, and its answers come back pickled.
    """
    if count < FORK_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return in_order(each, count)
    half = count // 2
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    helper = context.Process(
        target=_second_half, args=(each, half, count, send), daemon=True
    )
    second = None
    gc.freeze()  # the helper then leaves the objects it reads untouched
    try:
        helper.start()
        send.close()
        first = [each(i) for i in range(half)]
        with contextlib.suppress(EOFError):  # the helper died: its exit code says
            second = receive.recv()
    finally:
        send.close()
        receive.close()
        if second is None and helper.is_alive():
            helper.terminate()  # this process failed first: that half is moot
        if helper.pid is not None:
            helper.join()
        gc.unfreeze()
    if second is None or helper.exitcode != 0:
        raise RuntimeError(f"a planning helper failed (exit code {helper.exitcode})")
    return first + second


def _second_half(
    each: Callable[[int], T], start: int, count: int, send: Connection
) -> None:
    send.send([each(i) for i in range(start, count)])
    send.close()
