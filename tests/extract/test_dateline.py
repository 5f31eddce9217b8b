import time

import pytest
from pelican.plugins.wiredesk.extract.agencies import canonical_agency, find_signoff
from pelican.plugins.wiredesk.extract.dateline import display_city, parse_dateline

# One real-looking opening per agency format:
# (text, city, region, month, day, year, agency)
DATELINES = [
    ("MOSCOW, January 4. /TASS/. Russia said.", "Moscow", None, 1, 4, None, "TASS"),
    (
        "IGORA /Leningrad Region/, December 26. /TASS/. Leaders met.",
        "Igora",
        "Leningrad Region",
        12,
        26,
        None,
        "TASS",
    ),
    (
        "ST. PETERSBURG, June 15. /TASS/. The forum opened.",
        "St. Petersburg",
        None,
        6,
        15,
        None,
        "TASS",
    ),
    (
        "NEW YORK, Sept. 3, 2019. /TASS/. Markets rose.",
        "New York",
        None,
        9,
        3,
        2019,
        "TASS",
    ),
    ("МОСКВА, 4 января. /ТАСС/. Министр заявил.", "Москва", None, 1, 4, None, "TASS"),
    ("SALVADOR, Feb 26 - Showers continued.", "Salvador", None, 2, 26, None, None),
    (
        "SANTA CRUZ, Calif., Feb 26 - Shr 34 cts",
        "Santa Cruz",
        "Calif.",
        2,
        26,
        None,
        None,
    ),
    ("RICHMOND, Va. Feb 26 - Qtly div", "Richmond", "Va.", 2, 26, None, None),
    (
        "WEST HARTFORD, Conn., FEb 26 - Coleco said.",
        "West Hartford",
        "Conn.",
        2,
        26,
        None,
        None,
    ),
    (
        "DALLAS/FORT WORTH, Texas, March 3 - AMR said.",
        "Dallas/Fort Worth",
        "Texas",
        3,
        3,
        None,
        None,
    ),
    ("MONTREAL, Feb 26- Oper shr", "Montreal", None, 2, 26, None, None),
    ("LONDON, Jan 3 (Reuters) - Stocks fell.", "London", None, 1, 3, None, "Reuters"),
    ("Jan 3 (Reuters) - Stocks fell.", None, None, 1, 3, None, "Reuters"),
    ("NEW YORK (AP) — A man was arrested.", "New York", None, None, None, None, "AP"),
    (
        "SANTA CRUZ, Calif. (AP) — A quake hit.",
        "Santa Cruz",
        "Calif.",
        None,
        None,
        None,
        "AP",
    ),
    ("PARIS, Jan 4, 2020 (AFP) - France said.", "Paris", None, 1, 4, 2020, "AFP"),
    ("PARIS, 4 janv. 2020 (AFP) - La France a dit.", "Paris", None, 1, 4, 2020, "AFP"),
    ("BEIJING, Jan. 4 (Xinhua) -- China said.", "Beijing", None, 1, 4, None, "Xinhua"),
    ("MOSCOW. Jan 4 (Interfax) - Russia said.", "Moscow", None, 1, 4, None, "Interfax"),
    (
        "KYIV. Jan 4 (Interfax-Ukraine) - Ukraine said.",
        "Kyiv",
        None,
        1,
        4,
        None,
        "Interfax",
    ),
    (
        "Москва. 4 января. ИНТЕРФАКС - Россия заявила.",
        "Москва",
        None,
        1,
        4,
        None,
        "Interfax",
    ),
    (
        "WASHINGTON, Jan. 4 (UPI) -- The Senate voted.",
        "Washington",
        None,
        1,
        4,
        None,
        "UPI",
    ),
    (
        "Berlin (dpa) - Die Regierung hat beschlossen.",
        "Berlin",
        None,
        None,
        None,
        None,
        "dpa",
    ),
    ("Hamburg (dpa/lno) - Der Hafen meldet.", "Hamburg", None, None, None, None, "dpa"),
    (
        "Berlin, 4. Januar 2020 (dpa) - Die Regierung.",
        "Berlin",
        None,
        1,
        4,
        2020,
        "dpa",
    ),
    ("TOKYO, Jan. 4 Kyodo - Japan said.", "Tokyo", None, 1, 4, None, "Kyodo"),
    ("TOKYO, Jan. 4 (Kyodo) -- Japan said.", "Tokyo", None, 1, 4, None, "Kyodo"),
    ("Madrid, 4 ene (EFE).- El Gobierno aprobó.", "Madrid", None, 1, 4, None, "EFE"),
    ("MADRID, Jan 4 (EFE).- Spain said.", "Madrid", None, 1, 4, None, "EFE"),
    ("(ANSA) - ROME, JAN 4 - Italy said.", "Rome", None, 1, 4, None, "ANSA"),
    ("(ANSA) - ROMA, 4 GEN - Il governo ha detto.", "Roma", None, 1, 4, None, "ANSA"),
    ("(Bloomberg) -- Stocks rose.", None, None, None, None, None, "Bloomberg"),
    (
        "NEW YORK (Bloomberg) -- Stocks rose.",
        "New York",
        None,
        None,
        None,
        None,
        "Bloomberg",
    ),
    (
        "Madrid, 4 de enero de 2021 (EFE).- El Gobierno.",
        "Madrid",
        None,
        1,
        4,
        2021,
        "EFE",
    ),
    ("PARIS, 1er janvier (AFP) - La France.", "Paris", None, 1, 1, None, "AFP"),
    ("WASHINGTON — The Senate voted.", "Washington", None, None, None, None, None),
    ("NEW YORK (AP) _ A man was arrested.", "New York", None, None, None, None, "AP"),
    (
        "FRANKFURT (dpa-AFX) - Die Aktien stiegen.",
        "Frankfurt",
        None,
        None,
        None,
        None,
        "dpa",
    ),
    ("MOSCOW, January 4. /TASS/ Russia said.", "Moscow", None, 1, 4, None, "TASS"),
    (
        "МОСКВА, 4 янв – РИА Новости. Президент заявил.",
        "Москва",
        None,
        1,
        4,
        None,
        "RIA Novosti",
    ),
]


