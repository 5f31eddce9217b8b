"""Fit a clause to a headline's length without leaving it incomplete."""

from __future__ import annotations

import re

from .rules import GENITIVE, Lang, full, words

COORDINATORS = words("и или и/или et ou y e o u und oder ed")
OBJECT_MARKS = words("a al à au ao")  # where a phrase before the object ends
MAX_ADJUNCT = 6
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
    if full(lang.adjective)(last) or "'" in last[-1:] or "’" in last[-1:]:
        return False
    verb_like = full(lang.verb)(last) and last not in lang.not_verbs
    return not (
        words[-1][:1].islower() and verb_like and before not in lang.determiners
    )


def has_verb(words: list[str], lang: Lang) -> bool:
    """Whether words hold something that looks like a finite verb or participle."""
    return any(
        word[:1].islower()
        and full(lang.verb)(word.strip(",").casefold())
        and word.casefold() not in lang.not_verbs
        and (index == 0 or words[index - 1].casefold() not in lang.determiners)
        for index, word in enumerate(words)
    )


def cuts(text: str, lang: Lang, limit: int, *, genitive: bool = False) -> list[str]:
    """Return complete shorter forms of text cut before a phrase, longest first.

    A cut comes before a preposition, a relative word or a comma, never inside a
    coordination, keeps the clause's verb, and never ends on a dangling word; it
    comes before an "of" ("de") only when genitive is set.
    """
    words = text.split()
    found: list[str] = []
    for index in range(len(words) - 1, MIN_WORDS - 1, -1):
        head = words[:index]
        at_comma = head[-1].endswith((",", ";"))
        follower = words[index].casefold()
        opener = follower in lang.openers or full(lang.participle)(follower)
        if not (at_comma or opener) or follower in COORDINATORS:
            continue
        if follower in GENITIVE and not genitive:
            continue
        clean = [*head[:-1], TRAILING_RE.sub("", head[-1])]
        candidate = " ".join(clean)
        if len(candidate) > limit:
            continue
        if any(w.endswith(",") and _is_verb(head, i, lang) for i, w in enumerate(head)):
            continue  # "ont adopté, par 312 voix": the object would be lost
        if ends_well(clean, lang) and has_verb(clean, lang):
            found.append(candidate)
    return found


def adjunct_forms(text: str, lang: Lang) -> list[str]:
    """Return text without a phrase between a verb and its object, one more each time.

    "a annoncé devant l'Assemblée nationale le report" loses "devant l'Assemblée
    nationale": the phrase runs from a preposition after the verb to the article of
    the object.
    """
    words = text.split()
    forms: list[str] = []
    index = 0
    while index < len(words) - 2:
        start = index + 1
        if _is_verb(words, index, lang) and _adjunct_start(words[start], lang):
            end = start + 1
            while end < len(words) and not _object_start(words[end], lang):
                end += 1
            span = words[start:end]
            if end < len(words) and len(span) <= MAX_ADJUNCT and not _has_digit(span):
                words = words[:start] + words[end:]
                forms.append(" ".join(words))
        index += 1
    return forms


def _is_verb(words: list[str], index: int, lang: Lang) -> bool:
    word = words[index].strip(",;").casefold()
    after_article = index > 0 and words[index - 1].casefold() in lang.determiners
    return bool(
        words[index][:1].islower()
        and full(lang.verb)(word)
        and word not in lang.not_verbs
        and not after_article
    )


def _adjunct_start(word: str, lang: Lang) -> bool:
    plain = word.casefold()
    return plain in lang.openers and plain not in GENITIVE | OBJECT_MARKS


def _object_start(word: str, lang: Lang) -> bool:
    plain = word.casefold()
    article = plain in lang.determiners and plain not in GENITIVE
    return article or plain in OBJECT_MARKS or word.endswith(",")


def _has_digit(words: list[str]) -> bool:
    return any(char.isdigit() for word in words for char in word)
