"""The day and year chains of a story, from its header down to when it was received."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time

from ..errors import ExtractError
from ..model import Dateline, Received
from .dates import (
    filename_date,
    latest_year,
    parse_header_date,
    resolve_date,
    weekday_year,
    zone_info,
)

NO_DATE = (
    "no date: no Date header, no dateline date, no YYYY-MM-DD file name "
    "and no git or file time"
)


@dataclass(frozen=True, slots=True)
class StoryDate:
    """The published date of a story, whether it has a time, and how it was found."""

    when: datetime
    source: str  # what settled it: "header", "dateline", "file name" or a received one
    has_time: bool = False
    warnings: tuple[str, ...] = ()


def _header(value: str, zone: str) -> tuple[datetime, str, bool]:
    when, has_time = parse_header_date(value, zone)
    return when, "header", has_time


def _dateline_day(
    dateline: Dateline,
    *,
    file_year: int | None,
    default_year: int | None,
    zone: str,
    received: Received | None,
    lede: str,
) -> StoryDate:
    """Return the dateline's day, its year from the year chain.

    A year found from the received time alone adds no warning (the day is the
    dateline's); a weekday that picks an earlier year does.
    """
    year = dateline.year or file_year or default_year
    if year is not None or received is None or dateline.month is None:
        when = resolve_date(
            dateline, file_year=file_year, default_year=default_year, zone=zone
        )
        return StoryDate(when, "dateline")
    day = dateline.day or 0
    latest = latest_year(
        dateline.month, day, received.when.astimezone(zone_info(zone)).date()
    )
    if latest is None:  # a day no year has, such as February 30
        latest = received.when.year
    chosen, warning = weekday_year(dateline.month, day, latest, lede)
    when = resolve_date(dateline, file_year=None, default_year=chosen, zone=zone)
    return StoryDate(when, received.source, warnings=(warning,) if warning else ())


def story_date(
    header_date: str | None,
    dateline: Dateline | None,
    name: str,
    *,
    zone: str,
    default_year: int | None,
    received: Received | None,
    lede: str,
) -> StoryDate:
    """Return the date of a story: Date header, dateline, file name, received time."""
    if header_date:
        return StoryDate(*_header(header_date, zone))
    file_year, file_month, file_day = filename_date(name)
    if dateline is not None and dateline.month is not None and dateline.day:
        return _dateline_day(
            dateline,
            file_year=file_year,
            default_year=default_year,
            zone=zone,
            received=received,
            lede=lede,
        )
    if file_day is not None:
        named = replace(dateline or Dateline(raw=name), month=file_month, day=file_day)
        when = resolve_date(named, file_year=file_year, default_year=None, zone=zone)
        return StoryDate(when, "file name")
    if received is None:
        raise ExtractError(NO_DATE)
    day = received.when.astimezone(zone_info(zone)).date()
    when = datetime.combine(day, time(0, 0), tzinfo=zone_info(zone))
    return StoryDate(when, received.source, warnings=(f"date from {received.source}",))
