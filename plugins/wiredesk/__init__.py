"""Wiredesk, a Pelican plugin: wire-service copy in, news stories and feeds out.

The pure core (``extract``) imports without Pelican; ``register`` loads the glue
when Pelican calls it.
"""

from __future__ import annotations


def register() -> None:
    """Connect Wiredesk to Pelican's signals."""
    from .glue.plugin import register as connect  # noqa: PLC0415

    connect()


__all__ = ["register"]
