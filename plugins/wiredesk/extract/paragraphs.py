"""Paragraph splitting: one paragraph per non-empty line."""

from __future__ import annotations

import re

SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def _collapse(line: str) -> str:
    """Return line with runs of spaces collapsed (plain ASCII text skips the regex)."""
    if line.isascii() and "\t" not in line and "  " not in line:
        return line.strip()
    return SPACE_RE.sub(" ", line).strip()


def split_paragraphs(text: str) -> list[str]:
    """Return the non-empty lines of text, with runs of spaces collapsed."""
    lines = (_collapse(line) for line in text.split("\n"))
    return [line for line in lines if line]
