import io
import os

import pytest
from pelican.plugins.wiredesk.build.progress import Progress
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.output.swap import keep_mtimes

from tools.benchdata import make_seed


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stdout_is_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(stream)
    progress.add("stories", 500)
    progress.done()
    assert stream.getvalue() == ""


def test_progress_draws_counts_on_a_terminal_and_clears_its_line():
    stream = Terminal()
    progress = Progress(stream)
    progress.add("stories", 1200)
    progress.add("pages", 340)
    progress.done()
    text = stream.getvalue()
    assert text.startswith("\r1200 stories read, 0 pages written, ")
    assert text.endswith("\r\033[K")
    assert progress.line().startswith("1200 stories read, 340 pages written, ")


def test_keep_mtimes_keeps_the_time_of_equal_files_and_linked_files(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        (folder / "a").mkdir(parents=True)
    (old / "a/same.html").write_text("same")
    (new / "a/same.html").write_text("same")
    (old / "a/changed.html").write_text("before")
    (new / "a/changed.html").write_text("after!")
    (old / "linked.html").write_text("linked")
    os.link(old / "linked.html", new / "linked.html")
    (new / "a/fresh.html").write_text("fresh")
    os.utime(old / "a/same.html", ns=(1_000_000_000, 1_000_000_000))
    os.utime(old / "a/changed.html", ns=(1_000_000_000, 1_000_000_000))
    assert keep_mtimes(new, old) == 2
    assert (new / "a/same.html").stat().st_mtime_ns == 1_000_000_000
    assert (new / "a/changed.html").stat().st_mtime_ns != 1_000_000_000


@pytest.mark.parametrize("index", [0, 17, 39, 40, 12340])
def test_dated_bench_stories_have_a_dateline_and_the_year_in_the_file_name(index):
    seed = make_seed(index)
    assert seed == make_seed(index)
    story = extract_story(
        seed.text.encode(),
        name=seed.name,
        options=ExtractOptions(id_authority="bench.invalid,2026"),
    )
    assert "no dateline" not in story.warnings
    assert story.date.year == int(seed.name[:4])
    assert 300 <= len(seed.text.split()) <= 1400
