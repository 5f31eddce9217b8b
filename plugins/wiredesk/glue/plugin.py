"""Pelican glue: register() connects signals and nothing else."""

from __future__ import annotations

from typing import Any

from pelican import signals

from ..catalog.gazahead import write_ahead
from ..feeds import add_feed_helpers
from ..output.claims import SiteWriter, writer_for
from ..render.filters import add_filters
from ..settings import cache_folder, search_enabled
from .generator import end_run, run_of, start_run, take_articles, take_theme_files
from .watch import watch_seeds


def get_writer(pelican: Any) -> type[SiteWriter]:
    """Write Pelican's files atomically, recording who writes each path."""
    build = run_of(pelican.settings)
    return writer_for(build.claims if build is not None else {})


def add_flags(generator: Any) -> None:
    """Tell every template what the settings turn on (the search box and page)."""
    generator.context["wiredesk_search"] = search_enabled(generator.settings)


def write_gazetteer_ahead(pelican: Any) -> None:
    """Start a first build's gazetteer while Pelican sets its generators up."""
    write_ahead(cache_folder(pelican.settings))


def register() -> None:
    """Connect Wiredesk to Pelican's signals."""
    signals.initialized.connect(write_gazetteer_ahead)
    signals.initialized.connect(watch_seeds)
    signals.get_generators.connect(start_run)
    signals.get_writer.connect(get_writer)
    signals.generator_init.connect(add_filters)
    signals.generator_init.connect(add_feed_helpers)
    signals.generator_init.connect(add_flags)
    signals.article_generator_finalized.connect(take_articles)
    signals.static_generator_finalized.connect(take_theme_files)
    signals.finalized.connect(end_run)
