import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS

OPTIONS = ExtractOptions(
    id_authority="news.example.org,2026", default_year=2020, sections=DEFAULT_SECTIONS
)


def extract(text: str, name: str = "story.txt", encoding: str = "utf-8"):
    return extract_story(text.encode(encoding), name=name, options=OPTIONS)


def test_reuters_signoff_names_the_agency_and_leaves_the_body():
    story = extract(
        "SANTA CRUZ, Calif., Feb 26 - Cobanco Inc said it sold its unit.\n"
        "The sale closed.\nReuter\n"
    )
    assert story.agency == "Reuters"
    assert story.paragraphs == (
        "Cobanco Inc said it sold its unit.",
        "The sale closed.",
    )
    assert (story.city, story.country, story.timezone) == (
        "Santa Cruz",
        "US",
        "America/Los_Angeles",
    )
    assert story.date.isoformat() == "2020-02-26T00:00:00-08:00"


def test_undated_ap_dateline_takes_the_day_from_the_file_name():
    story = extract(
        "NEW YORK (AP) — Police closed a street after a fire.",
        name="2021-07-09-fire.txt",
    )
    assert (story.agency, story.city, story.timezone) == (
        "AP",
        "New York",
        "America/New_York",
    )
    assert story.date.isoformat() == "2021-07-09T00:00:00-04:00"


def test_undated_dateline_without_any_date_is_a_report():
    with pytest.raises(ExtractError, match="no date"):
        extract("NEW YORK (AP) — Police closed a street.")


def test_entities_fill_people_places_and_orgs():
    story = extract(
        "MOSCOW, January 4. /TASS/. Russian Foreign Minister Sergey Lavrov and "
        "U.S. Secretary of State Antony Blinken met in Geneva, the Foreign "
        "Ministry said. NATO was not invited."
    )
    assert story.people == ("Sergey Lavrov", "Antony Blinken")
    assert story.places == ("Moscow", "Russia", "United States")
    assert story.orgs == ("Foreign Ministry", "NATO")
    assert story.section == "Politics"
    assert story.title == "Lavrov, Blinken meet in Geneva — Foreign Ministry"


def test_russian_story_in_cp1251():
    story = extract(
        "МОСКВА, 4 января. /ТАСС/. Президент России Владимир Путин провел "
        "переговоры с премьер-министром Индии.",
        encoding="cp1251",
    )
    # An English site shows the place by its English name: one page with MOSCOW.
    assert (story.city, story.agency, story.lang, story.timezone) == (
        "Moscow",
        "TASS",
        "ru",
        "Europe/Moscow",
    )
    assert story.place_id == extract("MOSCOW, January 4. /TASS/. Text.").place_id
    assert story.people == ("Владимир Путин",)
    assert story.title == "Путин провел переговоры с премьер-министром Индии"


def test_german_dpa_story():
    story = extract(
        "Berlin, 4. Januar 2021 (dpa) - Die Bundesregierung hat am Montag "
        "neue Regeln beschlossen."
    )
    assert (story.agency, story.lang, story.country) == ("dpa", "de", "DE")
    assert story.date.isoformat() == "2021-01-04T00:00:00+01:00"


@pytest.mark.parametrize(
    ("first_line", "city"),
    [
        ("By Jane Doe\n", "Washington"),
        ("By Jane Doe, Reuters\n", "Washington"),
        ("By early afternoon the fire had spread\n", None),
    ],
)
def test_a_byline_before_the_dateline_is_skipped(first_line, city):
    text = first_line + "WASHINGTON, Jan 4 (Reuters) - The Senate voted."
    story = extract(text, name="2020-01-04-senate.txt")
    assert story.city == city
