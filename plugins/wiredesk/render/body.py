"""Seed paragraphs to safe HTML: seed text is never Markdown or HTML."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def render_paragraphs(paragraphs: Iterable[str]) -> str:
    """Return the paragraphs escaped, each in its own <p> element."""
    return "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
