"""Pelican glue: the generator that plans the site and writes every story-made file."""

from __future__ import annotations

import atexit
import logging
from typing import Any

from ..build.collect import leave_to_exit, take_back
from ..build.run import SiteBuild
from ..feeds.paths import FORMATS, feed_path
from ..output.themefiles import copy_theme_files
from .posts import generator_posts

logger = logging.getLogger(__name__)

_RUNS: dict[int, SiteBuild] = {}  # id of a Pelican run's settings -> its build
# Wiredesk's feeds of the whole site: a Pelican FEED_* setting naming one yields.
SITE_FEEDS = frozenset(feed_path("all", "", fmt) for fmt in FORMATS)


class SiteGenerator:
    """The get_generators class: pages, feeds and sitemaps from the stories."""

    build: SiteBuild  # set on the class made for each run

    def __init__(  # noqa: D107 - Pelican's generator signature
        self, context: dict[str, Any], settings: dict[str, Any], **_: Any
    ) -> None:
        self.context, self.settings = context, settings

    def generate_context(self) -> None:
        """Plan the site; put the stories in Pelican's context as Articles."""
        self.build.plan_site(self.context)

    def generate_output(self, _writer: Any) -> None:
        """Write every page, feed and sitemap of the plan."""
        self.build.write_site(self.context)


def start_run(pelican: Any) -> type[SiteGenerator]:
    """Begin Wiredesk's part of a Pelican run; return its generator class."""
    take_back()  # what the previous run in this process left
    abandon_runs()  # a run that failed (`pelican -r` goes on after an error)
    build = SiteBuild.start(pelican)
    _RUNS[id(pelican.settings)] = build
    return type("SiteGenerator", (SiteGenerator,), {"build": build})


def run_of(settings: dict[str, Any]) -> SiteBuild | None:
    """Return the build of the Pelican run with these settings (None outside one)."""
    return _RUNS.get(id(settings))


def take_articles(generator: Any) -> None:
    """Make Pelican's articles stories: Wiredesk writes their pages and lists.

    Pelican's generator then writes only its own feeds, less those of the whole
    site whose path a Wiredesk feed takes (holding the posts too).
    """
    build = run_of(generator.settings)
    if build is None:
        return
    build.posts = generator_posts(generator)
    build.articles = generator
    taken = [
        k
        for k in sorted(generator.settings)
        if k.startswith(("FEED_", "TRANSLATION_FEED_"))
        and generator.settings[k] in SITE_FEEDS
    ]
    if taken:
        logger.warning(
            "Wiredesk's feeds take the paths of %s: they hold posts and stories",
            ", ".join(f"{k} ({generator.settings[k]})" for k in taken),
        )
        generator.settings = {**generator.settings, **dict.fromkeys(taken)}

    if not build.own_theme:
        return  # the site's theme writes the stories with its posts

    def feeds_only(writer: Any) -> None:
        generator.generate_feeds(writer)

    generator.generate_output = feeds_only


def take_theme_files(generator: Any) -> None:
    """Copy the theme's static files of a rebuild in place atomically, if changed.

    Pelican would rewrite each in place (see output/themefiles.py); a full build
    leaves them to Pelican: its staging folder is swapped in whole.
    """
    build = run_of(generator.settings)
    if build is None or build.staging is not None:
        return
    copy_theme_files(generator.theme, generator.settings, str(build.output))
    generator.settings = {**generator.settings, "THEME_STATIC_PATHS": []}


def abandon_runs() -> None:
    """Close the runs that never finished: their staging folders go."""
    while _RUNS:
        _RUNS.popitem()[1].close()


atexit.register(abandon_runs)


def end_run(pelican: Any) -> None:
    """Finish Wiredesk's part of the run: search, swap, state; leave it to exit."""
    build = _RUNS.pop(id(pelican.settings), None)
    if build is not None:
        build.finish()
        leave_to_exit()