@pytest.mark.parametrize(
    ("text", "city", "region", "month", "day", "year", "agency"), DATELINES
)
def test_datelines(text, city, region, month, day, year, agency):  # noqa: PLR0917 - one column each
    dateline, body = parse_dateline(text)
    assert (dateline.city, dateline.region) == (city, region)
    assert (dateline.month, dateline.day, dateline.year) == (month, day, year)
    assert dateline.agency == agency
    assert body[0].isupper() and text.endswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China held talks on Saturday.",
        "MOSCOW, Smarch 4. /TASS/. Not a month.",
        "The company (Acme) - said it would.",
        "",
    ],
)
def test_no_dateline(text):
    assert parse_dateline(text) == (None, text)


def test_a_long_line_without_punctuation_is_not_a_dateline_and_is_fast():
    text = "word " * 600 + "x" * 3000
    start = time.perf_counter()
    assert parse_dateline(text) == (None, text)
    assert time.perf_counter() - start < 0.5  # backtracking would take seconds


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("MOSCOW", "Moscow"),
        ("NEW YORK", "New York"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("ROSTOV-ON-DON", "Rostov-on-Don"),
        ("Igora", "Igora"),
        ("DALLAS/FORT WORTH", "Dallas/Fort Worth"),
    ],
)
def test_display_city(raw, shown):
    assert display_city(raw) == shown


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("TASS", "TASS"),
        ("ТАСС", "TASS"),
        ("Reuter", "Reuters"),
        ("AP", "AP"),
        ("Agence France-Presse", "AFP"),
        ("dpa/lno", "dpa"),
        ("Interfax-Ukraine", "Interfax"),
        ("Kyodo News", "Kyodo"),
        ("Nowhere Wire", None),
    ],
)
def test_canonical_agency(raw, name):
    assert canonical_agency(raw) == name


@pytest.mark.parametrize(
    ("last", "agency"),
    [
        ("Reuter", "Reuters"),
        ("REUTER", "Reuters"),
        ("(AFP)", "AFP"),
        ("The Canadian Press", "CP"),
        (
            "This report by The Canadian Press was first published March 5, 2021.",
            "CP",
        ),
        ("(Kyodo)", "Kyodo"),
        ("He left.", None),
        ("This report was first published by the ministry.", None),
    ],
)
def test_signoff_names_the_agency_and_is_not_a_paragraph(last, agency):
    found, paragraphs = find_signoff(["Talks ended.", last])
    assert found == agency
    assert paragraphs == (["Talks ended."] if agency else ["Talks ended.", last])
