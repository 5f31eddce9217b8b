"""Where an English clause may be cut: what follows a cut goes whole.

A prepositional phrase, a relative or participle clause, an aside, a purpose after
the verb's object, a maturity, a second clause may go; the complement a verb
needs, a name's own words and a place inside a noun phrase may not. Whether what
stays is complete is phrases.is_complete's to say.
"""

from __future__ import annotations

from .clausewords import CAUSE_WORDS, NOUNS_WITH_TO, SUBORDINATORS
from .cutguards import owed_after
from .together import holds_together, shares_head
from .words import FINITE, VERBS, Word

# -ing words that are nouns at the end of a compound: "majority holding in Acme".
ING_NOUNS: frozenset[str] = frozenset(
    {"holding", "shareholding", "offering", "financing", "listing", "rating"}
)
# A noun an object holds that its "to" and verb complete, however far: "signs
# letter of intent with Panbaxy to make AIDS test", "contract with Navy to build".
AWAITING_TO: frozenset[str] = NOUNS_WITH_TO | frozenset(
    {"contract", "contracts", "mandate", "accord", "memorandum", "agreements"}
)


def may_cut(words: tuple[Word, ...], k: int, names: set[int], main: int = 0) -> bool:
    """Return whether words[:k] may stand alone with words[k:] dropped whole.

    main is the main verb: after it, the last item of a list of objects may go
    ("criticise budget and deficit" -> "criticise budget").
    """
    nxt, before = words[k], words[k - 1]
    low = nxt.text.casefold()
    if (before.tag in {"VBN", "VBD"} and low == "by") or _cause_at(words, k, names):
        return True  # "agreement approved by ministry" -> "agreement approved"
    if (
        k in names
        or (nxt.tag != "," and (before.tag in VERBS or before.tag == "RP"))
        or (nxt.tag == "," and in_place_name(words, k))
    ):
        return False  # inside a name ("its Cambridge, Ohio, business"), or the verb's
        # complement follows ("agrees on")
    if holds_together(words, k, main) or owed_after(words, k, main):
        return False
    if nxt.tag == "TO":
        return _to_at(words, k, main)
    if nxt.tag == "CC":  # not between names: "after Saudi Arabia and Russia said"
        names_joined = before.tag == "NNP" and _next_tag(words, k) == "NNP"
        return not names_joined and (
            any(w.tag in FINITE for w in words[k + 1 :])
            or (
                k > main + 2
                and before.tag.startswith("NN")
                and low == "and"
                and not shares_head(words, k)
            )
        )
    return (
        nxt.tag in {",", "WDT", "WP"}
        or low in SUBORDINATORS
        or (low in {"if", "unless"} and k > main)  # a condition goes whole (hedged)
        or (low == "even" and _next_text(words, k) in {"if", "though"})  # concedes
        or (nxt.tag == "IN" and low not in {"of", "that"})
        or that_which(words, k)  # the relative clause goes whole
        # a participle or adjective phrase after its noun: "units engaged in"; not
        # the verb of a second clause: "50 killed and 200 others wounded"
        or (
            before.tag.startswith("NN")
            and (
                (
                    nxt.tag in {"VBG", "VBN"}
                    and not _compound_at(words, k)
                    and not any(
                        words[j].tag == "CC" and j not in names for j in range(main, k)
                    )
                )
                or (nxt.tag == "JJ" and k + 1 < len(words) and words[k + 1].tag == "IN")
                or _due_at(words, k)
            )
        )
    )


