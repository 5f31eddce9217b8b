"""A headline's typing slips put right, as a copy editor would ("occures" -> "occurs").

Wire copy is typed fast and its slips pass into a headline made from it. A word is
put right only when no word list knows it and one known word, a single keystroke
away, is the clear choice. Names (capitalised), figures, hyphenated words and the
British spelling of a known word are left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .lexicon import is_known_word

# A lower-case word of five letters or more, not part of a name, number or compound.
WORD_RE = re.compile(r"(?<![\w'’.-])[a-z]{5,}(?![\w'’-])")
# Spellings of one word on either side of the Atlantic: neither is a slip.
VARIANTS = (
    ("s", "z"),
    ("our", "or"),
    ("ence", "ense"),
    ("tre", "ter"),
    ("ium", "um"),
    ("ogue", "og"),
)


@lru_cache(maxsize=1)
def checker() -> Any:
    """Return the word-frequency checker, loaded on first use (0.3 s)."""
    from spellchecker import SpellChecker  # noqa: PLC0415 - only when a word is odd

    return SpellChecker(distance=1)


def _variant(word: str, other: str) -> bool:
    """Return whether two words differ only as British and American spellings do."""
    return any(
        word.replace(uk, us) == other.replace(uk, us)
        or word.replace(us, uk) == other.replace(us, uk)
        for uk, us in VARIANTS
    )


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """Return the word a lower-case slip stands for, or None when it is no slip.

    "techical" -> "technical"; "politican" (political? politician?) and
    "counterparty" (a word the lists lack, not "counterpart" mistyped) -> None.
    Only a word with one known neighbour a keystroke away is put right.
    """
    if is_known_word(word):
        return None
    spell = checker()
    if word in spell:
        return None
    found = [c for c in spell.candidates(word) or () if c != word]
    if len(found) != 1:
        return None  # none, or two readings ("politican"): the copy editor would ask
    best = found[0]
    if best[0] != word[0] or best.startswith(word) or word.startswith(best):
        return None  # "retender" is no "pretender"; "forex" no "fore" typed on
    if _variant(word, best):
        return None  # "organisations", "aluminium": spelled right
    return best


def fix_slips(headline: str) -> str:
    """Return headline with each lower-case slip put right."""
    if not any(correction(word) for word in WORD_RE.findall(headline)):
        return headline  # most headlines: no slip, nothing to rebuild
    return WORD_RE.sub(lambda m: correction(m[0]) or m[0], headline)
