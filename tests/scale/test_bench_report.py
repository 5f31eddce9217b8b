"""What `invoke bench` prints over several sizes, from hand-made measurements."""

import importlib.util
import sys
from pathlib import Path

import pytest

from tools.bench import (
    ADDED,
    EDITED,
    FULL,
    NO_CHANGE,
    TRASH,
    Run,
    compile_sources,
    empty_trash,
)
from tools.benchreport import TIMED_SEARCH, search_index
from tools.benchrun import summary, work_folder
from tools.benchsummary import (
    anchors_table,
    cost_split,
    flatness,
    flatness_line,
    function_label,
    parse_sizes,
    profile_lines,
    summary_table,
    top_functions,
)


def run(step, seconds, peak=300.0, without=250.0, profile=()):
    return Run(step, seconds, peak, without, {}, 0, 0.0, profile)


def size(full, edit, add, full_peak=(800.0, 700.0)):
    return [
        run(FULL, full, *full_peak),
        run(NO_CHANGE, 0.2),
        run(EDITED, edit),
        run(ADDED, add),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1000", [1000]),
        (1000, [1000]),
        ("1000,10000,30000", [1000, 10000, 30000]),
        ("30000, 1000", [1000, 30000]),
        ("1000,1000", [1000]),
        ("10_000", [10000]),
        (None, []),
        ("", []),
    ],
)
def test_sizes_are_a_count_or_a_comma_separated_list(value, expected):
    assert parse_sizes(value, "stories") == expected


@pytest.mark.parametrize("value", ["abc", "1000,", "0", "-5", "1e3", "1000;2000"])
def test_a_malformed_size_list_names_the_flag_and_the_value(value):
    with pytest.raises(ValueError, match=r"--anchors wants a count") as caught:
        parse_sizes(value, "anchors")
    assert repr(value) in str(caught.value)


def test_the_summary_has_one_row_per_size_with_full_edit_add_and_peak_pss():
    sizes = [(1000, size(4.0, 0.5, 0.75)), (10000, size(45.0, 0.8, 1.25, (1500, 1200)))]
    lines = summary_table(sizes)
    assert lines[0].split() == [
        "stories", "full", "s", "ms/story", "edit", "s", "add", "s", "PSS", "MB",
        "-search",
    ]  # fmt: skip
    assert [line.split() for line in lines[1:]] == [
        ["1000", "4.00", "4.000", "0.50", "0.75", "800", "700"],
        ["10000", "45.00", "4.500", "0.80", "1.25", "1500", "1200"],
    ]


def test_a_size_without_an_added_story_shows_a_dash():
    runs = [run(FULL, 3.0), run(NO_CHANGE, 0.1), run(EDITED, 0.4)]
    assert summary_table([(500, runs)])[1].split() == [
        "500", "3.00", "6.000", "0.40", "-", "300", "250",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("fulls", "ratio", "verdict"),
    [
        ([(1000, 4.0), (10000, 45.0), (30000, 150.0)], 1.25, "met"),
        ([(1000, 5.0), (10000, 40.0)], 1.25, "met"),
        ([(1000, 4.0), (30000, 180.0)], 1.5, "missed"),
        ([(200, 6.0), (400, 8.0)], 1.5, "missed"),
        ([(1000, 4.0), (2000, 8.0)], 1.0, "met"),
    ],
)
def test_flatness_is_max_over_min_of_the_full_builds_ms_per_story(
    fulls, ratio, verdict
):
    sizes = [(count, size(seconds, 0.5, 0.5)) for count, seconds in fulls]
    assert flatness(sizes) == pytest.approx(ratio)
    assert flatness_line(sizes).endswith(f"{ratio:.2f} (target <= 1.25: {verdict})")


def test_one_size_has_no_flatness():
    sizes = [(1000, size(4.0, 0.5, 0.5))]
    assert flatness(sizes) is None
    assert flatness_line(sizes) == "per-story cost flatness: needs two sizes or more"


def test_the_full_builds_split_into_a_fixed_part_and_a_part_per_story():
    sizes = [(n, size(1.2 + 0.0018 * n, 0.5, 0.5)) for n in (1000, 10000, 30000)]
    fixed, per_story = cost_split(sizes)
    assert (fixed, per_story) == (pytest.approx(1.2), pytest.approx(1.8))
    lines = summary(sizes, [])
    flat = next(i for i, line in enumerate(lines) if line.startswith("per-story"))
    assert (
        lines[flat + 1]
        == "full build ~ 1.20 s + 1.800 ms a story (least squares over 3 sizes)"
    )


def test_a_line_through_noisy_sizes_is_their_least_squares_fit():
    sizes = [(1000, size(3.0, 0.5, 0.5)), (2000, size(4.0, 0.5, 0.5))]
    sizes.append((3000, size(6.0, 0.5, 0.5)))
    assert cost_split(sizes) == (pytest.approx(1.3333, abs=1e-4), pytest.approx(1.5))
    assert cost_split(sizes[:1]) is None


