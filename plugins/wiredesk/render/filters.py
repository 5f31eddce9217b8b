"""Jinja filters for the theme: formatting lives here, tested, not in templates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..extract.months import MONTH_NAMES
from ..site.entities import entity_url
from .seo import (
    canonical_path,
    json_ld,
    machine_date,
    meta_description,
    news_article,
    word_count,
)


@dataclass(frozen=True, slots=True)
class Day:
    """The stories of one calendar day, in their given order."""

    iso: str
    label: str
    articles: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Month:
    """One month of the archive: its label, its page and how many stories it has."""

    label: str
    url: str
    count: int


def iso_date(story: Any, updated: bool = False) -> str:
    """Return a story's machine date: YYYY-MM-DD without a known time, else ISO."""
    return machine_date(story, updated=updated)


def human_date(when: datetime | date) -> str:
    """Return '4 January 2020' (our own month table, never the locale)."""
    return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"


def story_when(story: Any, updated: bool = False) -> str:
    """Return the reader's date of a story, with time and zone when known."""
    when = story.updated if updated else story.date
    if story.has_time:
        return f"{human_date(when)}, {when:%H:%M} {when.tzname()}"
    return human_date(when)


def with_story(items: Iterable[Any]) -> list[Any]:
    """Return the items that are stories (those with a .story), in their order.

    What `selectattr("story", "defined") | list` keeps, without a test call per item.
    """
    return [item for item in items if hasattr(item, "story")]


def by_day(articles: Iterable[Any]) -> list[Day]:
    """Group articles by their story's day (in its own zone), keeping order."""
    days: dict[date, list[Any]] = {}
    for article in articles:
        days.setdefault(article.story.date.date(), []).append(article)
    return [Day(d.isoformat(), human_date(d), tuple(a)) for d, a in days.items()]


def month_index(
    articles: Iterable[Any], url_pattern: str
) -> list[tuple[int, list[Month]]]:
    """Return (year, months newest first) with each month's page URL and story count."""
    counts: dict[tuple[int, int], int] = {}
    for article in articles:
        key = (article.date.year, article.date.month)
        counts[key] = counts.get(key, 0) + 1
    years: dict[int, list[Month]] = {}
    for year, month in sorted(counts, reverse=True):
        url = url_pattern.format(date=date(year, month, 1))
        label = f"{MONTH_NAMES[month - 1]} {year}"
        years.setdefault(year, []).append(Month(label, url, counts[year, month]))
    return list(years.items())


@pass_context
def news_article_jsonld(context: Context, article: Any) -> Markup:
    """Return an article's NewsArticle JSON-LD, safe inside its script element."""
    siteurl = (context.get("SITEURL") or "").rstrip("/")
    view = getattr(article, "view", article)  # a StoryArticle carries its view
    paragraphs = getattr(view, "paragraphs", None)
    data = news_article(
        article.story,
        url=f"{siteurl}/{article.url}",
        site_name=context.get("SITENAME") or "",
        site_url=siteurl,
        words=word_count(paragraphs() if paragraphs else article.story.paragraphs),
    )
    return Markup(json_ld(data))


FILTERS = {
    "iso_date": iso_date,
    "human_date": human_date,
    "story_when": story_when,
    "by_day": by_day,
    "with_story": with_story,
    "month_index": month_index,
    "entity_url": entity_url,
    "canonical_path": canonical_path,
    "meta_description": meta_description,
    "news_article_jsonld": news_article_jsonld,
}


def add_filters(generator: Any) -> None:
    """Register Wiredesk's filters on a generator's Jinja environment."""
    generator.env.filters.update(FILTERS)
