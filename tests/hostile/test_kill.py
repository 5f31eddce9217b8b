"""kill -9 at any point of a build: readers see old or new pages, nothing is left over.

The kill points are file changes picked by a seeded random generator (the same
points every run, so a failure repeats); each kills the build's whole process group.
"""

from __future__ import annotations

import random
import shutil
import signal
import sys
from pathlib import Path

import pytest

from tests.support.builds import (
    clean_build,
    finish,
    snapshot,
    start_build,
    write_stories,
)

KILLPOINT = Path(__file__).resolve().parents[1] / "support" / "killpoint.py"
SEED = 16
KILLS = 3
# The same sections before and after (a new section menu would rebuild everything):
# one story edited, one removed, one added.
OLD = {
    "a": "Deputies approved the budget for the next three years.",
    "b": "The central bank kept its key rate unchanged.",
    "c": "The football club won the national championship.",
    "d": "Lavrov met his Chinese colleague Wang Yi in Beijing.",
    "f": "The finance ministry sold bonds worth ten billion roubles.",
}
NEW = {
    **{name: OLD[name] for name in "bcd"},
    "a": "Deputies approved the budget for the next four years after a long debate.",
    "e": "The central bank raised its key rate by one point.",
}


def set_seeds(folder: Path, stories: dict[str, str]) -> None:
    shutil.rmtree(folder / "seeds", ignore_errors=True)
    write_stories(folder / "seeds", stories)


def killed_build(folder: Path, at: int, *args: str) -> int:
    """Run a build that kills itself at its at-th file change; return its exit code."""
    counter = folder / "changes"
    counter.unlink(missing_ok=True)
    python = [sys.executable, str(KILLPOINT), str(counter), str(at)]
    process = start_build(folder, *args, python=python)
    process.communicate()
    return process.returncode


def kill_points(folder: Path, *args: str) -> list[int]:
    """Count the file changes of a whole run in folder; pick one in each KILLS-th."""
    assert killed_build(folder, 0, *args) == 0
    changes = (folder / "changes").stat().st_size
    assert changes > KILLS
    rng = random.Random(SEED)
    bands = [
        (n * changes // KILLS + 1, (n + 1) * changes // KILLS) for n in range(KILLS)
    ]
    return [rng.randint(low, high) for low, high in bands]


def left_over(folder: Path) -> list[str]:
    """Return what builds left beside out/ (and inside its staging area)."""
    area = folder / ".out.staging"
    found = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    found += [p.name for p in area.iterdir()] if area.is_dir() else []
    return sorted(set(found) - {".out.staging", "lock"})


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """Clean builds of the old and the new stories (the new also at another URL)."""
    root = tmp_path_factory.mktemp("versions")
    for name, stories in (("old", OLD), ("new", NEW)):
        write_stories(root / f"{name}-seeds", stories)
    return {
        "old": clean_build(root / "old", root / "old-seeds"),
        "new": clean_build(root / "new", root / "new-seeds"),
        "moved": clean_build(
            root / "moved", root / "new-seeds", "--siteurl", "http://example.org"
        ),
    }


def start_from_old(folder: Path) -> None:
    """Build the old stories into folder/out, then put the new ones in seeds/."""
    set_seeds(folder, OLD)
    finish(start_build(folder))
    set_seeds(folder, NEW)


def test_a_rebuild_killed_anywhere_leaves_every_file_old_or_new(tmp_path, versions):
    old, new = versions["old"], versions["new"]
    start_from_old(tmp_path / "count")
    before = (tmp_path / "count" / "out").stat().st_ino
    points = kill_points(tmp_path / "count")
    assert snapshot(tmp_path / "count" / "out") == new
    assert (tmp_path / "count" / "out").stat().st_ino == before  # in place
    for at in points:
        folder = tmp_path / f"kill-{at}"
        start_from_old(folder)
        assert killed_build(folder, at) == -signal.SIGKILL, at
        now = snapshot(folder / "out")
        for rel, data in now.items():
            assert data in (old.get(rel), new.get(rel)), (at, rel)
        assert not [rel for rel in old.keys() & new.keys() if rel not in now], at
        finish(start_build(folder))
        assert snapshot(folder / "out") == new, at
        assert left_over(folder) == [], at


def test_a_full_build_killed_anywhere_leaves_one_whole_site(tmp_path, versions):
    moved = ("--siteurl", "http://example.org")  # a new SITEURL: everything anew
    start_from_old(tmp_path / "count")
    before = (tmp_path / "count" / "out").stat().st_ino
    points = kill_points(tmp_path / "count", *moved)
    assert snapshot(tmp_path / "count" / "out") == versions["moved"]
    assert (tmp_path / "count" / "out").stat().st_ino != before  # swapped in
    litter = []
    for at in points:
        folder = tmp_path / f"kill-{at}"
        start_from_old(folder)
        assert killed_build(folder, at, *moved) == -signal.SIGKILL, at
        assert snapshot(folder / "out") in (versions["old"], versions["moved"]), at
        litter += left_over(folder)
        finish(start_build(folder, *moved))
        assert snapshot(folder / "out") == versions["moved"], at
        assert left_over(folder) == [], at
    assert litter  # some kill left a staging folder, and the next build removed it
