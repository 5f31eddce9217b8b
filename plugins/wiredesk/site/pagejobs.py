"""A page to write, the print of its inputs, and pagination as Pelican's writer does it.

Two builds give a page the same print only when it would render the same bytes, so a
rebuild renders just the pages whose print changed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pelican.paginator import Paginator

from ..prints import fingerprint
from .model import StoryView


@dataclass(frozen=True, slots=True)
class PageJob:
    """One file to write: its template, its own values and the print of its inputs."""

    save_as: str
    template: str
    values: dict[str, Any]
    print: str


def job_hash(*parts: object) -> str:
    """Return the print of parts."""
    return fingerprint(*parts)


def cards_print(views: Sequence[StoryView]) -> str:
    """Return the print of a list of stories as cards show them."""
    return "|".join(v.card_print for v in views)


def story_print(view: StoryView) -> str:
    """Return the print of a story page: the story and the stories it links to."""
    near = [view.newer_in_section, view.older_in_section]
    return job_hash(
        view.print,
        cards_print(view.related),
        *(n.card_print if n else "-" for n in near),
    )


def paginated(  # noqa: PLR0917 - Pelican's writer arguments, in its order
    settings: Mapping[str, Any],
    site: str,
    template: str,
    save_as: str,
    url: str,
    views: list[StoryView],
    values: dict[str, Any],
    extra: str = "",
) -> Iterator[PageJob]:
    """Yield one job per page of a list, as Pelican's writer paginates it."""
    per_page = (
        settings["PAGINATED_TEMPLATES"].get(template) or settings["DEFAULT_PAGINATION"]
    )
    paginator = Paginator(save_as, url, views, settings, per_page)
    pages = [paginator.page(n) for n in range(1, paginator.num_pages + 1)]
    for i, page in enumerate(pages):
        own = {
            **values,
            "articles": views,
            "dates": views,
            "articles_paginator": paginator,
            "articles_page": page,
            "articles_previous_page": pages[i - 1] if i else None,
            "articles_next_page": pages[i + 1] if i + 1 < len(pages) else None,
        }
        mark = job_hash(site, template, save_as, extra, page.number, len(pages))
        yield PageJob(
            page.save_as,
            template,
            own,
            job_hash(mark, cards_print(page.object_list)),
        )
