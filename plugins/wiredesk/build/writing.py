"""The writing stage of a build: pages, feeds and sitemaps, then Pelican told.

A full build writes every file of the plan into its staging folder; a rebuild
writes the files whose print changed, in place, and starts indexing the changed
search shards while the feeds and sitemaps are written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from itertools import chain
from typing import TYPE_CHECKING, Any

from pelican import signals

from ..output.claims import check_claims
from ..output.writer import write_all, write_changes
from ..search.documents import StoryDocuments, changed_months
from .publish import index_changes

if TYPE_CHECKING:
    from .run import SiteBuild


def write_site(build: SiteBuild, context: dict[str, Any]) -> None:
    """Write the plan's pages, feeds and sitemaps; say so to Pelican's signals.

    content_written is sent for every file of the site, written or kept, as a
    full run of Pelican's writer would; with no receiver, nothing is sent.
    """
    plan, progress, root = build.plan, build.options.progress, build.target
    check_claims(plan, (), build.claims, context)
    if build.searched and not build.own_theme:
        build.docs = StoryDocuments.write(
            build.output, plan.model.stories, plan.months()
        )
    if build.staging is not None:
        build.others = write_all(plan, build.settings, root, progress, build.statics)
        build.outcome.rendered = len(plan.pages)
    else:
        pages_done = _indexer(build) if build.searched and build.own_theme else None
        done, build.others = write_changes(
            plan, build.state, build.settings, root, progress, on_pages=pages_done
        )
        build.outcome.rendered, build.outcome.kept = done.rendered, done.kept
        if build.docs is not None:
            _indexer(build)(changed_months(build.docs.shards, build.state.months))
    others = [*build.others, *(plan.kept_others or ())]
    check_claims(plan, others, build.claims, context)
    if signals.content_written.receivers:
        _announce(build, context, others)


def _announce(build: SiteBuild, context: dict[str, Any], others: list[str]) -> None:
    """Send content_written for every file of the site, as Pelican's writer does."""
    plan, root = build.plan, build.target
    feeds = [path for job in plan.feeds for path in job.paths]
    top = os.fspath(root)  # plain strings: 24,000 paths at 10,000 stories
    pages = chain((j.save_as for j in plan.pages), plan.kept)
    for rel in chain(pages, feeds, others):
        path = os.path.join(top, rel)  # noqa: PTH118 - see above
        signals.content_written.send(path, context=context)


def _indexer(build: SiteBuild) -> Callable[[tuple[str, ...]], None]:
    def index(changed: tuple[str, ...]) -> None:
        if changed:  # Pagefind runs while the feeds and sitemaps are written
            months = build.plan.months()
            build.search.append(
                index_changes(build.output, months, changed, build.cache, build.source)
            )

    return index
