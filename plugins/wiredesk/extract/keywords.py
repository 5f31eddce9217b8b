"""Count keyword rules in text with one precompiled pattern per rule set."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

Rules = Mapping[str, Sequence[str]]
LIVE_RULE_SETS = 8
_LAST: dict[int, tuple[Rules, re.Pattern[str], dict[str, str]]] = {}


@lru_cache(maxsize=32)
def compile_rules(
    rules: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """Return one pattern matching every keyword and a map from keyword to its label."""
    owner: dict[str, str] = {}
    for label, words in rules:
        for word in words:
            owner.setdefault(word.casefold(), label)
    return re.compile(r"\b(?:" + (_trie(sorted(owner)) or "(?!)") + r")\b"), owner


def _trie(words: list[str]) -> str:
    """Return a pattern for words sharing their prefixes ("oil|opec" -> "o(?:il|pec)").

    The regex engine then tests a letter once, not once per keyword. Longer words
    come before a word that ends here, so the longest keyword wins, as it would in a
    plain alternation sorted longest first.
    """
    branches = []
    ends_here = "" in words
    for first in dict.fromkeys(w[0] for w in words if w):
        rest = [w[1:] for w in words if w[:1] == first]
        inner = _trie(rest)
        tail = inner if len(rest) == 1 else f"(?:{inner})"
        branches.append(re.escape(first) + tail)
    if ends_here:
        branches.append("")
    return "|".join(branches)


def _compiled(rules: Rules) -> tuple[re.Pattern[str], dict[str, str]]:
    cached = _LAST.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1], cached[2]
    pattern, owner = compile_rules(tuple((k, tuple(v)) for k, v in rules.items()))
    if len(_LAST) >= LIVE_RULE_SETS:  # topics and the site's sections take turns
        _LAST.clear()  # the check above guards reuse of an id
    _LAST[id(rules)] = (rules, pattern, owner)
    return pattern, owner


def count_labels(
    text: str, rules: Rules, weighted_chars: int = 0, weight: int = 1
) -> Counter[str]:
    """Return how often each label's keywords occur in text (case-insensitive).

    Hits in the first weighted_chars characters count weight times.
    """
    counts: Counter[str] = Counter()
    if not rules:  # no rules (a site without sections): no text to scan
        return counts
    pattern, owner = _compiled(rules)
    for match in pattern.finditer(text.casefold()):
        counts[owner[match[0]]] += weight if match.start() < weighted_chars else 1
    return counts
