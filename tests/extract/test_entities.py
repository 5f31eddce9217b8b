import pytest
from pelican.plugins.wiredesk.extract.countries import find_country
from pelican.plugins.wiredesk.extract.entities import SCAN_CHARS, find_entities
from pelican.plugins.wiredesk.extract.places import find_place


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Russian Foreign Minister Sergey Lavrov met his Chinese colleague.",
            ("Sergey Lavrov",),
        ),
        (
            "U.S. Secretary of State Antony Blinken arrived in Geneva.",
            ("Antony Blinken",),
        ),
        ("President Vladimir Putin spoke. Later Putin left.", ("Vladimir Putin",)),
        (
            "Olin Corp said John W. Johnstone Jr, 54, will succeed him.",
            ("John W. Johnstone Jr",),
        ),
        ("Bundeskanzler Olaf Scholz traf den Präsidenten.", ("Olaf Scholz",)),
        ("Президент России Владимир Путин провел переговоры.", ("Владимир Путин",)),
        ("The Minister of Foreign Affairs met Ford Motor Co officials.", ()),
        # a role word in lower case before a name makes it a person
        (
            "Russian Foreign Minister Sergey Lavrov and his Chinese "
            "counterpart Wang Yi have discussed trade.",
            ("Sergey Lavrov", "Wang Yi"),
        ),
        (
            "Dutch Prime Minister Mark Rutte met his Belgian colleague Alexander De "
            "Croo in Brussels.",
            ("Mark Rutte", "Alexander De Croo"),
        ),
        (
            "The talks with his South Korean counterpart Moon Jae-in ended.",
            ("Moon Jae-in",),
        ),
        ("Foreign Ministry spokesman Zhao Lijian told reporters.", ("Zhao Lijian",)),
        ("Deputy Prime Minister Alexander Novak arrived.", ("Alexander Novak",)),
        ("Iranian General Qasem Soleimani was killed.", ("Qasem Soleimani",)),
        ("Lavrov met his counterpart in Geneva.", ()),
        ("Japan's Nikkei stock average fell.", ()),
    ],
)
def test_people_are_named_without_titles(text, people):
    assert find_entities(text).people == people


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The U.S. and the United States are one country.", ("United States",)),
        (
            "Britain and the U.K. agreed; the Soviet Union and Russia too.",
            ("United Kingdom", "Russia"),
        ),
        (
            "Japanese demand for West German bonds rose in Tokyo.",
            ("Japan", "Germany", "Tokyo"),
        ),
        ("New Zealand's deposits rose.", ("New Zealand",)),
        ("Shares of Morgan Stanley rose on Reading Railroad news.", ()),
    ],
)
def test_places_are_normalised(text, places):
    assert find_entities(text).places == places


def test_a_title_with_a_full_stop_stays_with_its_name():
    found = find_entities("Gen. John Smith flew to St. Petersburg. Berlin agreed.")
    assert found.people == ("John Smith",)
    assert found.places == ("Saint Petersburg", "Berlin")


def test_dateline_place_comes_first():
    assert find_entities("Russia said.", ("Igora",)).places == ("Igora", "Russia")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "Ford Motor Co said its Ford Motor Credit Co will redeem debentures.",
            ("Ford Motor Co", "Ford Motor Credit Co"),
        ),
        ("NATO and the EU met the Bank of England.", ("NATO", "EU", "Bank of England")),
        (
            "the Securities and Exchange Commission said",
            ("Securities and Exchange Commission",),
        ),
        # a sentence ends inside the capitalised run: two names, not one
        (
            "The talks were held in Berlin. The European Central Bank was not there.",
            ("European Central Bank",),
        ),
        (
            "Shares rose at Acme Corp. Chairman John Smith said so.",
            ("Acme Corp",),
        ),
    ],
)
def test_organisations(text, orgs):
    assert find_entities(text).orgs == orgs


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "US"),
        ("United States", "US"),
        ("usa", "US"),
        ("Britain", "GB"),
        ("west germany", "DE"),
        ("USSR", "RU"),
        ("South Korea", "KR"),
        ("Россия", "RU"),
        ("Korea, Republic of", "KR"),
        ("Atlantis", None),
    ],
)
def test_country_names_and_aliases(name, code):
    country = find_country(name)
    assert (country.code if country else None) == code


@pytest.mark.parametrize(
    ("city", "region", "country", "zone"),
    [
        ("Moscow", None, "RU", "Europe/Moscow"),
        ("Москва", None, "RU", "Europe/Moscow"),
        ("Santa Cruz", "Calif.", "US", "America/Los_Angeles"),
        ("Portland", "Maine", "US", "America/New_York"),
        ("Portland", "Ore.", "US", "America/Los_Angeles"),
        ("Birmingham", "Ala.", "US", "America/Chicago"),
        ("Birmingham", None, "GB", "Europe/London"),
        ("Igora", "Leningrad Region", "RU", "Europe/Moscow"),
        ("Sanaa", "Yemen", "YE", "Asia/Aden"),
        ("Singapore", None, "SG", "Asia/Singapore"),
        ("Kuwait", None, "KW", "Asia/Kuwait"),
    ],
)
def test_dateline_places_give_country_and_time_zone(city, region, country, zone):
    place = find_place(city, region)
    assert (place.country, place.timezone) == (country, zone)


def test_unknown_place_is_none():
    assert find_place("Xyzzyville") is None


def test_only_the_first_paragraphs_are_scanned_for_entities():
    early = "Russian President Vladimir Putin met bankers in Tokyo.\n"
    filler = "Line.\n" * (SCAN_CHARS // 6 + 10)
    late = "Kremlin spokesman Dmitry Peskov said.\n"
    found = find_entities(early + filler + late)
    assert found.people == ("Vladimir Putin",)
    assert "Tokyo" in found.places


def test_the_same_run_is_read_anew_in_each_context():
    # "Anna Berg said" names a person; the same words before "Gallery" do not.
    said = "Anna Berg said prices rose."
    place = "Visitors queued at Anna Berg Gallery in Oslo."
    assert find_entities(said).people == ("Anna Berg",)
    assert find_entities(place).people == ()
    assert find_entities(said).people == ("Anna Berg",)  # asked again, same answer
    assert find_entities(place + " " + said).people == ("Anna Berg",)


def test_a_run_after_a_word_or_full_stop_is_not_split_off():
    # "McDonald" and "U.S.Steel": capitals inside a word start no run of their own.
    found = find_entities("Officials at McDonald and U.S.Steel met in Oslo.")
    assert "Donald" not in " ".join(found.people + found.orgs)
    assert found.places == ("Oslo",)
