"""Words of an English clause tagged with parts of speech, and its main verb.

(Which word is the main verb: see mainverb.)

Tags come from Pattern's English tagger as TextBlob ships it: lexicon and context
rules inside the wheel, nothing downloaded. Its chunker costs four times the tagger
and the headline rules need no chunks, so it is not run.

The tagger as TextBlob calls it reads each word alone (its lexicon, else capitals,
digits and suffixes; a clause's first word is also looked up in lower case): no
context rule runs. So a word's tag is asked of the tagger once and kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import tagger
from .mainverb import first_conjunct, mark_main_verb
from .retag import POSSESSIVE_ENDS, repair_tags
from .words import Word, finite_at

# A word may hold a comma, semicolon or colon between its letters ("1,000", "a:b");
# one at its edge, or two in a row, stands alone.
TOKEN_RE = re.compile(r"[^\s,;:]+(?:[,;:][^\s,;:]+)*|[,;:]")
MAX_WORDS = 120


def split_tokens(text: str) -> list[str]:
    """Split text into words and the commas, semicolons and colons between them."""
    tokens: list[str] = []
    for chunk in text.split():  # the same white space as the regex's \s
        if "," in chunk or ";" in chunk or ":" in chunk:
            tokens.extend(TOKEN_RE.findall(chunk))
        else:
            tokens.append(chunk)
    return tokens


@lru_cache(maxsize=65536)  # an archive's vocabulary, a few MB at most
def _word(token: str) -> Word:
    """Return token with the tagger's tag for it, not first in its clause."""
    if token[:1].isupper() and token.endswith(POSSESSIVE_ENDS):
        return Word(token, "NNP")  # "America's": a name's, never a plural noun
    return Word(token, tagger().find_tags(["", token])[-1][1])  # "" stands first


@lru_cache(maxsize=16384)  # one argument: the cache key is the token itself
def _first_word(token: str) -> Word:
    """Return token with the tagger's tag for it, first in its clause."""
    if token[:1].isupper() and token.endswith(POSSESSIVE_ENDS):
        return Word(token, "NNP")  # "Brazil's": a name's
    return Word(token, tagger().find_tags([token])[-1][1])


@lru_cache(maxsize=64)  # the texts of one story, tagged once each
def tag_clause(text: str) -> tuple[tuple[Word, ...], int | None]:
    """Return the tagged words of an English clause and where its main verb is."""
    tokens = split_tokens(text)[
        :MAX_WORDS
    ]  # a headline needs no more: time stays bounded
    if not tokens:
        return (), None
    words = [_first_word(tokens[0]), *map(_word, tokens[1:])]
    repair_tags(words)
    main = mark_main_verb(words, text)
    if main is not None:
        finite = [i for i in range(1, main) if finite_at(words, i)]
        main = first_conjunct(words, finite, main)
        _particle_after(words, main)
    return tuple(words), main


# The main verb's particle before its object: "rules out sending", "sets up venture".
PARTICLES: frozenset[str] = frozenset({"out", "up", "off", "down", "back"})
PARTICLE_OBJECTS: frozenset[str] = frozenset(
    {"VBG", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP$"}
)


def _particle_after(words: list[Word], main: int) -> None:
    """Tag the particle after the main verb RP (the tagger reads a preposition)."""
    if (
        main + 2 < len(words)
        and words[main + 1].text in PARTICLES
        and words[main + 2].tag in PARTICLE_OBJECTS
    ):
        words[main + 1] = Word(words[main + 1].text, "RP")
