"""Render one page job with the theme's templates (render/workers.py writes many).

The Jinja environment is made as Pelican makes its own (same loaders, options,
filters and globals), so a page reads the same with or without Pelican running.
"""

# ruff: noqa: PTH111, PTH118, PTH120 - path strings, as Pelican's loaders take them

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

import pelican
from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
)
from pelican.utils import DateFormatter

from ..feeds.helpers import feed_alternates
from ..feeds.paths import feed_url
from ..settings import search_enabled
from ..site.model import ModelEntities, NavPage, SiteModel
from ..site.pagejobs import PageJob
from .filters import FILTERS
from .parts import part_globals


class ThemeEnvironment(Environment):
    """Jinja's environment with each template's globals a plain dict, not a chain.

    Jinja chains a template's globals to the environment's so that later changes
    show; then every context made (each page, include and fragment) walks the
    chain. All of a build's globals are set before its first template loads.
    """

    def make_globals(
        self, d: MutableMapping[str, Any] | None
    ) -> MutableMapping[str, Any]:
        """Return the globals of a template: the environment's, then its own."""
        return {**self.globals, **(d or {})}


# A theme's templates are few and a build loads each once: a plain dict keeps
# them, where the default bounded cache takes a lock and reorders on every look
# (each page's includes look theirs up again).
UNBOUNDED = -1


def theme_env(
    settings: Mapping[str, Any], compiled: BytecodeCache | None = None
) -> Environment:
    """Return the theme's Jinja environment with Wiredesk's filters and globals.

    compiled: where templates compiled by earlier builds are kept, if anywhere.
    """
    theme = os.path.join(os.path.expanduser(settings["THEME"]), "templates")
    simple = os.path.join(os.path.dirname(pelican.__file__), "themes/simple/templates")
    own = os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")
    paths = [*settings.get("THEME_TEMPLATES_OVERRIDES", []), theme, own]
    env = ThemeEnvironment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(paths),
                FileSystemLoader(simple),
                PrefixLoader(
                    {
                        "!simple": FileSystemLoader(simple),
                        "!theme": FileSystemLoader(theme),
                    }
                ),
            ]
        ),
        **{"cache_size": UNBOUNDED, **settings["JINJA_ENVIRONMENT"]},
        bytecode_cache=compiled,
    )
    env.filters.update({"strftime": DateFormatter()})
    env.filters.update(settings.get("JINJA_FILTERS", {}))
    env.filters.update(FILTERS)
    env.globals.update(settings.get("JINJA_GLOBALS", {}))
    env.globals.update(feed_alternates=feed_alternates, feed_url=feed_url)
    env.globals.update(part_globals())
    env.tests.update(settings.get("JINJA_TESTS", {}))
    env.auto_reload = False  # templates do not change during a build
    return env


def base_context(
    settings: Mapping[str, Any], model: SiteModel, pages: Sequence[NavPage]
) -> dict[str, Any]:
    """Return what every page sees: the settings and the site's groupings."""
    return {
        **settings,
        "articles": model.stories,
        "dates": model.stories,
        "categories": model.categories,
        "tags": model.tags,
        "authors": model.authors,
        "pages": list(pages),
        "wiredesk_entities": ModelEntities(model),
        "wiredesk_search": search_enabled(dict(settings)),
        "localsiteurl": None,
    }


def render_job(env: Environment, base: Mapping[str, Any], job: PageJob) -> str:
    """Return the HTML of one page."""
    template = env.get_template(f"{job.template}.html")
    return template.render({**base, "output_file": job.save_as, **job.values})