def _to_at(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether a "to" phrase at k may go: "rose 5 pct" + "to 10 pct".

    Not "expects it to", "from 3 to"; "to" and a verb only as a purpose (see
    _purpose_at).
    """
    before = words[k - 1]
    following = words[k + 1].tag if k + 1 < len(words) else "VB"
    if following == "VB":  # what it is for: goes after the verb's object
        return _purpose_at(words, k, main)
    ranged = any(w.text == "from" for w in words[max(0, k - 3) : k]) or (
        before.tag == "CD" and following == "CD"  # "coupon of four to 4-1/4 pct"
    )
    return before.tag.startswith(("NN", "CD")) and not ranged


def _due_at(words: tuple[Word, ...], k: int) -> bool:
    """Return whether a maturity opens at k and ends the clause: "bonds due 2011".

    Not before a verb: "debentures due 2012 priced to yield": "priced" is the
    clause's verb.
    """
    return (
        words[k].text == "due"
        and _next_tag(words, k) in {"CD", "NNP"}
        and not any(w.tag in VERBS - {"VBG"} for w in words[k + 2 :])
    )


def _purpose_at(words: tuple[Word, ...], k: int, main: int) -> bool:
    """Return whether "to" and a verb at k say what an object beyond the verb is for.

    "forms executive management committee" + "to oversee operations" may go; not
    "to take steps" + "to build" (the object alone says nothing), nor after a noun
    the verb completes, however far ("letter of intent with Panbaxy to make",
    "mandate from IEL to arrange", "plans to expand"), nor after a second verb
    ("and also to exchange data" + "to monitor purchases").
    """
    before = words[k - 1]
    return (
        k > main + 2  # the verb, an object of two words at least
        and before.tag.startswith("NN")
        and not any(w.text.casefold() in AWAITING_TO for w in words[main:k])
        and not any(w.tag == "CC" for w in words[main:k])  # "and also to exchange"
    )


def in_place_name(words: tuple[Word, ...], k: int) -> bool:
    """Return whether the comma at k is inside a "City, State," before a noun.

    "sale of its Cambridge, Ohio, business", "its Duluth, Minnesota, frozen foods
    unit": neither comma ends the phrase.
    """
    if k + 1 >= len(words) or words[k - 1].tag != "NNP":
        return False
    if words[k + 1].tag == "NNP":  # the first comma: "Cambridge, Ohio, business"
        k += 2
        if k >= len(words) or words[k].tag != ",":
            return False
    elif k < 3 or words[k - 2].tag != "," or words[k - 3].tag != "NNP":  # noqa: PLR2004
        return False
    j = k + 1  # "Duluth, Minnesota, frozen vegetables business": modifiers, a noun
    while j + 1 < len(words) and words[j].tag in {"JJ", "VBN", "VBG", "NN"}:
        if words[j].tag == "NN" and words[j + 1].tag not in {"NN", "NNS"}:
            break
        j += 1
    return j < len(words) and words[j].tag in {"NN", "NNS"}


def _compound_at(words: tuple[Word, ...], k: int) -> bool:
    """Return whether words[k] is the -ing of a compound: "tin producing countries".

    Or the -ing noun a compound ends on, before its phrase: "majority holding in".
    """
    return (
        words[k].tag == "VBG"
        and words[k - 1].tag == "NN"
        and words[k - 1].text.islower()
        and (
            _next_tag(words, k) == "NNS"
            or (words[k].text in ING_NOUNS and _next_tag(words, k) in {"IN", ""})
        )
    )


def _next_tag(words: tuple[Word, ...], k: int) -> str:
    """Return the tag of the word after words[k] ("" at the end)."""
    return words[k + 1].tag if k + 1 < len(words) else ""


def _next_text(words: tuple[Word, ...], k: int) -> str:
    """Return the word after words[k] ("" at the end)."""
    return words[k + 1].text if k + 1 < len(words) else ""


def _cause_at(words: tuple[Word, ...], k: int, names: set[int]) -> bool:
    """Return whether a cause opens at words[k]: "grows rapidly due to hopes"."""
    low = words[k].text.casefold()
    after = words[k + 1].text if k + 1 < len(words) else ""
    return low in CAUSE_WORDS and after == "to" and k not in names


def that_which(words: tuple[Word, ...], r: int) -> bool:
    """Return whether "that" at r opens a relative clause: "shares that tendered"."""
    return (
        words[r].text.casefold() == "that"
        and r + 1 < len(words)
        and words[r - 1].tag.startswith("NN")
        and words[r + 1].tag in {"VBD", "VBZ", "VBP", "VBN", "MD"}
    )
