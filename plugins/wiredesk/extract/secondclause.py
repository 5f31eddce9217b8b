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
        if _opened_clause(words, main, j):
            continue  # "after Saudi Arabia and Russia said": the "after" clause's
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


CLAUSE_OPENERS: frozenset[str] = frozenset(
    split_words("after as when because before since while amid if unless")
)


def _opened_clause(words: list[str], main: int, j: int) -> bool:
    """Return whether "and" at j joins the subjects of a clause opened since main.

    "Oil prices rise after Saudi Arabia and Russia said they would extend cuts":
    the "after" clause has one subject of two names; no second clause opens.
    """
    return any(words[k].casefold() in CLAUSE_OPENERS for k in range(main + 1, j)) and (
        words[j - 1][:1].isupper() and words[j + 1][:1].isupper()
    )
