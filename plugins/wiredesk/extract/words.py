"""A tagged word, the tags of verbs, and words put back together as text."""

from __future__ import annotations

from typing import NamedTuple

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBS = FINITE | {"VB", "VBN", "VBG"}
# Tags of a word a base-form verb may follow as its subject: "Putin, Xi discuss".
SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NNS", "PRP", "CD"})


class Word(NamedTuple):  # a tuple: made for every word of every clause tagged
    """One word or punctuation mark with its part-of-speech tag ("NNP")."""

    text: str
    tag: str


def join_words(words: list[Word] | tuple[Word, ...]) -> str:
    """Return words as text: punctuation hangs on the word before it."""
    out = ""
    for word in words:
        glue = "" if not out or word.tag in {",", ":"} else " "
        out += glue + word.text
    return out


def finite_at(words: list[Word] | tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] is a finite verb ("discuss" after a name counts)."""
    tag = words[i].tag
    if tag == "VB":  # "Putin, Xi discuss"; not "to (jointly) discuss", "X be"
        before = words[i - 1].tag
        subject = before in SUBJECT_TAGS or (  # "... in 2024 provide"
            before == "NN" and _joined_subject(words, i)  # "A and his staff begin"
        )
        when = words[i - 1].text.casefold() in {"today", "now", "tomorrow"}
        return (subject or when) and words[i].text != "be"
    return tag in FINITE


def _joined_subject(words: list[Word] | tuple[Word, ...], i: int) -> bool:
    """Return whether words[:i] are a subject joined by "and", with no verb yet."""
    before = words[:i]
    return any(w.text == "and" for w in before) and not any(
        w.tag in VERBS for w in before
    )
