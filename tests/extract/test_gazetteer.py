"""Which city a name means, from the gazetteer in memory and from its file alike."""

from __future__ import annotations

import pytest
from pelican.plugins.wiredesk.catalog import gazcache
from pelican.plugins.wiredesk.extract import places
from pelican.plugins.wiredesk.extract.gazetteer import MemoryGazetteer


def city(gid, name, country, population, admin1="", *, alternates=()):
    return {
        "geonameid": gid,
        "name": name,
        "countrycode": country,
        "timezone": "Etc/UTC",
        "population": population,
        "admin1code": admin1,
        "latitude": 1.5,
        "longitude": -2.25,
        "alternatenames": list(alternates),
    }


# Invented cities: a small town whose own name is a big city's other name, two
# cities of one name in two states, one of equal size in two countries.
CITIES = [
    city(1, "Portville", "PT", 240_000, alternates=["Porto"]),
    city(2, "Porto", "PT", 230_000),
    city(3, "Bordello", "FR", 2_000_000, alternates=["Porto", "Bordo"]),
    city(4, "Springvale", "US", 60_000, "IL"),
    city(5, "Springvale", "US", 150_000, "MA"),
    city(6, "Twinton", "CA", 50_000),
    city(7, "Twinton", "AU", 50_000),
]


@pytest.fixture(params=["memory", "file"])
def gazetteer(request, tmp_path):
    if request.param == "memory":
        return MemoryGazetteer(CITIES)
    file = tmp_path / "g.sqlite"
    gazcache.write_gazetteer(file, CITIES)
    return gazcache.FileGazetteer(file)


def test_a_citys_own_name_beats_a_bigger_citys_other_name(gazetteer):
    assert gazetteer.named("porto").id == "2"  # not Portville, not Bordello


def test_a_ten_times_bigger_city_wins_with_another_name(gazetteer):
    assert gazetteer.named("bordo").name == "Bordello"


def test_a_region_narrows_a_name(gazetteer):
    assert gazetteer.named("springvale").admin1 == "MA"  # the bigger one
    assert gazetteer.in_region("springvale", "US-IL").admin1 == "IL"
    assert gazetteer.in_region("springvale", "US").admin1 == "MA"
    assert gazetteer.in_region("*", "US-IL").name == "Springvale"
    assert gazetteer.in_region("*", "US-MA").id == "5"
    assert gazetteer.in_region("*", "US-TX") is None  # no city known there


def test_of_equal_cities_the_first_listed_stays(gazetteer):
    assert gazetteer.named("twinton").country == "CA"


def test_unknown_names_are_none(gazetteer):
    assert gazetteer.named("atlantis") is None
    assert gazetteer.in_region("porto", "FR") is not None  # Bordello's other name
    assert gazetteer.in_region("porto", "ES") is None


def test_populous_lists_each_name_of_big_places_once(gazetteer):
    big = dict(gazetteer.populous(200_000))
    assert {k: p.name for k, p in big.items()} == {
        "portville": "Portville",
        "porto": "Porto",
        "bordello": "Bordello",
        "bordo": "Bordello",
    }


def test_a_big_citys_other_name_is_not_populous_when_a_smaller_city_owns_it(gazetteer):
    big = dict(gazetteer.populous(1_000_000))  # "porto" is Porto's, not Bordello's
    assert {k: p.name for k, p in big.items()} == {
        "bordello": "Bordello",
        "bordo": "Bordello",
    }


@pytest.mark.parametrize("people", [0, 200_000, 1_000_000, 2_000_000, 3_000_000])
def test_the_file_lists_populous_names_as_the_memory_tables_do(tmp_path, people):
    file = tmp_path / "g.sqlite"
    gazcache.write_gazetteer(file, CITIES)
    kept, fresh = gazcache.FileGazetteer(file), MemoryGazetteer(CITIES)
    assert list(kept.populous(people)) == sorted(fresh.populous(people))


def test_the_file_answers_as_the_memory_tables_do(tmp_path):
    file = tmp_path / "g.sqlite"
    gazcache.write_gazetteer(file, CITIES)
    kept, fresh = gazcache.FileGazetteer(file), MemoryGazetteer(CITIES)
    for key in ("porto", "bordo", "springvale", "twinton", "portville"):
        for scope in ("", "PT", "FR", "US", "US-IL", "US-MA", "CA", "AU"):
            assert kept.in_region(key, scope) == fresh.in_region(key, scope)


def test_a_build_uses_the_cache_folders_file_and_rewrites_a_damaged_one(
    tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(places, "_IN_USE", [])
    monkeypatch.setattr(gazcache, "all_cities", lambda: CITIES)
    gazcache.load_gazetteer(tmp_path, write=False)
    assert not places.gazetteer_ready()  # nothing to extract: nothing written
    file = gazcache.gazetteer_file(tmp_path)
    file.write_bytes(b"not a database")
    gazcache.load_gazetteer(tmp_path)
    assert "ignoring unreadable gazetteer cache" in caplog.text
    assert isinstance(places.gazetteer(), gazcache.FileGazetteer)
    assert places.find_place("Porto").id == "2"
