"""`invoke bench`: time builds of a synthetic archive; peak memory of build + children.

Each build runs in its own process (as `invoke build` does), sampled with psutil.
"""

# ruff: noqa: PTH116, PTH118 - a walk over every output file: plain strings

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from .benchdata import make_seed, write_corpus

SAMPLE_SECONDS = 0.05
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Run:
    """One measured step: wall seconds, peak memory, what the build did and wrote."""

    step: str
    seconds: float
    peak_mb: float
    peak_build_mb: float  # without the search indexer
    info: dict
    files: int
    written_mb: float


def write_settings(work: Path) -> Path:
    """Write the project's settings with absolute paths and a cache inside work."""
    text = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    extra = {
        "PATH": str(ROOT / "content"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "WIREDESK_CACHE_PATH": str(work / "cache"),
    }
    lines = [f"{key} = {value!r}" for key, value in extra.items()]
    conf = work / "benchconf.py"
    conf.write_text(text + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return conf


def _is_search(proc: psutil.Process, seen: dict[int, bool]) -> bool:
    if proc.pid not in seen:
        seen[proc.pid] = any("pagefind" in part for part in proc.cmdline())
    return seen[proc.pid]


def _sample(proc: psutil.Popen) -> tuple[float, float]:
    """Return the peak memory of proc and its children: all, and without search."""
    peak = peak_build = 0
    seen: dict[int, bool] = {}
    while proc.poll() is None:
        try:
            family = [proc, *proc.children(recursive=True)]
            sizes = [(p.memory_info().rss, _is_search(p, seen)) for p in family]
        except psutil.Error:
            continue
        total = sum(size for size, _ in sizes)
        peak = max(peak, total)
        peak_build = max(peak_build, total - sum(size for size, s in sizes if s))
        time.sleep(SAMPLE_SECONDS)
    return peak / 2**20, peak_build / 2**20


def _written(output: Path, since: float) -> tuple[int, float]:
    files = size = 0
    for folder, _dirs, names in os.walk(output):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            if stat.st_mtime >= since:
                files, size = files + 1, size + stat.st_size
    return files, size / 2**20


def measure(step: str, conf: Path, seeds: Path, output: Path) -> Run:
    """Build seeds into output in a child process; return what it cost."""
    command = [
        sys.executable,
        "-m",
        "wiredesk.bench",
        str(conf),
        str(seeds),
        str(output),
    ]
    since = (
        time.time() - 1
    )  # file systems keep mtimes at a coarser grain than the clock
    started = time.perf_counter()
    proc = psutil.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )
    peak, peak_build = _sample(proc)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{step} failed: {err.decode()[-2000:]}")
    info = json.loads(out.decode().strip().splitlines()[-1])
    files, size = _written(output, since)
    return Run(step, seconds, peak, peak_build, info, files, size)


def _edit(seeds: Path) -> None:
    paths = sorted(seeds.glob("*.txt"))
    path = paths[len(paths) // 2]
    path.write_text(
        path.read_text(encoding="utf-8").rstrip("\n")
        + " Officials declined to comment further.\n",
        encoding="utf-8",
    )


def run_steps(seeds: Path, work: Path, count: int, *, added: bool = True) -> list[Run]:
    """Time a full build, a no-change rebuild, one edit and (added) one new story."""
    work.mkdir(parents=True, exist_ok=True)
    conf = write_settings(work)
    output = work / "output"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(work / "cache", ignore_errors=True)
    runs = [
        measure("full build (cold cache)", conf, seeds, output),
        measure("no-change rebuild", conf, seeds, output),
    ]
    _edit(seeds)
    runs.append(measure("one story edited", conf, seeds, output))
    if added:
        story = make_seed(count + 1)
        (seeds / story.name).write_text(story.text, encoding="utf-8")
        runs.append(measure("one story added", conf, seeds, output))
    return runs


def prepare(count: int, work: Path) -> Path:
    """Write the deterministic corpus of count stories into work/seeds (fresh)."""
    seeds = work / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    write_corpus(seeds, count)
    return seeds


def child_build(conf: str, seeds: str, output: str) -> dict:
    """Build once (what `invoke build` does) and return its numbers."""
    from .build import load_settings, run_build  # noqa: PLC0415 - only in the child

    result = run_build(load_settings(conf, seeds=seeds, output=output))
    slowest = result.slowest or (0.0, "")
    return {
        "published": result.published,
        "reports": len(result.reports),
        "rendered": result.rendered,
        "linked": result.linked,
        "slowest_ms": round(slowest[0] * 1000, 1),
        "slowest": Path(slowest[1]).name,
    }


if __name__ == "__main__":
    print(json.dumps(child_build(*sys.argv[1:4])))  # noqa: T201 - the parent reads it
