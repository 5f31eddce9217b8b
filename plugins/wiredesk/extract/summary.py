"""The summary: the lede, trimmed at a sentence boundary."""

from __future__ import annotations

from itertools import takewhile

from .headline import fit_words
from .sentences import sentence_ends

MAX_CHARS = 300
# A lede that is one long sentence is kept whole up to this many characters.
HARD_MAX_CHARS = 480


def make_summary(
    lede: str, max_chars: int = MAX_CHARS, hard_max_chars: int = HARD_MAX_CHARS
) -> str:
    """Return the lede, cut after whole sentences.

    The result is the sentences that fit in max_chars; when even the first does not,
    the first sentence alone if it fits in hard_max_chars; only a longer one is cut at
    a word, with an ellipsis.
    """
    lede = lede.strip()
    if len(lede) <= max_chars:
        return lede
    limit = max(max_chars, hard_max_chars)
    ends = list(takewhile(lambda end: end <= limit, sentence_ends(lede)))
    if ends:
        fitting = [end for end in ends if end <= max_chars]
        return lede[: (fitting or ends)[-1]]
    if len(lede) <= limit:
        return lede
    return fit_words(lede, limit - 1) + "…"
