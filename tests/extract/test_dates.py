from datetime import date

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract.dates import (
    check_weekday,
    filename_year,
    latest_year,
    parse_header_date,
    resolve_date,
    weekday_year,
)
from pelican.plugins.wiredesk.model import Dateline


def line(month=1, day=4, year=None):
    return Dateline(
        raw="X", city="Moscow", month=month, day=day, year=year, agency="TASS"
    )


@pytest.mark.parametrize(
    ("dateline", "file_year", "default", "expected"),
    [
        (line(year=2019), 2018, 2017, 2019),
        (line(), 2018, 2017, 2018),
        (line(), None, 2017, 2017),
    ],
)
def test_year_chain(dateline, file_year, default, expected):
    when = resolve_date(dateline, file_year=file_year, default_year=default, zone="UTC")
    assert when.year == expected


def test_no_year_is_an_error():
    with pytest.raises(ExtractError, match="no year"):
        resolve_date(line(), file_year=None, default_year=None, zone="UTC")


def test_february_30_is_an_invalid_date():
    with pytest.raises(ExtractError, match="invalid date"):
        resolve_date(line(2, 30), file_year=None, default_year=2020, zone="UTC")


def test_midnight_in_the_dateline_zone():
    when = resolve_date(line(), file_year=None, default_year=2020, zone="Europe/Moscow")
    assert when.isoformat() == "2020-01-04T00:00:00+03:00"


@pytest.mark.parametrize(
    ("value", "iso", "has_time"),
    [
        ("2021-06-15", "2021-06-15T00:00:00+00:00", False),
        ("2021-06-15 14:30", "2021-06-15T14:30:00+00:00", True),
        ("2021-06-15T14:30:00+03:00", "2021-06-15T14:30:00+03:00", True),
    ],
)
def test_header_dates(value, iso, has_time):
    when, timed = parse_header_date(value, "UTC")
    assert (when.isoformat(), timed) == (iso, has_time)


@pytest.mark.parametrize(
    ("name", "year"),
    [("2021-06-15-story.txt", 2021), ("story-2021.txt", None), ("20210615.txt", None)],
)
def test_filename_year(name, year):
    assert filename_year(name) == year


@pytest.mark.parametrize(
    ("lede", "warns"),
    [
        ("Talks were held on Saturday.", False),  # 4 Jan 2020 was a Saturday
        ("Talks were held on Friday.", False),  # the day before is fine
        ("Talks will be held on Monday.", True),
        ("No weekday here.", False),
    ],
)
def test_weekday_check(lede, warns):
    assert (check_weekday(lede, date(2020, 1, 4)) is not None) == warns


@pytest.mark.parametrize(
    ("month", "day", "received", "year"),
    [
        (3, 5, date(2024, 3, 5), 2024),  # the very day it came in
        (3, 6, date(2024, 3, 5), 2023),  # a day after it came in: last year's
        (12, 31, date(2024, 1, 1), 2023),
        (2, 29, date(2023, 5, 1), 2020),  # the last leap year before
        (2, 30, date(2023, 5, 1), None),  # no year has it
    ],
)
def test_latest_year_not_after_the_received_day(month, day, received, year):
    assert latest_year(month, day, received) == year


@pytest.mark.parametrize(
    ("lede", "year", "warning"),
    [
        # 4 January: 2024 Thursday, 2023 Wednesday, 2022 Tuesday, 2021 Monday.
        ("Talks ended.", 2024, None),
        ("Talks ended on Thursday.", 2024, None),
        ("Talks ended on Wednesday.", 2024, None),  # the day before the dateline day
        (
            "Talks ended on Tuesday.",
            2023,
            "year 2023 chosen by the weekday: lede says Tuesday",
        ),
        (
            "Talks ended on Monday.",
            2022,
            "year 2022 chosen by the weekday: lede says Monday",
        ),
    ],
)
def test_a_weekday_in_the_lede_picks_the_latest_year_that_fits(lede, year, warning):
    assert weekday_year(1, 4, 2024, lede) == (year, warning)
