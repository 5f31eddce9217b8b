"""Peak memory of a process and its children as PSS, for `invoke bench`.

PSS counts a page shared by k processes as 1/k in each, so pages that forked workers
share copy-on-write with the build count once, not once per worker as in an RSS sum.
"""

from __future__ import annotations

import time

import psutil

SAMPLE_SECONDS = 0.1  # a PSS read costs a few ms per process
# A PSS read walks the page tables of every process in the family, in the kernel,
# on the reader's time: at 100,000 stories it took a quarter of a core at 0.1 s.
# Sampling waits this many times what the last read cost, so the build it
# measures keeps over 95% of the machine.
COST_FACTOR = 20


def _is_search(proc: psutil.Process, seen: dict[int, bool]) -> bool:
    if proc.pid not in seen:
        seen[proc.pid] = any("pagefind" in part for part in proc.cmdline())
    return seen[proc.pid]


def _size(proc: psutil.Process) -> int:
    """Return proc's proportional set size (pages shared by k processes count 1/k)."""
    try:
        info = proc.memory_full_info()
    except psutil.AccessDenied:
        return proc.memory_info().rss
    return getattr(info, "pss", info.rss)  # PSS is Linux only: RSS elsewhere


def _family_sizes(proc: psutil.Process, seen: dict[int, bool]) -> tuple[int, int]:
    """Return the summed PSS of proc and its children: all, and the search indexer's."""
    total = search = 0
    for member in [proc, *proc.children(recursive=True)]:
        try:
            size = _size(member)
            total += size
            search += size if _is_search(member, seen) else 0
        except psutil.NoSuchProcess:
            continue  # a worker that ended between the listing and the read
    return total, search


def peak_pss(proc: psutil.Popen) -> tuple[float, float]:
    """Return the peak PSS of proc and its children: all, and without search."""
    peak = peak_build = 0
    seen: dict[int, bool] = {}
    while proc.poll() is None:
        start = time.process_time()
        try:
            total, search = _family_sizes(proc, seen)
        except psutil.Error:
            total = search = 0
        peak = max(peak, total)
        peak_build = max(peak_build, total - search)
        cost = time.process_time() - start
        time.sleep(max(SAMPLE_SECONDS, COST_FACTOR * cost))
    return peak / 2**20, peak_build / 2**20
