from __future__ import annotations

from tests.support.project import ROOT
from tools import bench


def test_bench_builds_with_this_repositorys_settings():
    assert bench.ROOT == ROOT
    assert (bench.ROOT / "pelicanconf.py").is_file()
