from __future__ import annotations

from wiredesk.extract import ExtractOptions
from wiredesk.hostile import hostile_seeds, measure_hostile, write_hostile_seeds


def test_the_set_is_written_as_files(tmp_path):
    paths = write_hostile_seeds(tmp_path / "seeds")
    assert [p.name for p in paths] == sorted(hostile_seeds())
    assert (tmp_path / "seeds" / "too-large.txt").stat().st_size == 2 * 1024 * 1024
    assert (tmp_path / "seeds" / "short-lines.txt").read_text().count("\n") == 50_001


def test_the_bench_measures_every_seed_of_the_set():
    seconds, name, count = measure_hostile(
        ExtractOptions(id_authority="example.org,2026", default_year=2020)
    )
    assert count == len(hostile_seeds())
    assert name in hostile_seeds()
    assert seconds > 0
