"""The tables `invoke bench` prints, from measured runs: no measuring here."""

from __future__ import annotations

import re
from statistics import linear_regression
from typing import Any

from tools.bench import ADDED, EDITED, FULL, Run

FLAT_TARGET = 1.25  # per-story cost of the largest and smallest size within 25%
MIN_SIZES = 2  # flatness compares sizes
WARNING_KINDS = 3  # the most common warnings a report names
Anchors = dict[str, tuple[float, float]]  # tool -> (wall seconds, peak MB)
SIZE_RE = re.compile(r"\d+")
STDLIB_RE = re.compile(r"^.*/lib/python3\.\d+/")


def parse_sizes(value: str | int | None, flag: str) -> list[int]:
    """Return the story counts of `--flag N` or `--flag N,M,...`: sorted, distinct."""
    if value is None or value in ("", 0):
        return []
    sizes = set()
    for part in str(value).split(","):
        text = part.strip().replace("_", "")
        if not SIZE_RE.fullmatch(text) or int(text) == 0:
            raise ValueError(
                f"--{flag} wants a count or a comma-separated list of counts "
                f"(like 1000,10000); got {value!r}"
            )
        sizes.add(int(text))
    return sorted(sizes)


def ms_per_story(run: Run, count: int) -> float:
    """Return run's wall time per story, in milliseconds."""
    return 1000 * run.seconds / count


def run_table(runs: list[Run], stories: int) -> list[str]:
    """Return the step table: one line per step, with ms per story and peak PSS."""
    lines = [
        f"{'step':26} {'wall s':>8} {'cpu s':>8} {'search s':>9} {'ms/story':>9} "
        f"{'PSS MB':>8} "
        f"{'-search':>8} "
        f"{'rendered':>9} {'kept':>8} {'files':>7} {'MB out':>7}"
    ]
    for run in runs:
        lines.append(
            f"{run.step:26} {run.seconds:8.2f} {run.info.get('cpu_s', 0.0):8.2f} "
            f"{run.info.get('search_s', 0.0):9.2f} "
            f"{ms_per_story(run, stories):9.3f} "
            f"{run.peak_mb:8.0f} {run.peak_build_mb:8.0f} "
            f"{run.info.get('rendered', 0):9d} "
            f"{run.info.get('linked', 0):8d} {run.files:7d} {run.written_mb:7.1f}"
        )
    return lines


def outcome_line(run: Run, seeds: int) -> str:
    """Say what a build published, reported and warned of: warnings by kind."""
    info = run.info
    kinds: dict[str, int] = info.get("warnings", {})
    shown = [f"{n} {text}" for text, n in list(kinds.items())[:WARNING_KINDS]]
    if len(kinds) > WARNING_KINDS:
        shown.append(f"{len(kinds) - WARNING_KINDS} more kinds")
    warned = f" ({'; '.join(shown)})" if shown else ""
    return (
        f"{run.step}: published {info.get('published', 0)} of {seeds} seeds, "
        f"{info.get('reports', 0)} reports, {sum(kinds.values())} warnings{warned}"
    )


def _seconds(runs: list[Run], step: str) -> str:
    found = [run.seconds for run in runs if run.step == step]
    return f"{found[0]:8.2f}" if found else f"{'-':>8}"


def summary_table(sizes: list[tuple[int, list[Run]]]) -> list[str]:
    """Return one line per size: full, edit and add seconds, peak PSS of any step."""
    lines = [
        f"{'stories':>8} {'full s':>8} {'ms/story':>9} {'edit s':>8} {'add s':>8} "
        f"{'PSS MB':>8} {'-search':>8}"
    ]
    for count, runs in sizes:
        full = next(run for run in runs if run.step == FULL)
        lines.append(
            f"{count:8d} {full.seconds:8.2f} {ms_per_story(full, count):9.3f} "
            f"{_seconds(runs, EDITED)} {_seconds(runs, ADDED)} "
            f"{max(run.peak_mb for run in runs):8.0f} "
            f"{max(run.peak_build_mb for run in runs):8.0f}"
        )
    return lines


def full_builds(sizes: list[tuple[int, list[Run]]]) -> list[tuple[int, Run]]:
    """Return (stories, full build) of each size that has one."""
    return [(count, run) for count, runs in sizes for run in runs if run.step == FULL]


def flatness(sizes: list[tuple[int, list[Run]]]) -> float | None:
    """Return max/min of the full build's ms per story over sizes (None under two)."""
    costs = [ms_per_story(run, count) for count, run in full_builds(sizes)]
    if len(costs) < MIN_SIZES or min(costs) <= 0:
        return None
    return max(costs) / min(costs)


