"""Pelican glue: register() connects signals and nothing else."""

from __future__ import annotations

from typing import Any

from pelican import signals

from .feeds import add_feed_helpers
from .filters import add_filters
from .reader import WireReader
from .sitegen import SiteGenerator


def add_reader(readers: Any) -> None:
    """Read .txt seeds with the WireReader."""
    readers.reader_classes["txt"] = WireReader


def get_generators(_pelican: Any) -> type[SiteGenerator]:
    """Add the generator of story pages, lists, feeds and sitemaps."""
    return SiteGenerator


def register() -> None:
    """Connect Wiredesk to Pelican's signals."""
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
    signals.generator_init.connect(add_feed_helpers)
