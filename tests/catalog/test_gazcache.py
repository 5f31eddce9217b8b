from pelican.plugins.wiredesk.catalog import gazcache
from pelican.plugins.wiredesk.extract import places

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
