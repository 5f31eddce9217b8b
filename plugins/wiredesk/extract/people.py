"""Rules that tell a capitalised run is a person's name."""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import find_country
from .names import ORG_SUFFIXES, SPEECH_AFTER, TITLES

NAME_WORD_RE = re.compile(
    r"^(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_'’-]*[a-zà-ÿа-яё][^\W\d_'’-]*(?:-[^\W\d_'’-]+)?|"
    r"[A-Z]\.|Jr\.?|Sr\.?|"
    r"(?:de|van|von|bin|al|der|da|di|le|la)|[A-Z]\.[A-Z]\.)$"
)
AFTER_RE = re.compile(
    r"^(?:,\s*(?:\d{2},|who\b|a\s|the\s)|\s+(?:" + "|".join(SPEECH_AFTER) + r")\b)"
)
MAX_WORDS = 4
MIN_NAME_WORDS = 2
POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
TITLE_HEADS: frozenset[str] = frozenset({"minister", "secretary", "commissioner"})
LINKS: frozenset[str] = frozenset({"of", "for", "on", "de", "du", "des", "der", "für"})


@lru_cache(maxsize=16384)  # a story's names recur; so do titles across stories
def _is_title(word: str, previous_was_title: bool) -> bool:
    key = POSSESSIVE_RE.sub("", word).casefold()
    if key in TITLES:
        return True
    if previous_was_title and key in LINKS:
        return True
    return word[:1].isupper() and find_country(key) is not None


def _titled_by_next(words: list[str], i: int) -> bool:
    """Return whether words[i] is part of a title the next word ends.

    A portfolio ("Economics Minister", "Oil Minister") or the first word of a
    two-word country ("West German"): capitalised, and a title or country next.
    """
    if not words[i][:1].isupper() or i + 2 >= len(words):
        return False  # a name must follow: "United States", "Oil Minister" alone
    after = words[i + 1].casefold()
    return after in TITLE_HEADS or (
        find_country(f"{words[i]} {words[i + 1]}".casefold()) is not None
    )


def strip_titles(words: list[str]) -> list[str]:
    """Return words without the titles in front of a name ("Secretary of State X")."""
    start, titled = 0, False
    while start < len(words) - 1 and (
        _is_title(words[start], titled) or _titled_by_next(words, start)
    ):
        start, titled = start + 1, True
    while start and words[start - 1].casefold() in LINKS:
        start -= 1
    return (
        words[start:] if start == 0 or words[start].casefold() not in LINKS else words
    )


def is_person(words: list[str], *, had_title: bool, following: str) -> bool:
    """Return whether words (titles removed) look like a person's name in context."""
    if not words or len(words) > MAX_WORDS:
        return False
    if any(w.casefold() in ORG_SUFFIXES or not NAME_WORD_RE.match(w) for w in words):
        return False
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if had_title:
        return True
    return len(words) >= MIN_NAME_WORDS and AFTER_RE.match(following) is not None


def merge_people(names: list[str]) -> list[str]:
    """Drop repeats and lone surnames of people named in full; keep first mentions."""
    full = [n for n in names if " " in n]
    surnames = {n.split()[-1] for n in full}
    out: list[str] = []
    for name in names:
        if name in out or (" " not in name and name in surnames):
            continue
        if " " not in name and any(f.endswith(" " + name) for f in out):
            continue
        out.append(name)
    return [n for n in out if " " in n or n not in surnames]
