"""German word order: a verb-final clause made a main clause, verb second restored."""

from __future__ import annotations

import re

from .de import DE
from .rules import full, words

# Reported speech in Konjunktiv I becomes the indicative of a headline.
INDICATIVE: dict[str, str] = {
    "sei": "ist",
    "seien": "sind",
    "habe": "hat",
    "werde": "wird",
    "könne": "kann",
    "müsse": "muss",
    "wolle": "will",
    "solle": "soll",
    "dürfe": "darf",
    "gebe": "gibt",
    "liege": "liegt",
    "stehe": "steht",
    "gehe": "geht",
    "komme": "kommt",
    "bleibe": "bleibt",
    "plane": "plant",
    "brauche": "braucht",
}
FINITE = words(
    "hat haben ist sind wird werden will wollen soll sollen kann können muss müssen "
    "darf dürfen war waren wurde wurden hatte hatten"
)
PRONOUNS = words("er sie es wir ich man")
CAP_RE = re.compile(r"[A-ZÄÖÜ]")


def indicative(text: str) -> str:
    """Turn the Konjunktiv I of reported speech into the indicative."""
    return " ".join(INDICATIVE.get(word, word) for word in text.split())


def subject_length(words: list[str]) -> int:
    """Return how many leading words make the subject noun phrase (0: none)."""
    if not words:
        return 0
    if words[0].casefold() in PRONOUNS:
        return 1
    index = 1 if words[0].casefold() in DE.determiners else 0
    while index < len(words) and words[index][:1].islower():
        index += 1  # adjectives before the noun
    if index >= len(words) or not CAP_RE.match(words[index]):
        return 0
    index += 1
    while index < len(words) and CAP_RE.match(words[index]) and index < 4:  # noqa: PLR2004
        index += 1  # a name of several words ("Olaf Scholz", "Deutsche Bahn")
    if index < len(words) and words[index] in {"des", "der"}:
        end = index + 1
        while end < len(words) and words[end][:1].islower():
            end += 1
        if end < len(words) and CAP_RE.match(words[end]):
            index = end + 1
    return index


def verb_second(text: str) -> str:
    """Put the subject back in front when a dropped opener left the verb first."""
    words = text.split()
    if len(words) < 3:  # noqa: PLR2004
        return text
    verb_first = words[0].casefold() in FINITE or (
        words[0][:1].islower() and full(DE.verb)(words[0])
    )
    if not verb_first:
        return text
    size = subject_length(words[1:])
    if not size:
        return text
    return " ".join([*words[1 : 1 + size], words[0].casefold(), *words[1 + size :]])


def main_clause(text: str) -> str:
    """Turn a verb-final "dass" clause into a main clause ("X wird ... liefern")."""
    words = text.rstrip(".").split()
    size = subject_length(words[:-1])
    if not size or len(words) - size < 2:  # noqa: PLR2004
        return text
    return " ".join([*words[:size], words[-1], *words[size:-1]])


def middle_phrases(text: str) -> list[str]:
    """Return text with one more prepositional phrase of the middle field dropped.

    The last phrase goes first ("bei Brokstedt" before "nach einem Messerangriff");
    a phrase with a figure stays, and so does the one right before the verb.
    """
    words = text.split()
    finite = next((i for i, w in enumerate(words) if w.casefold() in FINITE), None)
    if finite is None or not words[-1][:1].islower():
        return []
    spans: list[tuple[int, int]] = []
    index = finite + 1
    while index < len(words) - 1:
        end = index + 1
        if words[index].casefold() in DE.openers:
            end += subject_length(words[index + 1 : -1])
            span = words[index:end]
            figure = any(c.isdigit() for w in span for c in w)
            # the phrase just before the verb is its complement ("in den Wahlkampf")
            if index + 1 < end < len(words) - 1 and not figure:
                spans.append((index, end))
        index = end
    forms: list[str] = []
    for start, end in reversed(spans):
        words = words[:start] + words[end:]
        forms.append(" ".join(words))
    return forms
