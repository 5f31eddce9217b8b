"""Garbage collection during a build: rare.

A build makes many long-lived small objects (stories, views, page jobs) and few
cycles; Python's default threshold (700 allocations) would rescan them all again
and again, from reading the seeds to writing the last page.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

GC_THRESHOLD = 100_000  # allocations between collections


@contextmanager
def rare_collections() -> Iterator[None]:
    """Collect rarely inside the block; restore the previous thresholds after it.

    What an earlier run in this process left frozen is given back first.
    """
    take_back()
    saved = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def leave_to_exit() -> None:
    """Put every object alive now beyond the collector's reach: a run is over.

    A build's objects hang in reference cycles (Pelican's context and contents,
    the views' neighbours); a process that exits now would have the interpreter
    walk and free them all once more at shutdown, about a fifth of a second at
    10,000 stories. A later run in the same process gives them back first.
    """
    gc.freeze()


def take_back() -> None:
    """Give what a finished run left beyond the collector back to it."""
    gc.unfreeze()
