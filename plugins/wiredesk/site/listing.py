"""What pages other than a story's own show of it, to tell edits only its page shows.

Every list, archive, entity and direct page, every other story's page and every
sitemap shows a story through its listing: its card (URL, headline, summary,
place, agency, section, language, dates), its page's path, its status and the
names it is filed under. When no listing changed, and no story came or went,
those files are as the previous build left them: a rebuild plans only the pages
of the stories whose own print changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import SiteModel
from .pagejobs import PageJob
from .pageplan import story_jobs
from .views import StoryView

# A story's card print, page path, status, tags, people, places and organisations.
Listing = tuple[str, str, str, tuple[str, ...], ...]
Shown = tuple[str, Listing]  # the story page's own print, then its listing


def story_listing(view: StoryView) -> Listing:
    """Return what other pages show of a story."""
    story = view.story
    return (
        view.card_print,
        view.save_as,
        story.status,
        tuple(story.tags),
        tuple(story.people),
        tuple(story.places),
        tuple(story.orgs),
    )


def listings(views: Iterable[StoryView]) -> dict[str, Shown]:
    """Return each story's own print and listing, by story id."""
    return {v.story.id: (v.print, story_listing(v)) for v in views}


def own_changes(
    before: Mapping[str, Shown], now: Mapping[str, Shown]
) -> set[str] | None:
    """Return the ids whose own page alone changed; None when any listing changed."""
    if before.keys() != now.keys():
        return None
    changed = set()
    for key, (own, listing) in now.items():
        old_own, old_listing = before[key]
        if old_listing != listing:
            return None
        if old_own != own:
            changed.add(key)
    return changed


def listed_alike(
    model: SiteModel, shown: tuple[Mapping[str, Shown], Mapping[str, Shown]]
) -> set[str] | None:
    """Return the ids whose own page alone changed; None when a listing changed.

    shown: the previous build's listings and this one's. None too when two
    stories share an id: every page must then be planned.
    """
    before, now = shown
    unique = len(now) == len(model.stories) + len(model.unlisted)
    return own_changes(before, now) if unique else None


def narrow_pages(
    model: SiteModel, site: str, changed: set[str], pages: Mapping[str, str]
) -> tuple[list[PageJob], dict[str, str]]:
    """Return the pages to plan again and the prints of the others, kept as they were.

    changed: the stories whose own page alone changed (see listed_alike); pages:
    the previous build's page prints, under the same site print.
    """
    jobs = list(story_jobs(model, site, changed))
    replanned = {job.save_as for job in jobs}
    kept = {path: print_ for path, print_ in pages.items() if path not in replanned}
    return jobs, kept
