"""Words of an English clause tagged with parts of speech, and its main verb.

Tags come from Pattern's English tagger as TextBlob ships it: lexicon and context
rules inside the wheel, nothing downloaded. Its chunker costs four times the tagger
and the headline rules need no chunks, so it is not run.

The tagger as TextBlob calls it reads each word alone (its lexicon, else capitals,
digits and suffixes; a clause's first word is also looked up in lower case): no
context rule runs. So a word's tag is asked of the tagger once and kept.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Any, NamedTuple

from .compact import main_verb
from .names import split_words

TOKEN_RE = re.compile(r"[^\s,;:](?:[^\s,;:]|[,;:](?=[^\s,;:]))*|[,;:]")
MAX_WORDS = 120
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBS = FINITE | {"VB", "VBN", "VBG"}
OBJECT_START = frozenset({"NN", "NNS", "NNP", "DT", "CD", "JJ", "PRP$"})
# Verbs that take "of" straight after them; other "X of" is a noun ("ministers of").
OF_VERBS: frozenset[str] = frozenset(
    split_words(
        "consists consist warns warn speaks speak approves approve dies die "
        "thinks think smacks reeks"
    )
)


@lru_cache(maxsize=1)
def tagger() -> Any:
    """Return the tagger, loaded on first use (a rebuild extracting nothing skips it).

    TextBlob reads its word lists without closing the files.
    """
    from textblob.en import parser  # noqa: PLC0415 - 0.6 s, only when tagging

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        parser.find_tags(["Rates", "rose", "."])
    return parser


def is_known_word(word: str) -> bool:
    """Return whether the tagger's lexicon holds word ("make" yes, "mak" no)."""
    return word in tagger().lexicon


def lexicon_tag(word: str) -> str:
    """Return the tag the tagger's lexicon gives word out of context ("" if none)."""
    return tagger().lexicon.get(word) or ""


class Word(NamedTuple):  # a tuple: made for every word of every clause tagged
    """One word or punctuation mark with its part-of-speech tag ("NNP")."""

    text: str
    tag: str


def split_tokens(text: str) -> list[str]:
    """Split text into words and the commas, semicolons and colons between them."""
    return TOKEN_RE.findall(text)


@lru_cache(maxsize=65536)  # an archive's vocabulary, a few MB at most
def _word(token: str, first: bool) -> Word:
    """Return token with the tagger's tag for it, first in its clause or not."""
    tokens = [token] if first else ["", token]  # "" stands first: token is not
    return Word(token, tagger().find_tags(tokens)[-1][1])


@lru_cache(maxsize=64)  # the texts of one story, tagged once each
def tag_clause(text: str) -> tuple[tuple[Word, ...], int | None]:
    """Return the tagged words of an English clause and where its main verb is."""
    tokens = split_tokens(text)[
        :MAX_WORDS
    ]  # a headline needs no more: time stays bounded
    if not tokens:
        return (), None
    words = [_word(token, i == 0) for i, token in enumerate(tokens)]
    for i, word in enumerate(words[:-1]):
        if (
            word.tag in {"VBZ", "VBP"}
            and words[i + 1].text == "of"
            and word.text.casefold() not in OF_VERBS  # "ministers of", "heads of"
        ):
            words[i] = Word(word.text, "NNS" if word.text.endswith("s") else "NN")
    _verbs_after_modals(words)
    main = _mark_main_verb(words, text)
    if main is not None:
        finite = [i for i in range(1, main) if finite_at(words, i)]
        main = _first_conjunct(words, finite, main)
    return tuple(words), main


def _verbs_after_modals(words: list[Word]) -> None:
    """Tag a lower-case word right after "will", "could" ... a verb: "will supply".

    The tagger reads each word alone, so "supply" is a noun wherever it stands.
    """
    for i, word in enumerate(words[1:], 1):
        before = words[i - 1]
        if before.tag == "RB" and i > 1:  # "could not supply"
            before = words[i - 2]
        if (
            before.tag == "MD"
            and word.tag in {"NN", "VBP"}
            and word.text.isalpha()
            and word.text.islower()
        ):
            words[i] = Word(word.text, "VB")


