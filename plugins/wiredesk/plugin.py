"""Pelican glue: register() connects signals and nothing else."""

from __future__ import annotations

from typing import Any

from pelican import signals

from .feeds import FeedWriter, add_feed_helpers
from .filters import add_filters
from .findability import SitemapWriter, index_search
from .hosting import write_host_files
from .listpages import ListPages, order_articles, take_over_list_pages
from .pages import SitePages
from .pagewriter import SkippingWriter
from .reader import WireReader
from .searchshards import note_story_pages


def add_reader(readers: Any) -> None:
    """Read .txt seeds with the WireReader."""
    readers.reader_classes["txt"] = WireReader


def get_generators(_pelican: Any) -> type[FeedWriter]:
    """Add the feed writer to Pelican's generators."""
    return FeedWriter


def get_site_generators(_pelican: Any) -> tuple[type, ...]:
    """Add the entity, search and sitemap pages to Pelican's generators."""
    return (SitePages, SitemapWriter)


def get_list_pages(_pelican: Any) -> type[ListPages]:
    """Add the tag, section and agency list pages (Pelican's own are switched off)."""
    return ListPages


def get_writer(_pelican: Any) -> type[SkippingWriter]:
    """Write pages with the writer that skips pages whose inputs did not change."""
    return SkippingWriter


def register() -> None:
    """Connect Wiredesk to Pelican's signals."""
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
    signals.get_generators.connect(get_site_generators)
    signals.generator_init.connect(add_filters)
    signals.get_generators.connect(get_list_pages)
    signals.article_generator_pretaxonomy.connect(order_articles)
    signals.article_generator_finalized.connect(take_over_list_pages)
    signals.article_generator_finalized.connect(note_story_pages)
    signals.get_writer.connect(get_writer)
    signals.generator_init.connect(add_feed_helpers)
    signals.finalized.connect(write_host_files)
    signals.finalized.connect(index_search)
