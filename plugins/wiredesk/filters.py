"""Jinja filters for the theme: formatting lives here, tested, not in templates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .extract.months import MONTHS

MONTH_NAMES = [name.capitalize() for name, n in MONTHS.items() if len(name) > 3 or name == "may"]


def iso_date(story: Any) -> str:
    """Return the machine date of a story: YYYY-MM-DD without a known time, else ISO 8601."""
    if story.has_time:
        return story.date.isoformat()
    return story.date.date().isoformat()


def human_date(when: datetime) -> str:
    """Return '4 January 2020' (our own month table, never the locale)."""
    return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"


def story_when(story: Any) -> str:
    """Return the reader's date of a story, with time and zone when known."""
    if story.has_time:
        return f"{human_date(story.date)}, {story.date:%H:%M} {story.date.tzname()}"
    return human_date(story.date)


FILTERS = {"iso_date": iso_date, "human_date": human_date, "story_when": story_when}


def add_filters(generator: Any) -> None:
    """Register Wiredesk's filters on a generator's Jinja environment."""
    generator.env.filters.update(FILTERS)