def flatness_line(sizes: list[tuple[int, list[Run]]]) -> str:
    """Say how flat the full build's cost per story is across sizes, against target."""
    ratio = flatness(sizes)
    if ratio is None:
        return "per-story cost flatness: needs two sizes or more"
    verdict = "met" if ratio <= FLAT_TARGET else "missed"
    return (
        f"per-story cost flatness (full build ms/story, max/min): {ratio:.2f} "
        f"(target <= {FLAT_TARGET:.2f}: {verdict})"
    )


def cost_split(sizes: list[tuple[int, list[Run]]]) -> tuple[float, float] | None:
    """Return (fixed seconds, ms per story) of the full builds' least-squares line.

    None under two sizes. The fixed part is what every build pays whatever its
    size (start, the first build's gazetteer); spread over few stories, it is
    what lifts the smallest size's ms per story above the others'.
    """
    points = [(count, run.seconds) for count, run in full_builds(sizes)]
    if len(points) < MIN_SIZES:
        return None
    slope, fixed = linear_regression(*zip(*points, strict=True))
    return fixed, 1000 * slope


def cost_split_line(sizes: list[tuple[int, list[Run]]]) -> str | None:
    """Say the full build's cost as a fixed part plus a part per story, if known."""
    split = cost_split(sizes)
    if split is None:
        return None
    fixed, per_story = split
    return (
        f"full build ~ {fixed:.2f} s + {per_story:.3f} ms a story "
        f"(least squares over {len(sizes)} sizes)"
    )


def ratio_lines(full: Run, anchors: Anchors) -> list[str]:
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


def _anchor_line(count: int, name: str, wall: float, mb: float, ratios: str) -> str:
    per_story = 1000 * wall / count
    return f"{count:8d} {name:10} {wall:8.2f} {per_story:9.3f} {mb:8.0f} {ratios}"


def anchors_table(rows: list[tuple[int, Anchors, Run]]) -> list[str]:
    """Return one line per tool and size, with ratios to Wiredesk's full build."""
    lines = [
        f"{'stories':>8} {'tool':10} {'wall s':>8} {'ms/story':>9} {'peak MB':>8} "
        f"{'time x':>7} {'mem x':>7} {'-search':>8}",
    ]
    for count, anchors, full in rows:
        ratios = (
            f"{'-':>7} {'-':>7} {'-':>8}  (PSS; {full.peak_build_mb:.0f} MB -search)"
        )
        lines.append(
            _anchor_line(count, "Wiredesk", full.seconds, full.peak_mb, ratios)
        )
        for name, (wall, mb) in anchors.items():
            ratios = (
                f"{wall / full.seconds:7.2f} {mb / full.peak_mb:7.2f} "
                f"{mb / full.peak_build_mb:8.2f}"
            )
            lines.append(_anchor_line(count, name, wall, mb, ratios))
    lines.append(
        "x: the tool's figure over Wiredesk's full build of the same stories; "
        "Pelican and Hugo memory is the peak RSS of their one process"
    )
    return lines


def function_label(where: tuple[str, int, str], root: str) -> str:
    """Return `file:line function` with the file relative to root or site-packages."""
    path, line, name = where
    if path == "~":
        return name  # a built-in: no file
    root = root.rstrip("/") + "/"
    if "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    elif path.startswith(root):
        path = path[len(root) :]
    else:
        path = STDLIB_RE.sub("", path)
    return f"{path}:{line} {name}"


def top_functions(
    stats: dict[tuple[str, int, str], Any], root: str, count: int
) -> tuple[tuple[str, float], ...]:
    """Return (label, cumulative seconds) of the count functions with most of it."""
    ranked = sorted(
        ((function_label(where, root), row[3]) for where, row in stats.items()),
        key=lambda item: (-item[1], item[0]),
    )
    return tuple(ranked[:count])


def profile_lines(run: Run, stories: int) -> list[str]:
    """Return the profile of run: its functions by cumulative time."""
    lines = [
        f"profile of a separate {run.step} of {stories} stories: top "
        f"{len(run.profile)} by cumulative time, {run.seconds:.2f} s under cProfile "
        "(the build process only: its forked workers are not profiled)",
        f"{'cumtime s':>10}  file:line function",
    ]
    lines += [f"{seconds:10.3f}  {label}" for label, seconds in run.profile]
    return lines
