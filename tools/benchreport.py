"""The tables `invoke bench` prints, and the anchors it compares against."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import threading
import time
from datetime import date
from pathlib import Path

import psutil

from tools.bench import Run, set_aside
from tools.benchsummary import Anchors, outcome_line, ratio_lines, run_table

TIMED_SEARCH = "search-timed"  # beside the output: the bundles the bench times
ANCHOR_RE = re.compile(
    r"^(?P<name>\S+)\s+(?P<wall>[\d.]+) s\s+(?P<ms>[\d.]+) ms/story\s+"
    r"peak RSS\s+(?P<mb>[\d.]+) MB"
)


def story_shards(output: Path) -> dict[str, list[str]]:
    """Group the story pages of a built site by ISO week, as the build shards search."""
    shards: dict[str, list[str]] = {}
    for page in sorted(output.glob("[0-9]*/[0-9]*/[0-9]*/*/index.html")):
        rel = page.relative_to(output)
        year, week, _ = date(*map(int, rel.parts[:3])).isocalendar()
        shards.setdefault(f"{year:04d}-W{week:02d}", []).append(rel.as_posix())
    return shards


def search_index(output: Path) -> tuple[float, float, int] | None:
    """Time indexing every search shard of a built site: (seconds, peak MB, shards).

    The bundles go into a fresh folder beside output, as a full build makes them:
    over the output's own bundles Pagefind would rewrite its files in place rather
    than create them, faster than any build indexes. The folder is set aside once
    timed.
    """
    from pelican.plugins.wiredesk.search.pagefind import (  # noqa: PLC0415
        SearchIndexError,
        index_shards_into,
    )

    shards = story_shards(output)
    if not shards:
        return None
    folder = output.parent / TIMED_SEARCH
    set_aside(folder)
    errors: list[Exception] = []

    def run() -> None:
        try:
            index_shards_into(output, shards, folder)
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
    seconds = time.perf_counter() - started
    set_aside(folder)
    if errors:
        return None
    return seconds, peak / 2**20, len(shards)


def run_anchors(script: Path, count: int, work: Path) -> dict[str, tuple[float, float]]:
    """Run the anchors script; return {tool: (wall seconds, peak MB)}.

    Their previous outputs are set aside first: the script deletes them just
    before it builds, which would slow the builds it times (see set_aside).
    """
    from tools.bench import set_aside  # noqa: PLC0415

    for name in ("out-pelican", "out-hugo"):
        set_aside(work / name)
    os.sync()  # as before each of Wiredesk's timed builds
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


def _hostile_line() -> str | None:
    try:
        from tools.hostile import measure_hostile  # noqa: PLC0415 - optional part of the bench
    except ImportError:
        return None
    from pelican.plugins.wiredesk.errors import ExtractError  # noqa: PLC0415
    from pelican.plugins.wiredesk.extract import ExtractOptions  # noqa: PLC0415

    options = ExtractOptions(id_authority="bench.invalid,2026", default_year=2026)
    try:
        seconds, name, count = measure_hostile(options)
    except ExtractError as e:
        return f"worst hostile-seed extraction: not measured ({e})"
    ms = 1000 * seconds
    return f"worst hostile-seed extraction: {ms:.1f} ms ({name}, {count} seeds)"


def stories_section(
    count: int, work: Path, *, profile: bool = False, hostile: bool = True
) -> tuple[list[str], list[Run], Run | None]:
    """Build count synthetic stories: full, no-change, edit, add; return the report."""
    from tools.bench import prepare, profile_full, run_steps  # noqa: PLC0415
    from tools.benchdata import mix_note  # noqa: PLC0415

    work.mkdir(parents=True, exist_ok=True)
    seeds = prepare(count, work)
    runs = run_steps(seeds, work, count)
    lines = [f"== {count} stories in {seeds}", mix_note(), *run_table(runs, count)]
    full = runs[0]
    lines.append(outcome_line(full, count))
    lines.append(
        f"worst per-seed extraction: {full.info['slowest_ms']} ms "
        f"({full.info['slowest']})"
    )
    if hostile and (line := _hostile_line()):
        lines.append(line)
    if search := search_index(work / "output"):
        lines.append(
            f"search index (Pagefind, {search[2]} weekly shards, two at a time): "
            f"{search[0]:.1f} s, peak {search[1]:.0f} MB"
        )
    return lines, runs, profile_full(seeds, work) if profile else None


def stories_report(count: int, work: Path) -> list[str]:
    """Build count synthetic stories: full, no-change, edit, add; return the report."""
    return stories_section(count, work)[0]


def anchors_section(
    count: int, work: Path, script: Path, *, profile: bool = False
) -> tuple[list[str], Anchors, list[Run], Run | None]:
    """Run the anchors, then build Wiredesk on the same raw stories; compare."""
    from tools.bench import profile_full, run_steps  # noqa: PLC0415

    anchors = run_anchors(script, count, work)
    raw = work / "corpus" / "raw"
    runs = run_steps(raw, work / "wiredesk", count, desk=False)
    lines = [
        f"== {count} stories from {script.parent.name} in {raw}",
        *run_table(runs, count),
        outcome_line(runs[0], count),
        *ratio_lines(runs[0], anchors),
    ]
    profiled = profile_full(raw, work / "wiredesk") if profile else None
    return lines, anchors, runs, profiled


def anchors_report(count: int, work: Path, script: Path) -> list[str]:
    """Run the anchors, then build Wiredesk on the same raw stories; compare."""
    return anchors_section(count, work, script)[0]
