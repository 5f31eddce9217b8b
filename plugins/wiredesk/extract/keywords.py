"""Count keyword rules in text with one precompiled pattern per rule set."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=32)
def compile_rules(
    rules: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """Return one pattern matching every keyword and a map from keyword to its label."""
    owner: dict[str, str] = {}
    for label, words in rules:
        for word in words:
            owner.setdefault(word.casefold(), label)
    ordered = sorted(owner, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered) or "(?!)"
    return re.compile(r"\b(?:" + alternation + r")\b"), owner


def count_labels(text: str, rules: Iterable[tuple[str, Iterable[str]]]) -> Counter[str]:
    """Return how often each label's keywords occur in text (case-insensitive)."""
    frozen = tuple((label, tuple(words)) for label, words in rules)
    pattern, owner = compile_rules(frozen)
    return Counter(owner[m] for m in pattern.findall(text.casefold()))
