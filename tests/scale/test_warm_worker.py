"""A rebuild's few fresh seeds are extracted by a worker forked before the lookup."""

from pelican.plugins.wiredesk.catalog import warm
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.catalog.warm import WarmWorker
from pelican.plugins.wiredesk.extract import ExtractOptions

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)
LEDE = "MOSCOW, March {day}. /TASS/. The State Duma passed the budget."


def write_seeds(folder, count):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"story-{i:03d}.txt").write_text(
            LEDE.format(day=i + 1) + f"\nParagraph number {i} of the story.\n"
        )
    return folder


def test_a_seed_edited_after_a_build_reads_as_a_build_without_cache(
    tmp_path, monkeypatch
):
    seeds = write_seeds(tmp_path / "seeds", 3)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    edited = seeds / "story-001.txt"
    edited.write_text(LEDE.format(day=9) + "\nPutin met Xi in Beijing on Friday.\n")
    started = []
    start = WarmWorker.start

    def spy(folder, options):
        worker = start(folder, options)
        started.append(worker)
        return worker

    monkeypatch.setattr(warm.WarmWorker, "start", spy)
    rebuilt = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert started and started[0] is not None
    assert list(rebuilt.seconds) == [str(edited)]
    assert not started[0].process.is_alive()
    clean = scan_seeds([seeds], OPTIONS)
    assert rebuilt.story(edited) == clean.story(edited)


def test_no_worker_without_a_cached_gazetteer(tmp_path):
    assert WarmWorker.start(None, OPTIONS) is None
    assert WarmWorker.start(tmp_path, OPTIONS) is None
