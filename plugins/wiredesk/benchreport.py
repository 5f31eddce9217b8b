"""The tables `invoke bench` prints, and the anchors it compares against."""

from __future__ import annotations

import contextlib
import re
import subprocess
import threading
import time
from pathlib import Path

import psutil

from .bench import Run

ANCHOR_RE = re.compile(
    r"^(?P<name>\S+)\s+(?P<wall>[\d.]+) s\s+(?P<ms>[\d.]+) ms/story\s+"
    r"peak RSS\s+(?P<mb>[\d.]+) MB"
)


def run_table(runs: list[Run], stories: int) -> list[str]:
    """Return the bench table: one line per step, with ms per story."""
    lines = [
        f"{'step':26} {'wall s':>8} {'ms/story':>9} {'peak MB':>8} {'-search':>8} "
        f"{'rendered':>9} "
        f"{'linked':>8} {'files':>7} {'MB out':>7}"
    ]
    for run in runs:
        lines.append(
            f"{run.step:26} {run.seconds:8.2f} {1000 * run.seconds / stories:9.3f} "
            f"{run.peak_mb:8.0f} {run.peak_build_mb:8.0f} "
            f"{run.info.get('rendered', 0):9d} "
            f"{run.info.get('linked', 0):8d} {run.files:7d} {run.written_mb:7.1f}"
        )
    return lines


def story_months(output: Path) -> dict[str, list[str]]:
    """Group the story pages of a built site by month, as the build shards search."""
    months: dict[str, list[str]] = {}
    for page in sorted(output.glob("[0-9]*/[0-9]*/[0-9]*/*/index.html")):
        rel = page.relative_to(output)
        months.setdefault(f"{rel.parts[0]}-{rel.parts[1]}", []).append(rel.as_posix())
    return months


def search_index(output: Path) -> tuple[float, float, int] | None:
    """Time indexing every month shard of a built site: (seconds, peak MB, shards)."""
    from .pagefindrun import SearchIndexError, index_months  # noqa: PLC0415

    months = story_months(output)
    if not months:
        return None
    errors: list[Exception] = []

    def run() -> None:
        try:
            index_months(output, months)
        except (SearchIndexError, OSError) as e:
            errors.append(e)

    started, peak = time.perf_counter(), 0
    worker = threading.Thread(target=run)
    worker.start()
    me = psutil.Process()
    while worker.is_alive():
        with contextlib.suppress(psutil.Error):
            peak = max(peak, sum(p.memory_info().rss for p in me.children(True)))
        time.sleep(0.05)
    worker.join()
    if errors:
        return None
    return time.perf_counter() - started, peak / 2**20, len(months)


def run_anchors(script: Path, count: int, work: Path) -> dict[str, tuple[float, float]]:
    """Run the anchors script; return {tool: (wall seconds, peak MB)}."""
    result = subprocess.run(
        ["bash", str(script), str(count), str(work)],
        capture_output=True,
        text=True,
        check=True,
    )
    anchors = {}
    for line in result.stdout.splitlines():
        if match := ANCHOR_RE.match(line):
            anchors[match["name"]] = (float(match["wall"]), float(match["mb"]))
    return anchors


def ratio_lines(full: Run, anchors: dict[str, tuple[float, float]]) -> list[str]:
    """Return the anchors' time and memory divided by Wiredesk's full build's."""
    lines = []
    for name, (wall, mb) in anchors.items():
        lines.append(
            f"{name:10} {wall:8.1f} s {mb:7.0f} MB   time {name}/Wiredesk "
            f"{wall / full.seconds:5.2f}, memory {name}/Wiredesk "
            f"{mb / full.peak_mb:5.2f} "
            f"(without search {mb / full.peak_build_mb:5.2f})"
        )
    return lines


def _hostile_line() -> str | None:
    try:
        from .hostile import measure_hostile  # noqa: PLC0415 - optional part of the bench
    except ImportError:
        return None
    from .extract import ExtractOptions  # noqa: PLC0415

    seconds, name, count = measure_hostile(
        ExtractOptions(id_authority="bench.invalid,2026")
    )
    ms = 1000 * seconds
    return f"worst hostile-seed extraction: {ms:.1f} ms ({name}, {count} seeds)"


def stories_report(count: int, work: Path) -> list[str]:
    """Build count synthetic stories: full, no-change, edit, add; return the report."""
    from .bench import prepare, run_steps  # noqa: PLC0415

    work.mkdir(parents=True, exist_ok=True)
    runs = run_steps(prepare(count, work), work, count)
    lines = [f"{count} stories in {work / 'seeds'}", *run_table(runs, count)]
    full = runs[0]
    lines.append(
        f"worst per-seed extraction: {full.info['slowest_ms']} ms "
        f"({full.info['slowest']})"
    )
    if hostile := _hostile_line():
        lines.append(hostile)
    if search := search_index(work / "output"):
        lines.append(
            f"search index (Pagefind, {search[2]} month shards, two at a time): "
            f"{search[0]:.1f} s, peak {search[1]:.0f} MB"
        )
    return lines


def anchors_report(count: int, work: Path, script: Path) -> list[str]:
    """Run the anchors, then build Wiredesk on the same raw stories; compare."""
    from .bench import run_steps  # noqa: PLC0415

    anchors = run_anchors(script, count, work)
    raw = work / "corpus" / "raw"
    runs = run_steps(raw, work / "wiredesk", count, added=False)
    return [
        f"{count} stories from {script.parent.name} in {raw}",
        *run_table(runs, count),
        *ratio_lines(runs[0], anchors),
    ]
