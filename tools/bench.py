"""`invoke bench`: time builds of a synthetic archive; peak PSS of build + children.

Each build runs in its own process (as `invoke build` does), sampled with psutil.
Memory is PSS, so pages forked render workers share with the build count once.
"""

# ruff: noqa: PTH116, PTH118 - a walk over every output file: plain strings

from __future__ import annotations

import compileall
import cProfile
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import psutil

from tools.benchmem import peak_pss

FULL, NO_CHANGE, EDITED, ADDED = (
    "full build (cold cache)",
    "no-change rebuild",
    "one story edited",
    "one story added",
)
PROFILE_TOP = 15
CHILD_ARGS = ("conf", "seeds", "output")  # then, optionally, a profile path
ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("plugins", "tools")  # the checkout's modules a timed build imports
TRASH = ".bench-trash"  # beside what set_aside moved; emptied after the timed builds
_TRASHES: set[Path] = set()


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
    profile: tuple[tuple[str, float], ...] = ()  # (function, cumulative s), top first


def compile_sources(root: Path = ROOT) -> None:
    """Write the bytecode of the checkout's modules before any build is timed.

    A user's builds load them from __pycache__ once a first run has written it;
    in a fresh clone, or with PYTHONDONTWRITEBYTECODE set, every timed build
    would compile them again instead (0.1 s a build, most of it in the smallest).
    """
    for folder in SOURCES:
        compileall.compile_dir(root / folder, quiet=1)


def set_aside(path: Path) -> None:
    """Move path into its folder's trash now; empty_trash deletes it after timing.

    Deleting tens of thousands of files just before a build slows the build's own
    file creation for minutes on ext4 (it passes over inodes freed moments ago):
    a 10,000-story build took 16-22 s instead of 12-13 s right after the previous
    output was deleted, whatever the name of the folder it built into. A rename
    frees nothing, so the timed builds see none of it.
    """
    if not path.exists():
        return
    trash = path.parent / TRASH
    trash.mkdir(exist_ok=True)
    path.rename(trash / f"{path.name}-{time.time_ns()}")
    _TRASHES.add(trash)


def empty_trash() -> int:
    """Delete every trash set_aside filled in this process; return how many."""
    emptied = 0
    for trash in sorted(_TRASHES):
        shutil.rmtree(trash, ignore_errors=True)
        emptied += 1
    _TRASHES.clear()
    return emptied


def write_settings(work: Path) -> Path:
    """Write the project's settings with absolute paths and a cache inside work."""
    text = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    extra = {
        "PATH": str(ROOT / "content"),
        "THEME": str(ROOT / "theme"),
        "WIREDESK_CACHE_PATH": str(work / "cache"),
    }
    lines = [f"{key} = {value!r}" for key, value in extra.items()]
    conf = work / "benchconf.py"
    conf.write_text(text + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return conf


def _written(output: Path, since: float) -> tuple[int, float]:
    files = size = 0
    for folder, _dirs, names in os.walk(output):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            if stat.st_mtime >= since:
                files, size = files + 1, size + stat.st_size
    return files, size / 2**20


def _cpu_since(before: resource.struct_rusage) -> float:
    """Return the CPU seconds (user + system) of children reaped since before."""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(
    step: str, conf: Path, seeds: Path, output: Path, profile: Path | None = None
) -> Run:
    """Build seeds into output in a child process (under cProfile if profile)."""
    command = [sys.executable, "-m", "tools.bench", str(conf), str(seeds)]
    command += [str(output), *([str(profile)] if profile else [])]
    # What earlier steps wrote (the corpus, the last build's 800 MB at 10,000
    # stories) goes to disk now, not in the kernel's writeback during this build.
    os.sync()
    since = (
        time.time() - 1
    )  # file systems keep mtimes at a coarser grain than the clock
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = psutil.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )
    peak, peak_build = peak_pss(proc)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{step} failed: {err.decode()[-2000:]}")
    info = json.loads(out.decode().strip().splitlines()[-1])
    info["cpu_s"] = _cpu_since(before)
    files, size = _written(output, since)
    top = load_profile(profile) if profile else ()
    return Run(step, seconds, peak, peak_build, info, files, size, top)


