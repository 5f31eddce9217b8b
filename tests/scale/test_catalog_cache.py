from pathlib import Path

import pytest
from pelican.plugins.wiredesk.catalog import pool as extractpool
from pelican.plugins.wiredesk.catalog import seedcache
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.extract import ExtractOptions

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)
LEDE = "MOSCOW, March {day}. /TASS/. The State Duma passed the budget."


def write_seeds(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"story-{i:03d}.txt").write_text(
            LEDE.format(day=i % 28 + 1) + f"\nParagraph number {i} of the story.\n"
        )
    return folder


def test_second_scan_reads_every_story_from_the_cache(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 5)
    first = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    second = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert len(first.seconds) == 5
    assert second.seconds == {}
    assert second.stories == first.stories


def test_an_edited_seed_is_extracted_again_and_shows_the_edit(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 5)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    edited = seeds / "story-002.txt"
    edited.write_text(LEDE.format(day=3) + "\nA corrected second paragraph.\n")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert list(catalog.seconds) == [str(edited)]
    assert catalog.body(edited)[-1] == "A corrected second paragraph."


@pytest.mark.parametrize(
    "change",
    [
        {"id_authority": "other.example.org,2026"},
        {"default_section": "Russia"},
        {"site_timezone": "Asia/Tokyo"},
    ],
)
def test_other_options_do_not_reuse_cached_stories(tmp_path, change):
    seeds = write_seeds(tmp_path / "seeds", 3)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    other = ExtractOptions(
        **{"id_authority": OPTIONS.id_authority, "default_year": 2020, **change}
    )
    catalog = scan_seeds([seeds], other, cache=tmp_path / "cache")
    assert len(catalog.seconds) == 3


def test_a_new_extractor_version_does_not_reuse_cached_stories(tmp_path, monkeypatch):
    seeds = write_seeds(tmp_path / "seeds", 3)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    monkeypatch.setattr(
        "pelican.plugins.wiredesk.catalog.seedcache.EXTRACTOR_VERSION", "next"
    )
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert len(catalog.seconds) == 3
    assert len(list((tmp_path / "cache").glob("stories-*.pickle"))) == 1


def test_reports_are_cached_with_their_reason(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 2)
    (seeds / "empty.txt").write_text("  \n")
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert catalog.seconds == {}
    assert [str(r) for r in catalog.reports.values()] == [
        f"{seeds / 'empty.txt'}: no text"
    ]


def test_a_duplicate_is_still_reported_when_both_come_from_the_cache(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 2)
    (seeds / "z-copy.txt").write_bytes((seeds / "story-000.txt").read_bytes())
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert [r.reason for r in catalog.reports.values()] == [
        f"duplicate of {seeds / 'story-000.txt'}"
    ]


def test_an_unreadable_cache_is_ignored_with_a_warning(tmp_path, caplog):
    seeds = write_seeds(tmp_path / "seeds", 2)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    for file in (tmp_path / "cache").glob("stories-*.pickle"):
        file.write_bytes(b"not a pickle")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert len(catalog.stories) == 2
    assert "ignoring unreadable extraction cache" in caplog.text


def test_the_cache_keeps_only_the_seeds_of_the_last_build(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 4)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    (seeds / "story-000.txt").unlink()
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert len(seedcache.open_cache(tmp_path / "cache", OPTIONS).results) == 3


def test_extraction_on_every_core_gives_the_same_catalog(tmp_path, monkeypatch):
    seeds = write_seeds(tmp_path / "seeds", 12)
    (seeds / "empty.txt").write_text("")
    alone = scan_seeds([seeds], OPTIONS)
    monkeypatch.setattr(extractpool, "POOL_MIN_SEEDS", 2)
    monkeypatch.setattr(extractpool, "_workers", lambda: 2)
    pooled = scan_seeds([seeds], OPTIONS)
    assert pooled.stories == alone.stories
    assert pooled.reports == alone.reports


def test_the_cache_depends_on_the_module_path_stories_are_pickled_under(monkeypatch):
    options = ExtractOptions(id_authority="a,2026", default_year=2020)
    before = seedcache.options_fingerprint(options)
    monkeypatch.setattr(seedcache.Story, "__module__", "plugins.wiredesk.model")
    assert seedcache.options_fingerprint(options) != before


def test_a_small_change_is_kept_in_a_journal_and_read_back(tmp_path, monkeypatch):
    seeds = write_seeds(tmp_path / "seeds", 6)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    main = next((tmp_path / "cache").glob("stories-*.pickle"))
    before = main.read_bytes()
    edited = seeds / "story-004.txt"
    edited.write_text(LEDE.format(day=5) + "\nThe budget was amended overnight.\n")
    (seeds / "story-001.txt").unlink()
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert main.read_bytes() == before  # the stories already kept are not written again
    assert seedcache.journal_of(main).is_file()
    monkeypatch.setattr(extractpool, "extract_story", None)  # extracting would fail
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert catalog.seconds == {}
    assert catalog.body(edited)[-1] == "The budget was amended overnight."
    assert len(catalog.stories) == 5
    assert len(seedcache.open_cache(tmp_path / "cache", OPTIONS).results) == 5
