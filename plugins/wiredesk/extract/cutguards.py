"""Where a cut never falls: before what the kept words still owe the reader.

A clause may seem complete at a word and still owe what follows: the adverb of
its span ("a year before"), the rest of an apposition ("the biggest deal in ..."),
what a verb expects ("expects sales [to rise 10 pct]") or moves a figure to
("revises forecast ... [down to 700 mln]"), the span that opens a clause ("[weeks]
after it completed"), the verb of a subject a clause just opened ("after Tower
Commission [criticised]"). cutpoints.may_cut asks owed_after first.
"""

from __future__ import annotations

from .clausewords import ADVERBS_OF_TIME, SUBORDINATORS, TIME_NOUNS
from .words import VERBS, Word

# Verbs whose object's "to" and verb are what is expected: "expects X to be flat".
EXPECTING: frozenset[str] = frozenset(
    {"expects", "expect", "forecasts", "forecast", "sees", "predicts", "projects"}
)
EXPECTED_REACH = 12  # words after a cut in which an expected "to" may come
# What a subject's noun phrase is made of, back from its head.
SUBJECT_WORDS: frozenset[str] = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "PRP$", "POS"}
)


def owed_after(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether the words before k still owe what follows k (see the module)."""
    return (
        span_adverb_at(words, k)
        or _inside_apposition(words, k, main)
        or _expected_ahead(words, k, main)
        or _span_opens(words, k)
        or _joined_subject_verb(words, k)
        or _figure_ahead(words, k, main)
    )


def span_adverb_at(words: tuple[Word, ...], k: int) -> bool:
    """Return whether words[k] is the adverb of the span before it: "a year before".

    At the clause's end ("from 80.0 mln dlrs a year before"), it is no connective
    opening a clause, and the span says nothing without it.
    """
    return (
        words[k].text in ADVERBS_OF_TIME
        and words[k - 1].text in TIME_NOUNS
        and (k + 1 == len(words) or words[k + 1].tag in {",", ".", ":"})
    )


APPOSITION_STARTS: frozenset[str] = frozenset({"DT", "JJS"})  # "the", "biggest"


def _inside_apposition(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether a cut at k falls inside a noun phrase set off by a comma.

    "buys Activision for 68.7 bln dlrs, the biggest deal in the history of ...":
    the apposition goes whole, never "..., biggest deal".
    """
    comma = next((c for c in range(k - 1, main, -1) if words[c].tag == ","), None)
    return (
        comma is not None
        and comma + 1 < k
        and words[comma + 1].tag in APPOSITION_STARTS
        and not any(w.tag in VERBS or w.tag == "CC" for w in words[comma + 1 : k])
    )


def _expected_ahead(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether what the main verb expects is still to come after k.

    "expects sales for current fiscal year [to rise 10 pct]": the object without
    its "to" and verb says nothing of what is expected.
    """
    if main + 1 >= k or words[main].text not in EXPECTING:
        return False
    return any(
        words[j].tag == "TO"
        and words[j + 1].text.isalpha()
        and words[j + 1].text.islower()
        and words[j - 1].tag != "CD"  # "from 3 to 4"
        for j in range(k, min(len(words) - 1, k + EXPECTED_REACH))
    )


def _span_opens(words: tuple[Word, ...], k: int) -> bool:
    """Return whether a span before words[k] belongs to the clause it opens.

    "plan, weeks after it completed takeover": "weeks" is the "after" clause's;
    cut before it, not after.
    """
    return (
        words[k].text in ADVERBS_OF_TIME | {"since"}
        and words[k - 1].text in (TIME_NOUNS)
        and not span_adverb_at(words, k)
    )


def _joined_subject_verb(words: tuple[Word, ...], k: int) -> bool:
    """Return whether words[k] is the verb of a subject a clause just opened.

    "as oil prices fell and investors awaited data", "falls after Tower Commission
    criticised his handling": never "... and investors", "... after Tower
    Commission".
    """
    if words[k].tag not in {"VBD", "VBN", "VBZ", "VBP"} or words[k - 1].tag not in {
        "NNS",
        "NN",
        "NNP",
        "NNPS",
    }:
        return False
    start = k - 1
    while start > 0 and words[start - 1].tag in SUBJECT_WORDS:
        start -= 1
    return start > 0 and (
        words[start - 1].text in {"and", "but"}
        or words[start - 1].text.casefold() in SUBORDINATORS
    )


# Verbs that move a figure "down to" or "up to" one, however far the object runs.
REVISING: frozenset[str] = frozenset(
    {
        "revises",
        "revise",
        "revised",
        "lowers",
        "lowered",
        "raises",
        "raised",
        "cuts",
        "cut",
        "marks",
        "adjusts",
        "adjusted",
        "trims",
        "trimmed",
    }
)
FIGURE_REACH = 8  # words after a cut in which "down to 700 mln" may come


def _figure_ahead(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether the figure a revision moves to is still to come after k.

    "revises forecast of shortage in money market down to around 700 mln stg":
    never "revises forecast of shortage".
    """
    if main + 1 >= k or words[main].text not in REVISING:
        return False
    return any(
        words[j].text in {"down", "up"} and words[j + 1].text in {"to", "by"}
        for j in range(k, min(len(words) - 1, k + FIGURE_REACH))
    )
