"""Shorter forms of a headline clause: relatives and adverbials go, the verb stays."""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import ADJECTIVES
from .names import split_words
from .pasttense import SIMPLE_PAST

AUXILIARIES: frozenset[str] = frozenset(
    split_words(
        "is are was were has have had will would could can may might must should "
        "does do did remains remain"
    )
)
# Words ending in -ly that are no adverbs of manner (or are needed: "only", "likely").
NOT_ADVERBS: frozenset[str] = frozenset(
    split_words(
        "only early likely unlikely family supply rally reply apply ally fly holy "
        "daily weekly monthly quarterly yearly friendly costly elderly assembly belly "
        "jelly bully italy july nearly partly fully"
    )
)
# A word after one of these belongs to a noun phrase ("dozens of civilians").
NOT_BEFORE_VERB: frozenset[str] = frozenset(
    split_words(
        "a an the of in on at to for with by from near into under over through about "
        "against between among within its their his her our "
        "some many several these those this that which who whom and or than as"
    )
)
RELATIVES: frozenset[str] = frozenset({"that", "which", "who"})
NOUN_ENDINGS = ("ss", "us", "is", "'s", "’s", "ics")
# Words ending in "s" that are never a verb: "to offer its creditors".
NEVER_VERBS: frozenset[str] = frozenset(
    split_words("its hers ours yours theirs always perhaps sometimes whereas besides")
)
MAX_RELATIVE_WORDS = 24
LIST_REACH = 4  # "politicians, businessmen and": an item of a list, no verb
# (?=\s) first: the look-behinds are tried only where a phrase can start.
ADVERBIAL_RE = re.compile(
    r"(?=\s)(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bby)(?<!\bto)(?<!\bfor)(?<!\bfrom)(?<!\buntil)"
    r"(?<!\bwithin)(?<!\bsince)(?<!\bafter)(?<!\bbefore)(?<!\bduring)\s+(?:(?:earlier|later)\s+(?:this|on|in)\s+\w+|(?:last|this|next)\s+"
    r"(?:week|month|year|weekend)|(?:in|during)\s+(?:a|an|the)\s+(?:telephone|phone)\s+"
    r"(?:conversation|call|talk)|by\s+(?:tele)?phone|in\s+(?:a|an)\s+"
    r"(?:statement|interview))\b(?!['’])"  # not "next month's meeting"
)

# Words one of ADVERBIAL_RE's phrases holds: without one, the costly search is skipped.
ADVERBIAL_HINTS_RE = re.compile(
    r"\b(?:earlier|later|last|this|next|phone|telephone|by|in)\b"
)


def bare(word: str) -> str:
    """Return word without the punctuation around it."""
    return word.strip(",;:\"'“”")


@lru_cache(maxsize=16384)  # asked of every word by several rules
def is_adverb(word: str) -> bool:
    """Return whether word is an adverb of manner ("grossly", "sharply")."""
    word = bare(word)
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("ly")
        and (
            len(word) > 4 and word not in NOT_ADVERBS  # noqa: PLR2004 - "ally", "fly"
        )
    )


@lru_cache(maxsize=16384)  # asked of the word before every possible verb
def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def is_finite(words: list[str], i: int) -> bool:
    """Return whether words[i] looks like the finite verb after a noun phrase."""
    word = bare(words[i])
    if i == 0 or not word.isalpha() or not word.islower():
        return False
    past_or_auxiliary = (
        word in AUXILIARIES or word in SIMPLE_PAST or word.endswith("ed")
    )
    if not past_or_auxiliary and not word.endswith("s"):
        return False  # most words: no verb form, whatever comes before
    before = bare(words[i - 1]).casefold()
    if before in NOT_BEFORE_VERB or _has_digit(before) or before.endswith(("'s", "’s")):
        return False  # "America's members": a possessive's noun follows
    if past_or_auxiliary:
        return True
    listed = (
        words[i].endswith(",") and "and" in words[i + 1 : i + 1 + LIST_REACH]
    ) or (
        words[i - 1].endswith(",")
        and words[i + 1 : i + 2] == ["and"]  # "X, unions and"
    )
    return (
        word.endswith("s")
        and not word.endswith(NOUN_ENDINGS)
        and word not in NEVER_VERBS
        and not listed
    )


def _verb_at(words: list[str], i: int) -> bool:
    """Return whether a verb (or an adverb and its verb) starts at words[i]."""
    if is_adverb(words[i]) and i + 1 < len(words) and i > 0:
        return is_finite([words[i - 1], *words[i + 1 : i + 2]], 1)
    return is_finite(words, i)


def _relative_end(words: list[str], start: int) -> int | None:
    """Return where the relative clause opened at words[start] ends, or None."""
    j = start + 1
    while j < len(words) and bare(words[j]) in AUXILIARIES:
        j += 1
    # "which North Korea carried out": the first verb after a subject is the clause's.
    skip = 1 if words[start + 1][:1].isupper() else 0
    first = j + 1 if skip else j + 2  # a subject verb needs an object first
    for k in range(first, min(len(words), start + MAX_RELATIVE_WORDS + 1)):
        if words[k - 1].endswith(","):
            return k
        if _clear_verb_at(words, k):
            if not skip:
                return k
            skip -= 1
    return None


