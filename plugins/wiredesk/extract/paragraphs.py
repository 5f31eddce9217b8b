"""Paragraph splitting: one paragraph per non-empty line."""

from __future__ import annotations

import re

SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def split_paragraphs(text: str) -> list[str]:
    """Return the non-empty lines of text, with runs of spaces collapsed."""
    lines = (SPACE_RE.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]
