import pytest

from wiredesk.extract.dateline import display_city, parse_dateline


@pytest.mark.parametrize(
    ("text", "city", "region", "month", "day", "year", "agency", "rest"),
    [
        ("MOSCOW, January 4. /TASS/. Russia said.", "Moscow", None, 1, 4, None, "TASS",
         "Russia said."),
        ("IGORA /Leningrad Region/, December 26. /TASS/. Leaders met.", "Igora",
         "Leningrad Region", 12, 26, None, "TASS", "Leaders met."),
        ("ST. PETERSBURG, June 15. /TASS/. The forum opened.", "St. Petersburg", None, 6,
         15, None, "TASS", "The forum opened."),
        ("NEW YORK, Sept. 3, 2019. /TASS/. Markets rose.", "New York", None, 9, 3, 2019,
         "TASS", "Markets rose."),
    ],
)
def test_tass_datelines(text, city, region, month, day, year, agency, rest):
    dateline, body = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.month, dateline.day) == (
        city, region, month, day)
    assert (dateline.year, dateline.agency, body) == (year, agency, rest)


@pytest.mark.parametrize("text", [
    "Russia and China held talks on Saturday.",
    "MOSCOW, Smarch 4. /TASS/. Not a month.",
    "",
])
def test_no_dateline(text):
    assert parse_dateline(text) == (None, text)


@pytest.mark.parametrize(("raw", "shown"), [
    ("MOSCOW", "Moscow"), ("NEW YORK", "New York"), ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("ROSTOV-ON-DON", "Rostov-on-Don"), ("Igora", "Igora"),
])
def test_display_city(raw, shown):
    assert display_city(raw) == shown
