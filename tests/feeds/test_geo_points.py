import pytest
from pelican.plugins.wiredesk.extract import places
from pelican.plugins.wiredesk.feeds.geo import place_point, place_points

NAMES = {"Moscow", "Paris", "St. Petersburg", "Springfield", "Atlantis-on-Sea"}


@pytest.fixture
def no_gazetteer(monkeypatch):
    monkeypatch.setattr(places, "_IN_USE", [])


def test_points_in_bulk_match_one_by_one_without_the_gazetteer(no_gazetteer):
    bulk = place_points(NAMES)
    assert not places.gazetteer_ready()  # the bulk lookup did not build it
    assert bulk == {n: p for n in NAMES if (p := place_point(n)) is not None}
    assert "Atlantis-on-Sea" not in bulk
    assert bulk["Moscow"] == "55.7520 37.6178"  # GeoNames 524901


def test_points_in_bulk_use_the_gazetteer_when_it_is_built(no_gazetteer):
    places.gazetteer()
    assert place_points({"Moscow"}) == {"Moscow": place_point("Moscow")}