def _mark_main_verb(words: list[Word], text: str) -> int | None:
    """Return the index of the main verb; tag it a verb ("Acme files", a noun here).

    The headline rules' main verb (outside relative clauses) wins when the tagger
    agrees it is a verb; else the tagger's next verb in the same clause ("agreement
    on quotas could", "Summit organized by TASS provide"), else a verb after a name
    ("Acme files"), else the tagger's first ("Putin, Xi discuss security").
    """
    spoken = [i for i, w in enumerate(words) if w.tag not in {",", ":"}]
    verb = main_verb(text)
    finite = [i for i in range(1, len(words)) if finite_at(words, i)]
    if verb is None or verb >= len(spoken):
        return finite[0] if finite else None
    i = spoken[verb]
    if (later := verb_after_participle(words, i)) is not None:
        words[later] = Word(words[later].text, "VBD")
        return later
    doubtful = _doubtful(words, i)
    if words[i].tag in VERBS and not doubtful:
        return i
    name_before = words[i - 1].text[:1].isupper() and (i > 1 or words[0].tag == "NNP")
    found = _candidates(words, finite, name_before=name_before, doubtful=doubtful)
    if later := _next_finite(words, i, found):
        return later
    if finite and not name_before:
        return finite[0]
    if words[i].tag not in VERBS:
        words[i] = Word(words[i].text, "VBZ" if words[i].text.endswith("s") else "VBD")
    return i


def _first_conjunct(words: list[Word], finite: list[int], i: int) -> int:
    """Return the verb of the first of two joined predicates when i is the second.

    "Summits provide information and should be held regularly": "provide" (else i).
    """
    earlier = next((f for f in finite if f < i), None)
    if earlier is None:
        return i
    between = words[earlier + 1 : i]
    joined = any(w.text == "and" for w in between)
    opens = any(w.tag in {",", "WDT", "WP"} or w.text == "that" for w in between)
    return earlier if joined and not opens else i


def verb_after_participle(words: list[Word], i: int) -> int | None:
    """Return the past verb after a participle that only qualifies its noun.

    "Volume of contracts traded on NZFE reached record": "reached", not "traded".
    """
    if not (
        0 < i < len(words) - 1
        and words[i].tag in {"VBN", "VBD"}
        and words[i].text.endswith("ed")
        and words[i - 1].tag in {"NN", "NNS"}
        and words[i + 1].tag == "IN"
    ):
        return None
    for j in range(i + 2, len(words) - 1):
        word = words[j]
        if word.tag in {",", "CC", "WDT", "WP", "MD", "VBZ", "VBP", "TO"}:
            return None
        if (
            word.tag in {"VBD", "VBN"}
            and word.text.endswith("ed")
            and words[j - 1].tag.startswith("NN")
            and words[j + 1].tag in OBJECT_START
        ):
            return j
    return None


def _doubtful(words: list[Word], i: int) -> bool:
    """Return whether a verb is likely a modifier or a noun, not the main verb.

    "Summit organized by TASS ...", "gas supplies to Europe ... ending".
    """
    after = words[i + 1] if i + 1 < len(words) else None
    if after is None:
        return False
    if words[i].tag == "VBN" and after.text == "by":
        return True
    before = words[i - 1]
    return (
        words[i].tag in {"VBZ", "NNS"}
        and before.tag == "NN"
        and before.text.islower()
        and after.tag in {"IN", "TO"}
    )


def _candidates(
    words: list[Word], finite: list[int], *, name_before: bool, doubtful: bool
) -> list[int]:
    """Return where a main verb may be besides finite verbs, in order.

    A participle after a name ("Lavrov and Wang discussed"); when the first verb is
    doubtful, a headline progressive after a noun ("contract ending"); unless after
    a name, a headline future ("Talks to resume"; not "Acme signs pact to develop").
    """
    found = set(finite)
    for i in range(2, len(words)):
        tag, before = words[i].tag, words[i - 1]
        if (
            (tag == "VBN" and before.tag in {"NNP", "NNPS"})
            or (doubtful and tag == "VBG" and before.tag.startswith("NN"))
            or (
                not name_before
                and tag == "VB"
                and before.text == "to"
                and words[i - 2].tag.startswith("NN")
            )
        ):
            found.add(i)
    return sorted(found)


def _next_finite(words: list[Word], i: int, finite: list[int]) -> int | None:
    """Return the first finite verb after i in the same clause (no relative between)."""
    for f in finite:
        if f > i:
            gap = words[i + 1 : f]
            opens = any(w.tag in {"WDT", "WP", ","} or w.text == "that" for w in gap)
            return None if opens else f
    return None


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
        subject = before in {"NNP", "NNPS", "NNS", "PRP", "CD"}  # "... in 2024 provide"
        when = words[i - 1].text.casefold() in {"today", "now", "tomorrow"}
        return (subject or when) and words[i].text != "be"
    return tag in FINITE
