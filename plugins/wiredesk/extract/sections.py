"""The section of a story from keyword rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .keywords import count_labels

LEDE_WEIGHT = 2
HEAD_CHARS = 2000


def choose_section(text: str, rules: Mapping[str, Sequence[str]], default: str) -> str:
    """Return the section whose keywords occur most often in text (ties: rule order).

    Keywords in the first paragraph count twice: the lede says what a story is about.
    """
    lede_end = text.find("\n")
    lede_end = len(text) if lede_end < 0 else lede_end
    counts = count_labels(text[:HEAD_CHARS], rules, lede_end, LEDE_WEIGHT)
    best, best_hits = default, 0
    for section in rules:
        if counts[section] > best_hits:
            best, best_hits = section, counts[section]
    return best
