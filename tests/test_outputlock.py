"""Builds of one output take turns, and folders of builds that died are removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pelican.plugins.wiredesk.output.lock import (
    hold_output_lock,
    remove_stale_staging,
    staging_area,
    work_folder,
)

from tests.support.builds import (
    clean_build,
    finish,
    snapshot,
    start_build,
    write_stories,
)
from tests.support.hostile import ROOT, write_settings

WAITING = "another build of"
HOLDER = """
import sys
from pelican.plugins.wiredesk.output.lock import hold_output_lock, work_folder
with hold_output_lock(sys.argv[1]):
    print(work_folder(sys.argv[1], "build"), flush=True)
    sys.stdin.read()
"""


def dead_pid() -> int:
    """Return the id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def holder(tmp_path):
    """Another process that holds out/'s lock and has a work folder, until killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "out")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )
    folder = Path(process.stdout.readline().strip())
    yield process, folder
    process.kill()
    process.communicate()  # closes its pipes


def test_folders_of_dead_builds_are_removed_and_the_lock_kept(tmp_path):
    out, pid = tmp_path / "out", dead_pid()
    area = staging_area(out)
    for name in (f"build-{pid}-1", f"search-pages-{pid}-2"):
        (area / name / "2020").mkdir(parents=True)
    (area / "lock").touch()
    legacy = tmp_path / f".out.staging-{pid}"  # beside the output, as before
    (legacy / "feeds").mkdir(parents=True)
    removed = remove_stale_staging(out)
    assert sorted(p.name for p in removed) == sorted(
        [f"build-{pid}-1", f"search-pages-{pid}-2", legacy.name]
    )
    assert [p.name for p in area.iterdir()] == ["lock"]
    assert not legacy.exists()


def test_a_running_builds_folder_is_never_removed(tmp_path, holder):
    process, folder = holder
    assert folder.parent == staging_area(tmp_path / "out")
    assert remove_stale_staging(tmp_path / "out") == []
    assert folder.is_dir()
    process.send_signal(signal.SIGKILL)
    process.wait()  # the system frees its lock
    assert remove_stale_staging(tmp_path / "out") == [folder]
    assert not folder.exists()


def test_under_the_lock_only_this_builds_folders_are_kept(tmp_path):
    out = tmp_path / "out"
    with hold_output_lock(out):
        mine = work_folder(out, "build")
        other = staging_area(out) / f"build-{os.getppid()}-1"  # a live process
        other.mkdir()
        assert remove_stale_staging(out) == [other]
        assert mine.is_dir()
        with hold_output_lock(out):  # the same process may enter again
            assert remove_stale_staging(out) == []


def test_a_second_build_waits_saying_so_once(tmp_path):
    write_stories(tmp_path / "seeds", {"a": "The first story of the day."})
    with hold_output_lock(tmp_path / "out"):
        second = start_build(tmp_path)
        line = second.stderr.readline()  # it says so before it waits
        assert WAITING in line
        assert not (tmp_path / "out").exists()  # nothing written while it waits
    output = line + finish(second)
    assert output.count(WAITING) == 1
    assert (tmp_path / "out" / "index.html").is_file()
    assert [p.name for p in staging_area(tmp_path / "out").iterdir()] == ["lock"]


def test_two_builds_of_one_output_leave_one_builds_whole_result(tmp_path):
    stories = {
        "a": {f"s{n}": f"Deputies met for talk number {n}." for n in range(3)},
        "b": {f"s{n}": f"The bank changed rate number {n}." for n in range(2, 6)},
    }
    wholes = []
    for name, texts in stories.items():
        write_stories(tmp_path / f"seeds-{name}", texts)
        wholes.append(
            clean_build(tmp_path / f"clean-{name}", tmp_path / f"seeds-{name}")
        )
    for _ in range(2):  # into no output, then over the result of the first round
        builds = [
            start_build(tmp_path, seeds=f"seeds-{name}", out="shared")
            for name in stories
        ]
        for process in builds:
            finish(process)
        assert snapshot(tmp_path / "shared") in wholes


@pytest.mark.parametrize("delete", [False, True], ids=["keep-output", "delete-output"])
def test_files_pelican_retains_survive_every_build(tmp_path, delete):
    settings = write_settings(
        tmp_path, OUTPUT_RETENTION=[".git"], DELETE_OUTPUT_DIRECTORY=delete
    )
    write_stories(tmp_path / "seeds", {"a": "The first story of the day."})
    finish(start_build(tmp_path, settings=settings))
    git = tmp_path / "out" / ".git"
    (git / "refs").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (git / "refs" / "main").write_text("0123abcd\n")
    kept = snapshot(git)
    write_stories(tmp_path / "seeds", {"a": "The first story, edited.", "b": "More."})
    finish(start_build(tmp_path, settings=settings))  # a rebuild, in place
    assert snapshot(git) == kept
    finish(start_build(tmp_path, "--siteurl", "http://example.org", settings=settings))
    assert "example.org" in (tmp_path / "out" / "index.html").read_text()  # swapped
    assert snapshot(git) == kept
    assert [p.name for p in staging_area(tmp_path / "out").iterdir()] == ["lock"]
