from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pelican.plugins.wiredesk.render.filters import (
    by_day,
    human_date,
    iso_date,
    month_index,
    story_when,
)

MOSCOW = ZoneInfo("Europe/Moscow")


@dataclass
class FakeStory:
    date: datetime
    updated: datetime
    has_time: bool


@dataclass
class FakeArticle:
    story: FakeStory
    date: datetime
    name: str


def article(name, when, has_time=True):
    return FakeArticle(FakeStory(when, when, has_time), when, name)


@pytest.mark.parametrize(
    ("when", "has_time", "expected"),
    [
        (datetime(2020, 1, 4, 0, 0, tzinfo=MOSCOW), False, "4 January 2020"),
        (datetime(2020, 1, 4, 14, 5, tzinfo=MOSCOW), True, "4 January 2020, 14:05 MSK"),
        (
            datetime(2021, 12, 31, 23, 59, tzinfo=ZoneInfo("UTC")),
            True,
            "31 December 2021, 23:59 UTC",
        ),
    ],
)
def test_story_when_shows_time_and_zone_only_when_known(when, has_time, expected):
    assert story_when(FakeStory(when, when, has_time)) == expected


@pytest.mark.parametrize(
    ("has_time", "expected"),
    [
        (False, "2020-01-04"),
        (True, "2020-01-04T14:05:00+03:00"),
    ],
)
def test_iso_date_is_a_date_without_a_known_time(has_time, expected):
    when = datetime(2020, 1, 4, 14, 5, tzinfo=MOSCOW)
    assert iso_date(FakeStory(when, when, has_time)) == expected


def test_human_date_uses_english_month_names():
    assert human_date(datetime(2020, 5, 9, tzinfo=MOSCOW)) == "9 May 2020"


def test_by_day_groups_in_the_given_order():
    a = article("a", datetime(2020, 1, 5, 9, tzinfo=MOSCOW))
    b = article("b", datetime(2020, 1, 5, 1, tzinfo=MOSCOW))
    c = article("c", datetime(2020, 1, 4, 23, tzinfo=MOSCOW))
    days = by_day([a, b, c])
    assert [(d.iso, d.label, [x.name for x in d.articles]) for d in days] == [
        ("2020-01-05", "5 January 2020", ["a", "b"]),
        ("2020-01-04", "4 January 2020", ["c"]),
    ]


def test_month_index_counts_stories_per_month_newest_first():
    arts = [
        article("a", datetime(2021, 2, 1, tzinfo=MOSCOW)),
        article("b", datetime(2020, 1, 5, tzinfo=MOSCOW)),
        article("c", datetime(2020, 1, 4, tzinfo=MOSCOW)),
        article("d", datetime(2020, 3, 4, tzinfo=MOSCOW)),
    ]
    index = month_index(arts, "{date:%Y}/{date:%m}/")
    assert [(y, [(m.label, m.url, m.count) for m in ms]) for y, ms in index] == [
        (2021, [("February 2021", "2021/02/", 1)]),
        (2020, [("March 2020", "2020/03/", 1), ("January 2020", "2020/01/", 2)]),
    ]
