"""Copy of every agency publishes with its place, country, agency, zone and date."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.model import Received

OPTIONS = ExtractOptions(id_authority="news.example.org,2026")
# When the site received a seed: its first commit, or its file's modification time.
GIT = Received(datetime(2024, 3, 20, 15, 0, tzinfo=UTC), "git history")
FILE = Received(datetime(2022, 11, 30, 23, 30, tzinfo=UTC), "file time")
FILE_2020 = Received(datetime(2020, 1, 10, 9, 0, tzinfo=UTC), "file time")

# seed text, file name, received, then what an editor expects: place shown, country,
# agency, time zone, date, warnings, and the start of the first paragraph shown. A day
# from the received time warns; a year from it alone does not (the day is printed).
SHAPES = [
    pytest.param(
        "TULSA, Okla. (AP) _ A storm knocked out power to thousands of homes on "
        "Tuesday, the utility said.",
        "2023-05-09-tulsa-storm.txt",
        None,
        ("Tulsa", "US", "AP", "America/Chicago", "2023-05-09"),
        (),
        "A storm knocked out power",
        id="ap-state-underscore",
    ),
    pytest.param(
        "HOUSTON, Texas (AP) _ Crews put out a fire at a chemical plant east of the "
        "city late on Tuesday.",
        "plant-fire.txt",
        GIT,
        ("Houston", "US", "AP", "America/Chicago", "2024-03-20"),
        # Received on a Wednesday: "late on Tuesday" is the day before, no warning.
        ("date from git history",),
        "Crews put out a fire",
        id="ap-state-git-time",
    ),
    pytest.param(
        "PORTLAND, Maine (AP) — The city council approved a new budget for its "
        "schools.",
        "2021-06-14-budget.txt",
        None,
        ("Portland", "US", "AP", "America/New_York", "2021-06-14"),
        (),
        "The city council approved",
        id="ap-state-dash",
    ),
    pytest.param(
        "DENVER (AP) — The state's wildfire season started early this year, "
        "officials said.",
        "wildfire.txt",
        GIT,
        ("Denver", "US", "AP", "America/Denver", "2024-03-20"),
        ("date from git history",),
        "The state's wildfire season",
        id="ap-dash-git-time",
    ),
    pytest.param(
        "NAIROBI (Reuters) - Kenya's central bank left its main lending rate "
        "unchanged, the bank said.",
        "kenya-rates.txt",
        FILE,
        # 23:30 UTC is already the next day in Nairobi.
        ("Nairobi", "KE", "Reuters", "Africa/Nairobi", "2022-12-01"),
        ("date from file time",),
        "Kenya's central bank",
        id="reuters-undated-file-time",
    ),
    pytest.param(
        "Feb 12 (Reuters) - Copper prices rose on Monday as supply worries returned.",
        "copper.txt",
        GIT,
        (None, None, "Reuters", "UTC", "2024-02-12"),
        (),
        "Copper prices rose",
        id="reuters-no-place",
    ),
    pytest.param(
        "Feb 12 (Reuters) - Copper prices fell on Saturday as stocks grew.",
        "copper-saturday.txt",
        GIT,
        # 12 February 2024 is a Monday; in 2023 it was the Sunday after a Saturday.
        (None, None, "Reuters", "UTC", "2023-02-12"),
        ("year 2023 chosen by the weekday: lede says Saturday",),
        "Copper prices fell",
        id="reuters-weekday-picks-year",
    ),
    pytest.param(
        "Leipzig (dpa) - Die Stadt hat am Montag einen neuen Bahnhof eröffnet, "
        "teilte die Verwaltung mit. Der Bau hatte fünf Jahre gedauert und war "
        "teurer als geplant.",
        "2021-09-06-bahnhof.txt",
        None,
        ("Leipzig", "DE", "dpa", "Europe/Berlin", "2021-09-06"),
        (),
        "Die Stadt hat am Montag",
        id="dpa-undated",
    ),
    pytest.param(
        "HALIFAX - Nova Scotia's premier said Thursday the province will hire "
        "more nurses.",
        "2022-06-02-nurses.txt",
        None,
        ("Halifax", "CA", None, "America/Halifax", "2022-06-02"),
        (),
        "Nova Scotia's premier",
        id="canadian-press-caps-dash",
    ),
    pytest.param(
        "Agency: The Canadian Press\n\nWINNIPEG - Manitoba will build two new "
        "hospitals, the health minister said.",
        "2022-06-03-hospitals.txt",
        None,
        ("Winnipeg", "CA", "CP", "America/Winnipeg", "2022-06-03"),
        (),
        "Manitoba will build",
        id="canadian-press-agency-header",
    ),
    pytest.param(
        "VICTORIA, B.C. — The province will build 2,000 homes for students, the "
        "housing minister said Monday.",
        "2023-04-03-homes.txt",
        None,
        # Victoria in British Columbia, not the one in Hong Kong.
        ("Victoria", "CA", None, "America/Vancouver", "2023-04-03"),
        (),
        "The province will build",
        id="canadian-press-province",
    ),
    pytest.param(
        "REGINA - Saskatchewan will cut the fuel tax in May, the finance minister "
        "said.\nThe cut costs the province $40 million.\nThis report by The "
        "Canadian Press was first published April 2, 2022.\n",
        "2022-04-02-fuel-tax.txt",
        None,
        ("Regina", "CA", "CP", "America/Regina", "2022-04-02"),
        (),
        "Saskatchewan will cut",
        id="canadian-press-credit-line",
    ),
    pytest.param(
        "(ANSA) - NAPLES, APR 7 - Police arrested 12 people on Friday in a raid on "
        "a smuggling ring.",
        "raid.txt",
        GIT,
        ("Naples", "IT", "ANSA", "Europe/Rome", "2023-04-07"),
        (),
        "Police arrested 12 people",
        id="ansa-lead",
    ),
    pytest.param(
        "SEOUL, Nov 14 AFP - South Korea's exports fell for a second month, "
        "data showed.",
        "exports.txt",
        FILE_2020,
        ("Seoul", "KR", "AFP", "Asia/Seoul", "2019-11-14"),
        (),
        "South Korea's exports",
        id="afp-bare",
    ),
    pytest.param(
        "Marseille, 12 janv 2018 (AFP) - Un incendie a détruit un entrepôt du "
        "port dans la nuit, selon les pompiers. Personne n'a été blessé et "
        "l'enquête a été confiée à la police.",
        "entrepot.txt",
        None,
        ("Marseille", "FR", "AFP", "Europe/Paris", "2018-01-12"),
        (),
        "Un incendie a détruit",
        id="afp-french-with-year",
    ),
    pytest.param(
        "Quito, 9 feb (EFE).- El Gobierno de Ecuador anunció un plan para "
        "reparar las carreteras de la sierra, informaron fuentes oficiales. "
        "Las obras empezarán en marzo.",
        "carreteras.txt",
        Received(datetime(2021, 3, 1, 12, 0, tzinfo=UTC), "git history"),
        ("Quito", "EC", "EFE", "America/Guayaquil", "2021-02-09"),
        (),
        "El Gobierno de Ecuador",
        id="efe-spanish",
    ),
    pytest.param(
        "TACOMA , Wash., June 3 - Dock workers returned to the port after a "
        "two-day strike.\nThe union said talks would go on.\nReuter\n",
        "dock.txt",
        GIT,
        ("Tacoma", "US", "Reuters", "America/Los_Angeles", "2023-06-03"),
        (),
        "Dock workers returned",
        id="stray-space-before-comma",
    ),
    pytest.param(
        "KUNMING, Jan. 4 (Xinhua) -- A new rail line opened in southwest China "
        "on Thursday.",
        "rail.txt",
        GIT,
        ("Kunming", "CN", "Xinhua", "Asia/Shanghai", "2024-01-04"),
        (),
        "A new rail line opened",
        id="xinhua",
    ),
    pytest.param(
        "MIAMI, Aug. 19 (UPI) -- Forecasters said a tropical storm could reach "
        "the coast by the weekend.",
        "storm.txt",
        GIT,
        ("Miami", "US", "UPI", "America/New_York", "2023-08-19"),
        (),
        "Forecasters said",
        id="upi",
    ),
    pytest.param(
        "KAZAN. Oct 3 (Interfax) - The regional government approved a new budget.",
        "2019-10-03-kazan-budget.txt",
        None,
        ("Kazan", "RU", "Interfax", "Europe/Moscow", "2019-10-03"),
        (),
        "The regional government",
        id="interfax",
    ),
    pytest.param(
        "OSAKA, May 21 Kyodo - The city will host a trade fair next spring.",
        "2018-05-21-fair.txt",
        None,
        ("Osaka", "JP", "Kyodo", "Asia/Tokyo", "2018-05-21"),
        (),
        "The city will host",
        id="kyodo-dated",
    ),
    pytest.param(
        "Agency: PA\n\nPolice in Leeds have arrested a man after a car crashed "
        "into a shop.",
        "leeds-crash.txt",
        GIT,
        (None, None, "PA", "UTC", "2024-03-20"),
        ("no dateline", "date from git history"),
        "Police in Leeds",
        id="pa-no-dateline",
    ),
    pytest.param(
        "Japan's exports rose for a third month in July, government data showed.",
        "exports-july.txt",
        FILE,
        (None, None, None, "UTC", "2022-11-30"),
        ("no dateline", "date from file time"),
        "Japan's exports rose",
        id="kyodo-no-dateline",
    ),
    pytest.param(
        "Japan's cabinet approved an extra budget to pay for flood repairs.\n"
        "The Diet is expected to pass it next week.\n==Kyodo\n",
        "2021-08-20-budget.txt",
        None,
        (None, None, "Kyodo", "UTC", "2021-08-20"),
        ("no dateline",),
        "Japan's cabinet approved",
        id="kyodo-no-dateline-signoff",
    ),
    pytest.param(
        "Agency: ATS\n\nLe Conseil fédéral a adopté un projet de loi sur "
        "l'énergie. Le texte passera devant le Parlement en automne.",
        "2020-05-13-energie.txt",
        None,
        (None, None, "ATS", "UTC", "2020-05-13"),
        ("no dateline",),
        "Le Conseil fédéral",
        id="ats-no-dateline",
    ),
    pytest.param(
        "ЯРОСЛАВЛЬ, 26 декабря. /ТАСС/. Власти области открыли новый мост через "
        "Волгу, сообщили в правительстве региона. Строительство моста заняло "
        "три года.",
        "most.txt",
        GIT,
        ("Yaroslavl", "RU", "TASS", "Europe/Moscow", "2023-12-26"),
        (),
        "Власти области открыли",
        id="tass-russian",
    ),
    pytest.param(
        "Coimbra, 14 out 2019 (Lusa) - O presidente da câmara anunciou hoje "
        "um novo plano para os transportes da cidade, que vai custar dez "
        "milhões de euros.",
        "transportes.txt",
        None,
        ("Coimbra", "PT", "Lusa", "Europe/Lisbon", "2019-10-14"),
        (),
        "O presidente da câmara",
        id="lusa-portuguese",
    ),
    pytest.param(
        "(ANSA) - TORINO, 12 GIU 2022 - Il sindaco ha presentato oggi il nuovo "
        "piano per il traffico della città, che entrerà in vigore a settembre.",
        "traffico.txt",
        None,
        ("Turin", "IT", "ANSA", "Europe/Rome", "2022-06-12"),
        (),
        "Il sindaco ha presentato",
        id="ansa-italian",
    ),
    pytest.param(
        "Málaga, 5 de mayo de 2021 (EFE).- El ayuntamiento ha aprobado hoy la "
        "ampliación del puerto, según ha informado el alcalde en una rueda de "
        "prensa.",
        "puerto.txt",
        None,
        ("Málaga", "ES", "EFE", "Europe/Madrid", "2021-05-05"),
        (),
        "El ayuntamiento ha aprobado",
        id="efe-spanish-de",
    ),
    pytest.param(
        "DRESDEN, 3. März 2020 (dpa) - Die Landesregierung hat am Dienstag "
        "einen neuen Haushalt beschlossen, wie ein Sprecher mitteilte.",
        "haushalt.txt",
        None,
        ("Dresden", "DE", "dpa", "Europe/Berlin", "2020-03-03"),
        (),
        "Die Landesregierung hat",
        id="dpa-german-dated",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "received", "expected", "warnings", "lede"), SHAPES
)
def test_wire_shape(text, name, received, expected, warnings, lede):  # noqa: PLR0917 - one per column
    story = extract_story(text.encode(), name=name, options=OPTIONS, received=received)
    got = (
        story.city,
        story.country,
        story.agency,
        story.timezone,
        story.date.date().isoformat(),
    )
    assert got == expected
    assert story.warnings == warnings
    # The dateline is never shown as part of the story.
    assert story.paragraphs[0].startswith(lede)
    assert story.summary.startswith(lede)
    if story.dateline is not None:
        for shown in (story.title, story.summary, story.paragraphs[0]):
            assert story.dateline.raw not in shown


def test_dateless_copy_is_a_report_without_received_time():
    with pytest.raises(ExtractError, match="no date"):
        extract_story(
            b"CAIRO (Reuters) - Egypt held rates.", name="a.txt", options=OPTIONS
        )


def test_file_time_is_ignored_when_the_setting_is_off():
    off = replace(OPTIONS, date_from_file_time=False)
    text = b"CAIRO (Reuters) - Egypt held rates."
    with pytest.raises(ExtractError, match="no date"):
        extract_story(text, name="a.txt", options=off, received=FILE)
    story = extract_story(text, name="a.txt", options=off, received=GIT)
    assert story.date.date().isoformat() == "2024-03-20"


def test_a_place_is_one_entity_whatever_the_language():
    italian = extract_story(
        "(ANSA) - ROMA, 12 GIU 2022 - Il governo ha approvato oggi il decreto "
        "sulla scuola, che entrerà in vigore a settembre per le regioni.".encode(),
        name="a.txt",
        options=OPTIONS,
    )
    english = extract_story(
        b"ROME, June 12 (Reuters) - The government approved a school decree.",
        name="2022-06-12-b.txt",
        options=OPTIONS,
    )
    assert (italian.city, italian.place_id) == (english.city, english.place_id)
    assert italian.city == "Rome"
    assert italian.places[0] == "Rome"


def test_header_agency_wins_and_never_comes_from_nowhere():
    story = extract_story(
        b"Agency: Reuters\n\nLONDON (AP) - Text here.",
        name="2020-01-02-x.txt",
        options=OPTIONS,
    )
    assert story.agency == "Reuters"
    bare = extract_story(
        b"Text with no agency at all.", name="2020-01-02-y.txt", options=OPTIONS
    )
    assert bare.agency is None
