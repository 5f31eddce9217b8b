"""Pelican glue: register() connects signals and nothing else."""

from __future__ import annotations

from typing import Any

from pelican import signals

from .feeds import FeedWriter
from .filters import add_filters
from .hosting import write_host_files
from .reader import WireReader


def add_reader(readers: Any) -> None:
    """Read .txt seeds with the WireReader."""
    readers.reader_classes["txt"] = WireReader


def get_generators(_pelican: Any) -> type[FeedWriter]:
    """Add the feed writer to Pelican's generators."""
    return FeedWriter


def register() -> None:
    """Connect Wiredesk to Pelican's signals."""
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
    signals.finalized.connect(write_host_files)
