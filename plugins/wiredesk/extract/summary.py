"""The summary: the lede, trimmed at a sentence boundary."""

from __future__ import annotations

from itertools import takewhile

from .headline import fit_words
from .sentences import sentence_ends

MAX_CHARS = 300


def make_summary(lede: str, max_chars: int = MAX_CHARS) -> str:
    """Return the lede, cut after the last whole sentence that fits in max_chars."""
    lede = lede.strip()
    if len(lede) <= max_chars:
        return lede
    ends = list(takewhile(lambda end: end <= max_chars, sentence_ends(lede)))
    if ends:
        return lede[: ends[-1]]
    return fit_words(lede, max_chars - 1) + "…"
