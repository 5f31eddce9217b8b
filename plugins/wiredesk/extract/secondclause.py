"""A second clause with a subject of its own goes whole when a headline is too long."""

from __future__ import annotations

from .compact import AUXILIARIES, bare, is_finite, main_verb
from .names import split_words

OBJECT_OPENERS: frozenset[str] = frozenset(
    split_words("it them him her that the a an its their his")
)
MAX_SUBJECT_WORDS = 4  # "and the Russian side expects": a second subject is short


def drop_second_clause(text: str) -> str:
    """Drop a second clause with a subject of its own ("X rises and Y expects Z").

    After the main verb, "and" or "but" (not ", and": a list), a short subject,
    then a verb in the present or an auxiliary before an object ("expects it",
    "will", "is") open a new clause; the first stands alone.
    """
    words = text.split()
    main = main_verb(text)
    if main is None:
        return text
    for j in range(main + 2, len(words) - 2):
        if words[j] not in {"and", "but"} or words[j - 1].endswith(","):
            continue
        end = min(len(words) - 1, j + 2 + MAX_SUBJECT_WORDS)
        if any(_second_verb(words, v) for v in range(j + 2, end)):
            return " ".join(words[:j])
    return text


def _second_verb(words: list[str], v: int) -> bool:
    """Return whether words[v] is the finite verb of a new clause ("expects it")."""
    word, after = bare(words[v]), bare(words[v + 1]).casefold()
    if not is_finite(words, v):
        return False
    return word in AUXILIARIES or (word.endswith("s") and after in OBJECT_OPENERS)