def test_the_checkouts_modules_are_compiled_before_any_build_is_timed(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    sources = [tmp_path / "plugins/site/pages.py", tmp_path / "tools/timing.py"]
    for source in sources:
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("VALUE = 1\n")
    compile_sources(tmp_path)
    for source in sources:
        assert Path(importlib.util.cache_from_source(str(source))).is_file()


def test_anchors_are_compared_with_wiredesks_full_build_of_the_same_count():
    full = run(FULL, 20.0, 400.0, 200.0)
    lines = anchors_table(
        [(10000, {"pelican": (60.0, 600.0), "hugo": (5.0, 100.0)}, full)]
    )
    assert [line.split()[:8] for line in lines[1:4]] == [
        ["10000", "Wiredesk", "20.00", "2.000", "400", "-", "-", "-"],
        ["10000", "pelican", "60.00", "6.000", "600", "3.00", "1.50", "3.00"],
        ["10000", "hugo", "5.00", "0.500", "100", "0.25", "0.25", "0.50"],
    ]


def test_the_summary_says_memory_is_pss_and_lists_sizes_then_anchors():
    full = run(FULL, 20.0, 400.0, 200.0)
    lines = summary(
        [(1000, size(4.0, 0.5, 0.5))], [(1000, {"hugo": (1.0, 80.0)}, full)]
    )
    assert "PSS" in lines[0]
    assert [line.split()[0] for line in lines[2:3]] == ["1000"]
    assert lines[3] == "per-story cost flatness: needs two sizes or more"
    assert any(line.split()[1:2] == ["hugo"] for line in lines)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (("/work/main/plugins/wiredesk/build.py", 153, "run_build"),
         "plugins/wiredesk/build.py:153 run_build"),
        (("/work/main/.venv/lib/python3.11/site-packages/jinja2/environment.py", 1295,
          "render"), "jinja2/environment.py:1295 render"),
        (("/usr/lib/python3.11/concurrent/futures/_base.py", 428, "result"),
         "concurrent/futures/_base.py:428 result"),
        (("~", 0, "<method 'acquire' of '_thread.lock' objects>"),
         "<method 'acquire' of '_thread.lock' objects>"),
    ],
)  # fmt: skip
def test_profiled_functions_are_named_by_file_line_and_name(where, expected):
    assert function_label(where, "/work/main") == expected


def test_the_profile_keeps_the_functions_with_most_cumulative_time_first():
    stats = {
        ("/r/a.py", 1, "slow"): (1, 1, 0.1, 9.0, {}),
        ("/r/b.py", 2, "fast"): (1, 1, 0.1, 0.5, {}),
        ("/r/c.py", 3, "middle"): (1, 1, 0.1, 3.0, {}),
    }
    assert top_functions(stats, "/r", 2) == (
        ("a.py:1 slow", 9.0),
        ("c.py:3 middle", 3.0),
    )


def test_the_profile_prints_cumulative_seconds_then_file_line_function():
    profiled = run(FULL, 12.5, profile=(("a.py:1 slow", 9.0), ("c.py:3 middle", 3.25)))
    lines = profile_lines(profiled, 30000)
    assert "30000 stories" in lines[0]
    assert "top 2 by cumulative time" in lines[0]
    assert [line.split(maxsplit=1) for line in lines[2:]] == [
        ["9.000", "a.py:1 slow"],
        ["3.250", "c.py:3 middle"],
    ]


@pytest.mark.parametrize(
    ("workdir", "many", "expected"),
    [
        (None, False, "/tmp/wiredesk-bench-1000"),
        (None, True, "/tmp/wiredesk-bench-1000"),
        ("/scratch", False, "/scratch"),
        ("/scratch", True, "/scratch/bench-1000"),
    ],
)
def test_each_size_gets_its_own_scratch_folder(workdir, many, expected):
    assert work_folder(workdir, "bench", 1000, many) == Path(expected)


def _story_page(output: Path, day: str, slug: str) -> None:
    page = output / day / slug / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        f'<!DOCTYPE html><html lang="en"><head><title>{slug}</title></head><body>'
        f"<main data-pagefind-body><h1>Story {slug}</h1>"
        f"<p>What story {slug} says.</p></main></body></html>",
        encoding="utf-8",
    )


def test_the_search_index_is_timed_into_a_fresh_folder_not_the_sites_bundles(
    tmp_path,
):
    output = tmp_path / "output"
    _story_page(output, "2019/01/07", "first")
    _story_page(output, "2019/01/14", "second")
    kept = output / "pagefind" / "2019-W02" / "pagefind-entry.json"
    kept.parent.mkdir(parents=True)
    kept.write_text("{}", encoding="utf-8")
    try:
        seconds, _peak, shards = search_index(output)
        assert shards == 2 and seconds > 0
        # a full build writes every bundle anew: rewriting these would be faster
        assert sorted((output / "pagefind").rglob("*")) == [kept.parent, kept]
        assert kept.read_text(encoding="utf-8") == "{}"
        assert not (tmp_path / TIMED_SEARCH).exists()
        [timed] = (tmp_path / TRASH).iterdir()  # set aside, deleted after timing
        assert timed.name.startswith(TIMED_SEARCH)
        weeks = sorted(p.parent.name for p in timed.glob("*/pagefind-entry.json"))
        assert weeks == ["2019-W02", "2019-W03"]
    finally:
        empty_trash()
