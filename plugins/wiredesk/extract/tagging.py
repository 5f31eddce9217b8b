"""Words of an English clause tagged with parts of speech, and its main verb.

Tags come from Pattern's English tagger as TextBlob ships it: lexicon and context
rules inside the wheel, nothing downloaded. Its chunker costs four times the tagger
and the headline rules need no chunks, so it is not run.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import parse

from .compact import main_verb

TOKEN_RE = re.compile(r"[^\s,;:](?:[^\s,;:]|[,;:](?=[^\s,;:]))*|[,;:]")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBS = FINITE | {"VB", "VBN", "VBG"}


def _load_tagger() -> None:
    """Load the tagger's word lists now; TextBlob reads them without closing files."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        parse("Rates rose .", tokenize=False, chunks=False)


_load_tagger()


@dataclass(frozen=True, slots=True)
class Word:
    """One word or punctuation mark with its part-of-speech tag ("NNP")."""

    text: str
    tag: str


def split_tokens(text: str) -> list[str]:
    """Split text into words and the commas, semicolons and colons between them."""
    return TOKEN_RE.findall(text)


@lru_cache(maxsize=4096)
def tag_clause(text: str) -> tuple[tuple[Word, ...], int | None]:
    """Return the tagged words of an English clause and where its main verb is."""
    tokens = split_tokens(text)
    if not tokens:
        return (), None
    sentences = parse(
        " ".join(tokens), tokenize=False, chunks=False, relations=False, lemmata=False
    ).split()
    tagged = [parts for sentence in sentences for parts in sentence]
    words = [Word(token, parts[1]) for token, parts in zip(tokens, tagged, strict=True)]
    main = _mark_main_verb(words, text)
    return tuple(words), main


def _mark_main_verb(words: list[Word], text: str) -> int | None:
    """Return the index of the main verb; tag it a verb ("Acme files", a noun here).

    The headline rules' main verb (outside relative clauses) wins when the tagger
    agrees it is a verb; else the tagger's next finite verb ("agreement on quotas
    could"), else its first ("Putin, Xi discuss security and relations").
    """
    spoken = [i for i, w in enumerate(words) if w.tag not in {",", ":"}]
    verb = main_verb(text)
    finite = [i for i in range(1, len(words)) if finite_at(words, i)]
    if verb is None or verb >= len(spoken):
        return finite[0] if finite else None
    i = spoken[verb]
    name_before = words[i - 1].text[:1].isupper() and (i > 1 or words[0].tag == "NNP")
    if words[i].tag in VERBS or name_before:
        pass  # a verb, or a verb after a name: "Acme Corp files"
    elif later := [f for f in finite if f > i]:
        return later[0]  # "agreement on export quotas could": a noun after all
    elif finite:
        return finite[0]
    if words[i].tag not in VERBS:
        words[i] = Word(words[i].text, "VBZ" if words[i].text.endswith("s") else "VBD")
    return i


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
        return before.startswith(("NN", "PRP")) and words[i].text != "be"
    return tag in FINITE
