"""The section of a story from keyword rules."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence


def choose_section(text: str, rules: Mapping[str, Sequence[str]], default: str) -> str:
    """Return the section whose keywords occur most often in text (ties: rule order)."""
    lowered = text.casefold()
    best, best_hits = default, 0
    for section, keywords in rules.items():
        hits = sum(
            len(re.findall(r"\b" + re.escape(k.casefold()) + r"\b", lowered)) for k in keywords
        )
        if hits > best_hits:
            best, best_hits = section, hits
    return best
