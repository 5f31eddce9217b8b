"""Fit a clause to a headline's length without leaving it incomplete."""

from __future__ import annotations

import re

from .rules import Lang, words

COORDINATORS = words("и или и/или et ou y e o u und oder ed")
TRAILING_RE = re.compile(r"[\s,;:\-–—(«„“]+$")
MIN_WORDS = 3


def ends_well(words: list[str], lang: Lang) -> bool:
    """Whether a headline may end on the last of words (no dangling word)."""
    if len(words) < MIN_WORDS:
        return False
    last = words[-1].strip(",;:").casefold()
    before = words[-2].casefold()
    if last in lang.function or last in lang.no_end:
        return False
    if re.fullmatch(lang.adjective, last) or "'" in last[-1:] or "’" in last[-1:]:
        return False
    verb_like = re.fullmatch(lang.verb, last) and last not in lang.not_verbs
    return not (
        words[-1][:1].islower() and verb_like and before not in lang.determiners
    )


def has_verb(words: list[str], lang: Lang) -> bool:
    """Whether words hold something that looks like a finite verb or participle."""
    return any(
        word[:1].islower()
        and re.fullmatch(lang.verb, word.strip(",").casefold())
        and word.casefold() not in lang.not_verbs
        and (index == 0 or words[index - 1].casefold() not in lang.determiners)
        for index, word in enumerate(words)
    )


def cuts(text: str, lang: Lang, limit: int) -> list[str]:
    """Return complete shorter forms of text cut before a phrase, longest first.

    A cut comes before a preposition, a relative word or a comma, never inside a
    coordination, keeps the clause's verb, and never ends on a dangling word.
    """
    words = text.split()
    found: list[str] = []
    for index in range(len(words) - 1, MIN_WORDS - 1, -1):
        head = words[:index]
        at_comma = head[-1].endswith((",", ";"))
        follower = words[index].casefold()
        opener = follower in lang.openers or re.fullmatch(lang.participle, follower)
        if not (at_comma or opener) or words[index].casefold() in COORDINATORS:
            continue
        clean = [*head[:-1], TRAILING_RE.sub("", head[-1])]
        candidate = " ".join(clean)
        if len(candidate) > limit:
            continue
        if ends_well(clean, lang) and has_verb(clean, lang):
            found.append(candidate)
    return found
