import os
import threading
from types import SimpleNamespace

import pytest
from pelican import signals
from pelican.plugins.wiredesk import register
from pelican.plugins.wiredesk.catalog import catalog as catalogmod
from pelican.plugins.wiredesk.catalog import gazahead, gazcache
from pelican.plugins.wiredesk.catalog import pool as extractpool
from pelican.plugins.wiredesk.catalog.catalog import scan_seeds
from pelican.plugins.wiredesk.extract import ExtractOptions, lexicon, places, spelling
from pelican.plugins.wiredesk.glue import plugin

from tests.support.imports import modules_loaded

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)
CITIES = [
    {
        "geonameid": 1,
        "name": "Porto",
        "alternatenames": ["Oporto"],
        "countrycode": "PT",
        "admin1code": "17",
        "population": 250000,
        "timezone": "Europe/Lisbon",
        "latitude": 41.15,
        "longitude": -8.61,
    }
]


def test_a_first_build_writes_the_gazetteer_while_it_reads_the_seeds(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(places, "_IN_USE", [])
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    writing = gazcache.start_gazetteer(tmp_path)
    assert writing is not None  # no file yet: a child writes it
    gazcache.load_gazetteer(tmp_path, writing=writing)
    assert writing.exitcode == 0
    assert places.find_place("Oporto").name == "Porto"
    assert gazcache.start_gazetteer(tmp_path) is None  # written once


def _first_build_with_a_pool(tmp_path, monkeypatch):
    """Seeds datelined in Oporto, extracted by two workers into an empty cache."""
    monkeypatch.setattr(places, "_IN_USE", [])
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    monkeypatch.setattr(extractpool, "POOL_MIN_SEEDS", 2)
    monkeypatch.setattr(extractpool, "_workers", lambda: 2)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for day in range(1, 7):
        (seeds / f"story-{day}.txt").write_text(
            f"OPORTO, March {day}. /TASS/. The port city passed its budget.\n"
            "The council met on the waterfront.\n"
        )
    return seeds, tmp_path / "cache"


def test_a_first_build_with_a_pool_finds_places_in_the_gazetteer_it_writes(
    tmp_path, monkeypatch
):
    seeds, cache = _first_build_with_a_pool(tmp_path, monkeypatch)
    catalog = scan_seeds([seeds], OPTIONS, cache=cache)
    assert len(catalog.stories) == 6
    # the country comes from the gazetteer the workers looked places up in
    assert {(s.city, s.country) for s in catalog.stories.values()} == {("Oporto", "PT")}
    assert gazcache.gazetteer_file(cache).is_file()
    # the tagger and word list were loaded for the workers, then let go here
    assert lexicon.tagger.cache_info().currsize == 0
    assert spelling.checker.cache_info().currsize == 0


def _writers_fail_in_children(monkeypatch):
    build, write = os.getpid(), gazcache.write_gazetteer

    def fails_in_a_child(file, cities=None):
        if os.getpid() != build:
            raise OSError("disk full")
        write(file, cities)

    monkeypatch.setattr(gazcache, "write_gazetteer", fails_in_a_child)


@pytest.mark.parametrize("ahead", [False, True], ids=["at-scan", "ahead"])
def test_when_the_writer_fails_the_build_writes_the_gazetteer_itself(
    tmp_path, monkeypatch, ahead
):
    seeds, cache = _first_build_with_a_pool(tmp_path, monkeypatch)
    _writers_fail_in_children(monkeypatch)
    if ahead:
        gazahead.write_ahead(cache)  # as invoke build and Pelican's start do
    catalog = scan_seeds([seeds], OPTIONS, cache=cache)
    assert {s.country for s in catalog.stories.values()} == {"PT"}


def test_a_build_that_cannot_write_its_gazetteer_fails_naming_why(
    tmp_path, monkeypatch
):
    seeds, cache = _first_build_with_a_pool(tmp_path, monkeypatch)

    def fails(file, cities=None):
        raise OSError("disk full")

    monkeypatch.setattr(gazcache, "write_gazetteer", fails)
    errors = []

    def scan():
        try:
            scan_seeds([seeds], OPTIONS, cache=cache)
        except OSError as e:
            errors.append(e)

    thread = threading.Thread(target=scan, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()  # no worker is left waiting
    assert [str(e) for e in errors] == ["disk full"]


def test_a_gazetteer_started_ahead_is_the_one_the_build_waits_for(
    tmp_path, monkeypatch
):
    seeds, cache = _first_build_with_a_pool(tmp_path, monkeypatch)
    gazahead.write_ahead(cache)
    writer = gazahead._AHEAD[str(cache)]
    started = []
    monkeypatch.setattr(catalogmod, "start_gazetteer", started.append)
    catalog = scan_seeds([seeds], OPTIONS, cache=cache)
    assert started == []  # no second writer
    assert writer.exitcode == 0
    assert {(s.city, s.country) for s in catalog.stories.values()} == {("Oporto", "PT")}
    assert gazahead.taken_ahead(cache) is None  # handed over once


def test_a_folder_that_holds_a_gazetteer_gets_no_writer_ahead(tmp_path, monkeypatch):
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    gazcache.write_gazetteer(gazcache.gazetteer_file(tmp_path))
    gazahead.write_ahead(tmp_path)
    assert gazahead.taken_ahead(tmp_path) is None
    gazahead.write_ahead(None)  # a site without a cache folder writes none


def test_invoke_build_starts_the_gazetteer_before_it_loads_the_extractor():
    loaded = modules_loaded("from pelican.plugins.wiredesk.build import cli")
    assert not {m for m in loaded if ".wiredesk.extract" in m or ".gazcache" in m}


def test_the_gazetteer_writer_loads_the_gazetteer_and_no_other_step_of_the_core():
    loaded = modules_loaded("from pelican.plugins.wiredesk.catalog import gazcache")
    steps = {m for m in loaded if m.startswith("pelican.plugins.wiredesk.extract.")}
    assert sorted(m.rsplit(".", 1)[1] for m in steps) == sorted(
        ["aliases", "countries", "gazetteer", "places", "regions"]
    )


def test_a_new_gazetteer_file_replaces_those_of_other_versions(tmp_path, monkeypatch):
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    old = tmp_path / "gazetteer-0123456789ab.sqlite"
    old.write_bytes(b"an earlier format")
    gazahead.write_ahead(tmp_path)  # a file is there: the build checks it
    assert gazahead.taken_ahead(tmp_path) is None
    writing = gazcache.start_gazetteer(tmp_path)  # not this version's: written anew
    writing.join()
    assert writing.exitcode == 0
    assert list(tmp_path.glob("gazetteer-*")) == [gazcache.gazetteer_file(tmp_path)]


def test_a_pelican_run_starts_its_gazetteer_when_pelican_is_initialized(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    cache = (tmp_path / "cache").resolve()
    pelican = SimpleNamespace(settings={"WIREDESK_CACHE_PATH": str(cache)})
    register()  # as Pelican does with its plugins, then sends initialized
    receivers = list(signals.initialized.receivers_for(pelican))
    assert plugin.write_gazetteer_ahead in receivers
    plugin.write_gazetteer_ahead(pelican)
    writer = gazahead.taken_ahead(cache)
    assert writer is not None
    writer.join()
    assert writer.exitcode == 0
    assert gazcache.gazetteer_file(cache).is_file()
