"""`invoke bench` over several sizes: one report, ending with a summary across them."""

from __future__ import annotations

from pathlib import Path

from tools.bench import Run, compile_sources, empty_trash
from tools.benchreport import anchors_section, stories_section
from tools.benchsummary import (
    Anchors,
    anchors_table,
    cost_split_line,
    flatness_line,
    profile_lines,
    summary_table,
)

Profiled = tuple[int, Run] | None  # (stories, the profiled full build)


def work_folder(workdir: str | None, kind: str, count: int, many: bool) -> Path:
    """Return the scratch folder of one size: workdir itself when it has one size."""
    if workdir is None:
        return Path(f"/tmp/wiredesk-{kind}-{count}")
    return Path(workdir) / f"{kind}-{count}" if many else Path(workdir)


def _stories(
    stories: list[int], workdir: str | None, many: bool, profile: bool
) -> tuple[list[str], list[tuple[int, list[Run]]], Profiled]:
    lines: list[str] = []
    sizes: list[tuple[int, list[Run]]] = []
    profiled: Profiled = None
    for count in stories:
        section, runs, prof = stories_section(
            count,
            work_folder(workdir, "bench", count, many),
            profile=profile and count == stories[-1],
            hostile=count == stories[0],  # the hostile seeds do not depend on size
        )
        lines += [*section, ""]
        sizes.append((count, runs))
        profiled = (count, prof) if prof else profiled
    return lines, sizes, profiled


def _anchors(
    anchors: list[int], workdir: str | None, many: bool, script: Path, profile: bool
) -> tuple[list[str], list[tuple[int, Anchors, Run]], Profiled]:
    lines: list[str] = []
    rows: list[tuple[int, Anchors, Run]] = []
    profiled: Profiled = None
    for count in anchors:
        work = work_folder(workdir, "anchors", count, many)
        wanted = profile and count == anchors[-1]
        section, found, runs, prof = anchors_section(
            count, work, script, profile=wanted
        )
        lines += [*section, ""]
        rows.append((count, found, runs[0]))
        profiled = (count, prof) if prof else profiled
    return lines, rows, profiled


def bench_report(
    stories: list[int],
    anchors: list[int],
    workdir: str | None,
    script: Path,
    *,
    profile: bool = False,
) -> list[str]:
    """Bench every size of stories, then of anchors; end with a summary over them."""
    many = len(stories) + len(anchors) > 1
    compile_sources()
    lines, sizes, profiled = _stories(stories, workdir, many, profile)
    more, rows, by_anchors = _anchors(
        anchors, workdir, many, script, profile and not stories
    )
    lines += more
    if many:
        lines += summary(sizes, rows)
    if profiled := profiled or by_anchors:
        lines += profile_lines(profiled[1], profiled[0])
    if emptied := empty_trash():
        lines.append(
            "earlier builds, set aside while timing, deleted after it "
            f"({emptied} trash folders)"
        )
    return lines


def summary(
    sizes: list[tuple[int, list[Run]]], rows: list[tuple[int, Anchors, Run]]
) -> list[str]:
    """Return the summary: one line per size, flatness, anchors with ratios."""
    lines = ["== summary (memory: peak PSS of the build and its children, MB)"]
    if sizes:
        split = cost_split_line(sizes)
        lines += [*summary_table(sizes), flatness_line(sizes), *filter(None, [split])]
        lines.append("")
    if rows:
        lines += ["anchors against Wiredesk's full build of the same stories"]
        lines += [*anchors_table(rows), ""]
    return lines
