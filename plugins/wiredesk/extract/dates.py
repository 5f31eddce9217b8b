"""The year chain, header dates and the weekday check of a story."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from ..errors import ExtractError
from ..model import Dateline
from .months import WEEKDAYS

MONTHS = 12
MAX_DAY = 31
LEAP_CYCLE = 28  # a day of the year falls on every weekday within 28 years

HEADER_DATE_RE = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$"
)
FILE_DATE_RE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


@cache
def zone_info(name: str) -> ZoneInfo:
    """Return the time zone of an IANA name, loaded once per process."""
    return ZoneInfo(name)


def _offset(raw: str) -> ZoneInfo | datetime.tzinfo:
    from datetime import timezone as tz  # noqa: PLC0415 - local alias keeps names apart

    if raw == "Z":
        return UTC
    sign = -1 if raw[0] == "-" else 1
    hours, minutes = int(raw[1:3]), int(raw[-2:])
    return tz(sign * timedelta(hours=hours, minutes=minutes))


def parse_header_date(value: str, zone: str) -> tuple[datetime, bool]:
    """Parse a `Date:` value (ISO 8601); return it and whether it has a time."""
    match = HEADER_DATE_RE.match(value.strip())
    if match is None:
        raise ExtractError(
            f"invalid date {value[:40]!r}: expected YYYY-MM-DD[ HH:MM]", value
        )
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        clock = time(int(match["H"] or 0), int(match["M"] or 0), int(match["S"] or 0))
    except ValueError as e:
        raise ExtractError(f"invalid date {value[:40]!r}: {e}", value) from e
    tzinfo = _offset(match["tz"]) if match["tz"] else zone_info(zone)
    return datetime.combine(day, clock, tzinfo=tzinfo), match["H"] is not None


def filename_year(name: str) -> int | None:
    """Return the year of a `YYYY-MM-DD` file-name prefix, or None."""
    match = FILE_DATE_RE.match(name)
    return int(match["y"]) if match else None


def filename_date(name: str) -> tuple[int | None, int | None, int | None]:
    """Return (year, month, day) of a `YYYY-MM-DD` file-name prefix, or three Nones."""
    match = FILE_DATE_RE.match(name)
    if match is None or not (
        1 <= int(match["m"]) <= MONTHS and 1 <= int(match["d"]) <= MAX_DAY
    ):
        return None, None, None
    return int(match["y"]), int(match["m"]), int(match["d"])


def resolve_date(
    dateline: Dateline | None,
    *,
    file_year: int | None,
    default_year: int | None,
    zone: str,
) -> datetime:
    """Return midnight of the dateline's day in zone, its year from the year chain."""
    if dateline is None or dateline.month is None or dateline.day is None:
        raise ExtractError("no date: no Date header and no dateline date")
    year = dateline.year or file_year or default_year
    if year is None:
        raise ExtractError("no year", dateline.raw)
    try:
        day = date(year, dateline.month, dateline.day)
    except ValueError as e:
        raise ExtractError(
            f"invalid date ({year}-{dateline.month:02d}-{dateline.day:02d})",
            dateline.raw,
        ) from e
    return datetime.combine(day, time(0, 0), tzinfo=zone_info(zone))


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _names_weekday(named: int, day: date) -> bool:
    return named in (day.weekday(), (day.weekday() - 1) % 7)


def latest_year(month: int, day: int, received: date) -> int | None:
    """Return the latest year in which month-day is not after the received day."""
    for year in range(received.year, received.year - LEAP_CYCLE - 1, -1):
        found = _valid_day(year, month, day)
        if found is not None and found <= received:
            return year
    return None


def _weekday_in(lede: str) -> re.Match[str] | None:
    """Return the first weekday the lede names (in any case), or None."""
    if "day" not in lede.casefold():  # the end of every weekday's name
        return None
    return WEEKDAY_RE.search(lede)


def weekday_year(
    month: int, day: int, latest: int, lede: str
) -> tuple[int, str | None]:
    """Return the year a weekday in the lede picks (the latest that fits) and a warning.

    The dateline day, or the day before it, must fall on the weekday named; when the
    latest year does not fit, the latest one that does wins, with a warning.
    """
    match = _weekday_in(lede)
    if match is None:
        return latest, None
    named = WEEKDAYS[match[1].casefold()]
    for year in range(latest, latest - LEAP_CYCLE, -1):
        found = _valid_day(year, month, day)
        if found is None or not _names_weekday(named, found):
            continue
        if year == latest:
            return latest, None
        return year, f"year {year} chosen by the weekday: lede says {match[1]}"
    return latest, None


def check_weekday(lede: str, day: date) -> str | None:
    """Return a warning when the lede's weekday is not the day or the day before."""
    match = _weekday_in(lede)
    if match is None:
        return None
    if _names_weekday(WEEKDAYS[match[1].casefold()], day):
        return None
    return f"weekday mismatch: lede says {match[1]}, date is {day.isoformat()}"
