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
    """Collect rarely inside the block; restore the previous thresholds after it."""
    saved = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)
