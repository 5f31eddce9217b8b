"""Words that hold together: no headline ends between them."""

from __future__ import annotations

from .names import split_words
from .words import VERBS, Word

# Nouns that say nothing without what they are of, to or for: "authorizes purchase"
# (of what?), "reiterates commitment" (to what?), "convicted on charges" (of what?).
WANTS_WHAT: frozenset[str] = frozenset(
    split_words(
        "purchase purchases commitment charges proposal proposals request creation "
        "odds chances actions steps measures rise"
    )
)


def shares_head(words: tuple[Word, ...], k: int) -> bool:
    """Return whether "and" at k joins modifiers of one head noun or complement.

    "research and development partnership"; "acquire business and assets of
    Wallco" (a bare noun after the verb): what follows "and" completes what
    comes before it.
    """
    if k + 2 >= len(words) or k < 2:  # noqa: PLR2004 - a word on each side
        return False
    first, second = words[k + 1], words[k + 2]
    if first.tag not in {"NN", "NNS"} or not first.text.islower():
        return False
    if second.text == "of":
        return words[k - 2].tag in VERBS
    return second.tag in {"NN", "NNS", "JJ", "VBN"} and second.text.islower()


def holds_together(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether words[k - 1] and words[k] belong together beyond a rule's cut.

    "due February 20, 2002": the date goes whole; "files with the SEC for an
    offering": a verb with only a "with" phrase says not what.
    """
    nxt, before = words[k], words[k - 1]
    if nxt.tag == "," and before.tag == "CD" and _year_at(words, k + 1):
        return True
    if nxt.tag == "," and before.tag.startswith("NN") and in_list(words, k):
        return True
    if wants_what(words, k, main) or _complement_of(words, k):
        return True
    return nxt.tag == "IN" and bare_with(words, main, k)


# Verbs whose object says little without where it goes: "keep surplus | below five
# billion dlrs", "offering wheat | to the Soviet Union".
KEEPING: frozenset[str] = frozenset(split_words("keep keeps keeping hold holds"))
STOPPING: frozenset[str] = frozenset(split_words("prevent prevents stop stops"))
KEPT_AT: frozenset[str] = frozenset(split_words("below above under within"))
GIVING: frozenset[str] = frozenset(
    split_words(
        "offer offers offering sell sells selling supply supplies supplying "
        "export exports exporting lend lends lending transfer transfers transferring"
    )
)
NEAR = 7  # words from the verb to the phrase it needs


def _complement_of(words: tuple[Word, ...], k: int) -> bool:
    """Return whether words[k:] open the phrase a verb shortly before needs.

    "keep surplus below five billion dlrs", "offering subsidized wheat to the
    Soviet Union" (to whom: a name or "the", not an infinitive).
    """
    low = words[k].text.casefold()
    if low not in KEPT_AT and low not in {"from", "to"}:
        return False  # most words: none of the phrases below
    recent = {w.text.casefold() for w in words[max(0, k - NEAR) : k]}
    if (low in KEPT_AT and recent & KEEPING) or (low == "from" and recent & STOPPING):
        return True  # "keep surplus below", "prevent deal from turning sour"
    after = words[k + 1] if k + 1 < len(words) else None
    return (
        low == "to"
        and after is not None
        and (after.text[:1].isupper() or after.text.casefold() == "the")
        and bool(recent & GIVING)
    )


def wants_what(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether words[k - 1] is a noun that says nothing without words[k:].

    "authorizes purchase | from time to time of its debentures": the purchase of
    what goes with it (a cut after the main verb's object only).
    """
    return (
        k > main + 1
        and words[k - 1].text.casefold() in WANTS_WHAT
        and words[k].tag in {"IN", "TO", ",", "VBN"}
    )


def in_list(words: tuple[Word, ...], k: int) -> bool:
    """Return whether the comma at words[k] parts items of a list of nouns.

    "designers, programmers and support staff": the list goes whole or not at all.
    Only nouns, their adjectives and commas up to the "and"/"or" of its last item
    ("Acme, a maker of tools, said" is no list).
    """
    for j in range(k + 1, len(words)):
        word = words[j]
        if word.tag == "CC" and word.text.casefold() in {"and", "or"}:
            after = words[j + 1].tag if j + 1 < len(words) else ""
            return j > k + 1 and after.startswith(("NN", "JJ"))
        if word.tag != "," and not word.tag.startswith(("NN", "JJ")):
            return False
    return False


def _year_at(words: tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] is a year ("2002")."""
    text = words[i].text if i < len(words) else ""
    return len(text) == 4 and text.isdigit()  # noqa: PLR2004 - four digits


def bare_with(words: tuple[Word, ...], main: int, k: int) -> bool:
    """Return whether words[:k] end on the verb and a "with" phrase alone."""
    return (
        0 < main + 1 < k
        and words[main + 1].text.casefold() == "with"
        and not any(w.tag in {"IN", ","} for w in words[main + 2 : k])
    )
