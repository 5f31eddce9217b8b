"""Count keyword rules in text, with one Aho-Corasick automaton per rule set.

The automaton finds every keyword wherever it occurs in one pass of C; only
the few occurrences it reports are then checked in Python for whole words
(a word boundary at both ends) and taken left to right, the longest at each
place, as a regular expression of the keywords, longest first, between word
boundaries would take them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

import ahocorasick

Rules = Mapping[str, Sequence[str]]
LIVE_RULE_SETS = 8
_LAST: dict[int, tuple[Rules, ahocorasick.Automaton]] = {}


@lru_cache(maxsize=32)
def compile_rules(
    rules: tuple[tuple[str, tuple[str, ...]], ...],
) -> ahocorasick.Automaton:
    """Return an automaton of every keyword (case-folded) and what a hit needs.

    Each keyword carries (length, label, whether it starts with a word character,
    whether it ends with one). A keyword two labels share counts for the first.
    """
    automaton = ahocorasick.Automaton()
    for label, words in rules:
        for word in words:
            key = word.casefold()
            if key and key not in automaton:
                edges = _word_char(key[0]), _word_char(key[-1])
                automaton.add_word(key, (len(key), label, *edges))
    automaton.make_automaton()
    return automaton


def _compiled(rules: Rules) -> ahocorasick.Automaton:
    cached = _LAST.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    automaton = compile_rules(tuple((k, tuple(v)) for k, v in rules.items()))
    if len(_LAST) >= LIVE_RULE_SETS:  # topics and the site's sections take turns
        _LAST.clear()  # the check above guards reuse of an id
    _LAST[id(rules)] = (rules, automaton)
    return automaton


def _word_char(char: str) -> bool:
    """Return whether char is a word character, as regular expressions have it."""
    return char.isalnum() or char == "_"


def count_labels(
    text: str, rules: Rules, weighted_chars: int = 0, weight: int = 1
) -> Counter[str]:
    """Return how often each label's keywords occur in text (case-insensitive).

    Hits in the first weighted_chars characters count weight times.
    """
    counts: Counter[str] = Counter()
    automaton = _compiled(rules) if rules else None
    if automaton is None or automaton.kind == ahocorasick.EMPTY:
        return counts  # no keywords (a site without sections): no text to scan
    # A space either side: every hit has a character before and after it, and
    # text's own ends are no word characters, as a word boundary has it.
    padded = f" {text.casefold()} "
    hits = []
    for end, (size, label, opens, closes) in automaton.iter(padded):
        start = end - size + 1
        before, after = padded[start - 1], padded[end + 1]
        # a word boundary lies between a word character and another
        if (before.isalnum() or before == "_") != opens and (
            after.isalnum() or after == "_"
        ) != closes:
            hits.append((start - 1, -size, label))  # at one place, longest first
    hits.sort()
    reach = 0  # occurrences never overlap: the next starts after this one ends
    for start, minus_size, label in hits:
        if start >= reach:
            counts[label] += weight if start < weighted_chars else 1
            reach = start - minus_size
    return counts
