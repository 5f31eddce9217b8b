import sqlite3
from pathlib import Path

import pytest
from pelican.plugins.wiredesk.catalog import seedcache
from pelican.plugins.wiredesk.catalog.bodies import BodyError, pack, unpack
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.catalog.seedcache import bodies_file
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)
SEED = (
    "MOSCOW, March 3. /TASS/. The State Duma passed the budget on Tuesday.\n"
    "Deputies   voted 300 to 100.\n\n"
    "The Federation Council takes it up next week — «as planned».\n"
)


def write_seeds(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"story-{i}.txt").write_text(SEED + f"Paragraph {i}.\n")
    return folder


def seed_paragraphs(path: Path) -> tuple[str, ...]:
    return extract_story(path.read_bytes(), name=path.name, options=OPTIONS).paragraphs


def only_body_file(cache: Path) -> Path:
    [file] = cache.glob("stories-*.pickle")
    return bodies_file(file)


def lose_bodies(cache: Path) -> None:
    with sqlite3.connect(only_body_file(cache)) as db:
        db.execute("DELETE FROM bodies")


def test_bodies_read_back_equal_the_seeds_text(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    for cache in (tmp_path / "cache", None):  # cold, then without a cache folder
        catalog = scan_seeds([seeds], OPTIONS, cache=cache)
        for path in sorted(seeds.iterdir()):
            assert catalog.body(path) == seed_paragraphs(path)
            assert catalog.story(path).paragraphs == ()  # not held in memory


def test_bodies_of_a_rebuild_come_from_the_cache(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert catalog.seconds == {}  # nothing extracted again
    path = seeds / "story-1.txt"
    assert catalog.body(path)[-1] == "Paragraph 1."


def test_a_lost_body_is_read_again_from_its_seed(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    lose_bodies(tmp_path / "cache")
    path = seeds / "story-2.txt"
    assert catalog.body(path) == seed_paragraphs(path)


def test_a_lost_body_whose_seed_changed_is_an_error_naming_the_seed(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    lose_bodies(tmp_path / "cache")
    path = seeds / "story-0.txt"
    path.write_text(SEED + "Rewritten meanwhile.\n")
    with pytest.raises(BodyError, match=f"{path}: changed while the site was built"):
        catalog.body(path)


def test_a_lost_body_whose_seed_is_gone_is_an_error_naming_the_seed(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    lose_bodies(tmp_path / "cache")
    path = seeds / "story-0.txt"
    path.unlink()
    with pytest.raises(BodyError, match=f"{path}: story text unreadable"):
        catalog.body(path)


def test_a_damaged_body_file_is_made_again_by_the_next_scan(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    only_body_file(tmp_path / "cache").write_bytes(b"not a database" * 100)
    catalog = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert len(catalog.seconds) == 3  # extracted again, bodies kept anew
    path = seeds / "story-1.txt"
    assert catalog.body(path) == seed_paragraphs(path)
    fresh = scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    assert fresh.seconds == {}


def test_bodies_of_seeds_gone_are_dropped_when_the_cache_is_written_anew(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(seedcache, "JOURNAL_MIN", 0)  # no journal: written anew
    seeds = write_seeds(tmp_path / "seeds", 4)
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    for name in ("story-0.txt", "story-1.txt", "story-2.txt"):
        (seeds / name).unlink()
    scan_seeds([seeds], OPTIONS, cache=tmp_path / "cache")
    with sqlite3.connect(only_body_file(tmp_path / "cache")) as db:
        [(rows,)] = db.execute("SELECT count(*) FROM bodies")
    assert rows == 1


@pytest.mark.parametrize(
    "paragraphs", [("One.",), ("Ünïcode — «quotes»", "tabs\tkept", "\ud800 lone"), ()]
)
def test_packed_paragraphs_unpack_as_they_were(paragraphs):
    assert unpack(pack(paragraphs)) == paragraphs
