from __future__ import annotations

from tests.support.project import ROOT
from tools import bench


def test_bench_builds_with_this_repositorys_settings():
    assert bench.ROOT == ROOT
    assert (bench.ROOT / "pelicanconf.py").is_file()


def test_what_a_timed_build_replaces_is_set_aside_and_deleted_only_afterwards(
    tmp_path,
):
    output = tmp_path / "output"
    (output / "story").mkdir(parents=True)
    (output / "story" / "index.html").write_text("old", encoding="utf-8")
    bench.set_aside(output)
    assert not output.exists()  # the build starts from nothing
    trash = tmp_path / bench.TRASH
    assert [p.name.partition("-")[0] for p in trash.iterdir()] == ["output"]
    bench.set_aside(tmp_path / "never-built")  # nothing there: nothing to do
    assert bench.empty_trash() == 1
    assert not trash.exists()
    assert bench.empty_trash() == 0
