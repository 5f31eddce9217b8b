"""Saying less rather than cutting: a clause that ends on a whole noun phrase."""

from __future__ import annotations

from .phrases import (
    ADDING,
    BAD_ENDS,
    CLAUSE_VERBS,
    closes_relative,
    has_predicate,
    is_complete,
    relative_opener,
)
from .tagging import tag_clause
from .together import bare_with, in_list, shares_head, wants_what
from .words import Word, join_words

NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# After these a noun phrase goes on: "coupon of", "Acme's", "20, 2002".
NOUN_GOES_ON = NOUNS | {"POS", "CD"}


def noun_clause(text: str, limit: int) -> str | None:
    """Return the longest clause of text within limit that ends on a whole noun phrase.

    Say less rather than cut: "Acme issues eurobond due May 1 paying indicated
    coupon of ..." -> "Acme issues eurobond". The end comes after the main verb, on
    a noun the next word does not continue, and the clause is complete.
    """
    words, main = tag_clause(text)
    if main is None:
        return None
    if len(text) <= limit and _whole(words):
        return text  # "Acme starts year well": complete, if not by the rules above
    if words[main].text.casefold() in CLAUSE_VERBS - ADDING:
        return None  # "Acme says Lund and Holm of Realty": what is said has a verb
    relative = relative_opener(words, main)  # goes whole or not at all
    for k in range(len(words) - 1, main + 1, -1):
        if (
            not closes_relative(words, k, relative)
            or not _noun_end(words, k)
            or bare_with(words, main, k)
            or wants_what(words, k, main)
        ):
            continue
        clause = join_words(words[:k])
        if len(clause) <= limit and is_complete(list(words[:k]), main):
            return clause
    return None


def _whole(words: tuple[Word, ...]) -> bool:
    """Return whether a clause may stand whole though it ends on an adverb."""
    last = words[-1]
    return (
        has_predicate(list(words))
        and last.tag not in BAD_ENDS - {"RB", "VB", "VBD", "VBZ", "VBP", "VBN"}
        and last.text.casefold() not in CLAUSE_VERBS
    )


def _noun_end(words: tuple[Word, ...], k: int) -> bool:
    """Return whether a noun phrase ends before words[k] (nothing of it follows)."""
    last, nxt = words[k - 1], words[k]
    after = words[k + 1] if k + 1 < len(words) else None
    return not (
        last.tag not in NOUNS
        or last.text.endswith(("'s", "’s"))
        or nxt.tag in NOUN_GOES_ON
        or nxt.text in {"of", "that"}
        or (nxt.tag == "CC" and shares_head(words, k))
        or (nxt.tag == "," and in_list(words, k))  # "yarn, looms and dyes" go whole
        # "Cedel and Euroclear": a list of names goes whole
        or (
            nxt.tag == "CC"
            and last.tag == "NNP"
            and after is not None
            and after.tag == "NNP"
        )
        # "12 pct first mortgage bonds", "8 pct convertible subordinated debentures":
        # modifiers and their noun follow
        or _modifiers_at(words, k)
    )


def _modifiers_at(words: tuple[Word, ...], k: int) -> bool:
    """Return whether adjectives or participles at k lead on to their noun."""
    j = k
    while j < len(words) and words[j].tag in {"JJ", "VBN", "VBG"}:
        j += 1
    return k < j < len(words) and words[j].tag in {"NN", "NNS"}