def load_profile(path: Path) -> tuple[tuple[str, float], ...]:
    """Return the functions of a saved profile with the most cumulative time."""
    from tools.benchsummary import top_functions  # noqa: PLC0415

    return top_functions(pstats.Stats(str(path)).stats, str(ROOT), PROFILE_TOP)


def profile_full(seeds: Path, work: Path) -> Run:
    """Build seeds once more, cold, under cProfile: apart from the timed builds."""
    work = work / "profile"
    set_aside(work)
    work.mkdir(parents=True)
    conf = write_settings(work)
    return measure(FULL, conf, seeds, work / "output", work / "build.prof")


def _edit(seeds: Path) -> None:
    """Edit the middle seed of a folder that is not the bench corpus (the anchors')."""
    paths = sorted(seeds.glob("*.txt"))
    path = paths[len(paths) // 2]
    path.write_text(
        path.read_text(encoding="utf-8").rstrip("\n")
        + " Officials declined to comment further.\n",
        encoding="utf-8",
    )


def run_steps(seeds: Path, work: Path, count: int, *, desk: bool = True) -> list[Run]:
    """Time a full build, a no-change rebuild, one edit and (desk) one new story.

    desk: seeds is the bench corpus, a git repository: the edit and the new story
    are committed as a desk would, the new one dated by its commit when undated.
    """
    from tools.benchdata import add_story, edit_story  # noqa: PLC0415 - the parent's: a timed child must not load the generator

    work.mkdir(parents=True, exist_ok=True)
    conf = write_settings(work)
    output = work / "output"
    set_aside(output)
    set_aside(work / "cache")
    runs = [
        measure(FULL, conf, seeds, output),
        measure(NO_CHANGE, conf, seeds, output),
    ]
    if desk:
        edit_story(seeds, count)
    else:
        _edit(seeds)
    runs.append(measure(EDITED, conf, seeds, output))
    if desk:
        add_story(seeds, count)
        runs.append(measure(ADDED, conf, seeds, output))
    return runs


def prepare(count: int, work: Path) -> Path:
    """Write the deterministic corpus of count stories into work/seeds, in git."""
    from tools.benchdata import write_corpus  # noqa: PLC0415 - the parent's

    seeds = work / "seeds"
    set_aside(seeds)
    write_corpus(seeds, count)
    return seeds


def child_build(conf: str, seeds: str, output: str) -> dict:
    """Build once (what `invoke build` does) and return its numbers."""
    from pelican.plugins.wiredesk.build.cli import load_settings, run_build  # noqa: PLC0415 - only in the child

    result = run_build(load_settings(conf, seeds=seeds, output=output))
    slowest = result.slowest or (0.0, "")
    return {
        "published": result.published,
        "reports": len(result.reports),
        "rendered": result.rendered,
        "linked": result.linked,
        "slowest_ms": round(slowest[0] * 1000, 1),
        "slowest": Path(slowest[1]).name,
        "search_s": round(result.search_seconds, 2),
        "warnings": warning_kinds(result.warnings),
    }


def warning_kinds(warnings: tuple[str, ...]) -> dict[str, int]:
    """Count a build's warnings (`path: text`) by their text, most common first."""
    counts = Counter(warning.partition(": ")[2] or warning for warning in warnings)
    return dict(counts.most_common())


def child_main(args: list[str]) -> dict:
    """Build as child_build does; with a fourth argument, under cProfile saved there."""
    if len(args) <= len(CHILD_ARGS):
        return child_build(*args[:3])
    profiler = cProfile.Profile()
    info = profiler.runcall(child_build, *args[:3])
    profiler.dump_stats(args[3])
    return info


if __name__ == "__main__":
    print(json.dumps(child_main(sys.argv[1:])))  # noqa: T201 - the parent reads it