def _clear_verb_at(words: list[str], i: int) -> bool:
    """Return whether words[i] is surely a verb: auxiliary, after an adverb or name.

    A plural noun looks like a verb ("makes aircraft engines"), so a verb after a
    lower-case word is not trusted here.
    """
    word, before = bare(words[i]), bare(words[i - 1])
    # After a name ("Soleimani"), not after an abbreviation ("U.S.").
    after_name = (
        before[:1].isupper()
        and not before.isupper()
        and before.casefold() not in ADJECTIVES  # "Russian banks": a noun follows
    )
    if word in AUXILIARIES and after_name:
        return True
    if is_adverb(word) and i + 1 < len(words) and not words[i].endswith(","):
        after = bare(words[i + 1])  # "sharply cut"; not "illegally, handing"
        return after.isalpha() and after.islower() and after not in NOT_BEFORE_VERB
    return is_finite(words, i) and after_name


def _relative_spans(words: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) word spans of relative clauses without commas."""
    spans: list[tuple[int, int]] = []
    if RELATIVES.isdisjoint(words):  # most clauses: no word to open one
        return spans
    i = 1
    while i < len(words):
        if (
            words[i] in RELATIVES
            and i + 1 < len(words)
            and words[i - 1].casefold() not in NOT_BEFORE_VERB
            and not is_finite(words, i - 1)
            and (end := _relative_end(words, i)) is not None
        ):
            spans.append((i, end))
            i = end
        i += 1
    return spans


@lru_cache(maxsize=256)  # asked of the same clause by several rules
def main_verb(text: str) -> int | None:
    """Return the index (in words) of the main verb of a clause, outside relatives."""
    words = text.split()
    spans = _relative_spans(words)
    for i in range(1, len(words)):
        if spans and any(start <= i < end for start, end in spans):
            continue
        if words[i] in RELATIVES:
            return None  # a relative clause running to the end: no main verb after it
        if _verb_at(words, i):
            return i
    return None


# Adjectives a headline short of room leaves out: they weigh, they do not tell.
FILLERS: frozenset[str] = frozenset(
    split_words(
        "comprehensive significant substantial considerable certain various "
        "respective particular specific appropriate overall actual early "
        "controversial well-known long-awaited much-needed"
    )
)


# Adverbs that say how much or how sure: they stay.
MEASURES: frozenset[str] = frozenset(
    split_words(
        "largely mainly mostly roughly slightly barely hardly merely solely chiefly "
        "entirely completely totally virtually practically almost initially "
        "originally previously formerly recently currently newly publicly privately "
        "jointly directly indirectly seasonally annually actively increasingly "
        "wholly partially fully"
    )
)


def drop_relatives(text: str) -> str:
    """Drop relative clauses between a noun and the main verb ("that killed X")."""
    words = text.split()
    spans = _relative_spans(words)
    for start, end in spans:  # "law [that ... illegally], handing": the comma stays
        if words[end - 1].endswith(",") and not words[start - 1].endswith(","):
            words[start - 1] += ","
    keep = [w for i, w in enumerate(words) if not any(s <= i < e for s, e in spans)]
    return " ".join(keep).rstrip(",")


def drop_adverbials(text: str) -> str:
    """Drop time or channel phrases and adverbs before a verb ("grossly violates").

    An adverb before a participle or adjective stays ("seasonally adjusted").
    """
    if ADVERBIAL_HINTS_RE.search(text):
        text = ADVERBIAL_RE.sub("", text)
    words = text.split()
    if not any(map(is_adverb, words)):
        return " ".join(words)
    return " ".join(
        w
        for i, w in enumerate(words)
        if not (
            i
            and is_adverb(w)
            and i + 1 < len(words)
            and bare(words[i + 1]).endswith("s")
            and is_finite([words[i - 1], words[i + 1]], 1)
        )
    )


FOR_TO: frozenset[str] = frozenset({"for", "to"})  # what a participle is for


def drop_fillers(text: str) -> str:
    """Drop weightless words: "comprehensive market", "severely limiting".

    Not the first word, nor a capitalised one: "Early trade", "Overall Motors";
    an adverb only before a participle in -ing, and not one that counts or hedges
    ("largely", "actively").
    """
    words = text.split()
    if FILLERS.isdisjoint(words) and not any(map(is_adverb, words)):
        return " ".join(words)
    return " ".join(
        w
        for i, w in enumerate(words)
        if not (
            i  # "Early dollar trade quiet": a time of day
            and i + 1 < len(words)
            and (
                (w in FILLERS and words[i + 1].islower())
                or (
                    is_adverb(w)
                    and w not in MEASURES
                    and (
                        words[i + 1].endswith("ing")  # not "broadly defined"
                        # "designed specifically for": the purpose says it
                        or (words[i - 1].endswith("ed") and words[i + 1] in FOR_TO)
                    )
                )
            )
        )
    )


def shorter_forms(text: str) -> list[str]:
    """Return text, then ever shorter forms of it that keep its main verb."""
    forms = [text]
    for shorten in (drop_relatives, drop_adverbials, drop_fillers):
        shorter = shorten(forms[-1])
        if shorter != forms[-1] and main_verb(shorter) is not None:
            forms.append(shorter)
    return forms
