"""Every page of the site as a job: stories, lists, archives, entities, direct pages."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping, Sequence
from itertools import groupby
from typing import Any

from ..extract.months import MONTH_NAMES
from .entities import FEED_KINDS, SEARCH_SAVE_AS
from .model import SiteModel, StoryView, Term
from .pagejobs import PageJob, job_hash, paginated, story_print

LIST_TEMPLATES = (
    ("categories", "CATEGORIES"),
    ("tags", "TAGS"),
    ("archives", "ARCHIVES"),
)


def story_jobs(
    model: SiteModel, site: str, ids: Container[str] | None = None
) -> Iterator[PageJob]:
    """Yield the page of every story, listed or not (ids: only of these stories)."""
    for view in [*model.stories, *model.unlisted]:
        if view.save_as and (ids is None or view.story.id in ids):
            values = {"article": view, "category": view.category, "url": view.url}
            yield PageJob(
                view.save_as, "article", values, job_hash(site, story_print(view))
            )


def term_jobs(
    model: SiteModel, settings: Mapping[str, Any], site: str
) -> Iterator[PageJob]:
    """Yield the paginated pages of every section and tag."""
    kinds = (("category", model.categories), ("tag", model.tags))
    for template, groups in kinds:
        for term, views in groups:
            if term.save_as:
                values = {template: term, "page_name": term.page_name}
                extra = f"{term.name}\x1f{term.slug}"
                yield from paginated(
                    settings,
                    site,
                    template,
                    term.save_as,
                    term.url,
                    views,
                    values,
                    extra,
                )


def entity_jobs(
    model: SiteModel, settings: Mapping[str, Any], site: str
) -> Iterator[PageJob]:
    """Yield the paginated pages of every person, place, organisation and agency."""
    for entity in model.entities:
        feed = FEED_KINDS.get(entity.kind) if entity.has_feed else None
        values = {
            "entity": entity,
            "page_name": entity.url + "index",
            "feed_kind": feed,
            "feed_slug": entity.slug,
            "feed_name": entity.name,
        }
        extra = f"{entity.kind}\x1f{entity.name}\x1f{feed}"
        # paginated as tag pages are (PAGINATED_TEMPLATES has no "entity")
        jobs = paginated(
            settings,
            site,
            "tag",
            entity.save_as,
            entity.url,
            entity.articles,
            values,
            extra,
        )
        for job in jobs:
            yield PageJob(job.save_as, "entity", job.values, job.print)


def _period(
    views: list[StoryView], size: int
) -> Iterator[tuple[tuple[int, ...], list[StoryView]]]:
    for key, group in groupby(views, key=lambda v: v.story.date.timetuple()[:size]):
        yield tuple(key), list(group)


def period_jobs(
    model: SiteModel, settings: Mapping[str, Any], site: str
) -> Iterator[PageJob]:
    """Yield the paginated month and day archives (and years when configured)."""
    for size, kind in ((1, "YEAR"), (2, "MONTH"), (3, "DAY")):
        save_fmt = settings.get(f"{kind}_ARCHIVE_SAVE_AS")
        if not save_fmt:
            continue
        url_fmt = settings.get(f"{kind}_ARCHIVE_URL", "")
        for key, views in _period(model.stories, size):
            first = views[0].story.date
            period: tuple[Any, ...] = key
            if size > 1:
                period = (key[0], MONTH_NAMES[key[1] - 1], *key[2:])
            values = {"period": period, "period_num": key}
            yield from paginated(
                settings,
                site,
                "period_archives",
                save_fmt.format(date=first),
                url_fmt.format(date=first),
                views,
                values,
                repr(key),
            )


def _counts(groups: Sequence[tuple[Term, list[StoryView]]]) -> str:
    return "|".join(f"{t.slug}\x1f{t.name}\x1f{len(v)}" for t, v in groups)


def _months(model: SiteModel) -> str:
    counts: dict[tuple[int, int], int] = {}
    for view in model.stories:
        key = (view.story.date.year, view.story.date.month)
        counts[key] = counts.get(key, 0) + 1
    return repr(sorted(counts.items()))


def direct_jobs(
    model: SiteModel, settings: Mapping[str, Any], site: str
) -> Iterator[PageJob]:
    """Yield the front page (paginated), the lists, search and the 404 page."""
    save_as = settings.get("INDEX_SAVE_AS", "index.html")
    if save_as:
        values = {"page_name": save_as.rsplit(".", 1)[0]}
        url = settings.get("INDEX_URL", "index.html")
        yield from paginated(
            settings, site, "index", save_as, url, model.stories, values
        )
    inputs = {
        "categories": _counts(model.categories),
        "tags": _counts(model.tags),
        "archives": _months(model),
    }
    for template, key in LIST_TEMPLATES:
        if settings.get(f"{key}_SAVE_AS"):
            save_as = settings[f"{key}_SAVE_AS"]
            values = {"page_name": save_as.rsplit(".", 1)[0]}
            yield PageJob(
                save_as, template, values, job_hash(site, template, inputs[template])
            )
    for template, save_as in (
        ("search", SEARCH_SAVE_AS),
        ("404", settings.get("404_SAVE_AS", "404.html")),
    ):
        if save_as:
            values = {
                "page_name": save_as.rsplit(".", 1)[0],
                "url": save_as.rsplit("index.html", 1)[0],
            }
            yield PageJob(save_as, template, values, job_hash(site, template))


def plan_pages(
    model: SiteModel, settings: Mapping[str, Any], site: str
) -> list[PageJob]:
    """Return every page of the site; site is the print of what all pages share."""
    jobs = [
        *story_jobs(model, site),
        *direct_jobs(model, settings, site),
        *period_jobs(model, settings, site),
        *term_jobs(model, settings, site),
        *entity_jobs(model, settings, site),
    ]
    return list({job.save_as: job for job in jobs}.values())


def shard_of(view: StoryView) -> str:
    """Return the search shard of a story page: the ISO week of its date (2020-W02)."""
    year, week, _day = view.story.date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shard_pages(model: SiteModel) -> dict[str, list[str]]:
    """Return the story pages of each search shard (week), for the search index."""
    months: dict[str, list[str]] = {}
    for view in model.stories:
        if view.save_as:
            months.setdefault(shard_of(view), []).append(view.save_as)
    return {m: sorted(set(f)) for m, f in months.items()}
