from __future__ import annotations

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions

from tools import hostile
from tools.hostile import hostile_seeds, measure_hostile, write_hostile_seeds

OPTIONS = ExtractOptions(id_authority="example.org,2026", default_year=2020)
# Seconds each seed "takes" on the fake clock below; every other seed takes 0.01.
SLOW = {"long-sentence.txt": 0.75, "too-large.txt": 0.5, "short-lines.txt": 0.25}


def test_the_set_is_written_as_files(tmp_path):
    paths = write_hostile_seeds(tmp_path / "seeds")
    assert [p.name for p in paths] == sorted(hostile_seeds())
    assert (tmp_path / "seeds" / "too-large.txt").stat().st_size == 2 * 1024 * 1024
    assert (tmp_path / "seeds" / "short-lines.txt").read_text().count("\n") == 50_001


@pytest.fixture
def fake_clock(monkeypatch):
    """Extraction on a fake clock: each seed advances it by its SLOW time.

    Returns the calls: (file name, size limit, bytes) in order.
    """
    now, calls = [0.0], []

    def extract(data, *, name, options):
        calls.append((name, options.max_bytes, len(data)))
        now[0] += SLOW.get(name, 0.01)
        if name in ("empty.txt", "image.txt"):
            raise ExtractError(f"{name}: refused")

    monkeypatch.setattr(hostile, "extract_story", extract)
    monkeypatch.setattr(hostile.time, "perf_counter", lambda: now[0])
    return calls


def test_the_bench_reports_the_slowest_seed_and_its_time(fake_clock):
    seconds, name, count = measure_hostile(OPTIONS)
    assert (seconds, name) == (0.75, "long-sentence.txt")
    assert count == len(hostile_seeds())


def test_every_seed_is_extracted_once_and_none_is_refused_for_size(fake_clock):
    measure_hostile(OPTIONS)
    warm_ups = [c for c in fake_clock if c[0] == "warm-up.txt"]
    seeds = [c for c in fake_clock if c[0] != "warm-up.txt"]
    assert fake_clock[: len(warm_ups)] == warm_ups  # loading is not timed as a seed
    assert sorted(name for name, _, _ in seeds) == sorted(hostile_seeds())
    assert all(size <= limit for _, limit, size in seeds)


def test_the_bench_measures_every_seed_of_the_real_extractor():
    seconds, name, count = measure_hostile(OPTIONS)
    assert count == len(hostile_seeds())
    assert name in hostile_seeds()
    assert seconds > 0
