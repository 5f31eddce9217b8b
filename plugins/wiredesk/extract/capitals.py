"""Capitals the wire put on common words: "U.S. Banks" -> "U.S. banks"."""

from __future__ import annotations

import re

from .names import split_words
from .tagging import lexicon_tag

# Reuters capitalises a word after "U.S.": "U.S. Banks to", "U.K. Economic data".
CAPITALISED_AFTER_RE = re.compile(
    r"\b(?:U\.S\.|U\.K\.)\s+(?P<word>[A-Z][a-z]+)\b"
    r"(?=\s+(?!and\b|of\b|&)(?P<after>[a-z]+)|[,.]|$)"
)
# Capitalised after "U.S." as the name of one body: "the U.S. Treasury", "U.S. Army".
INSTITUTIONS: frozenset[str] = frozenset(
    split_words("treasury congress senate house army navy embassy administration")
)


def lower_common_nouns(text: str) -> str:
    """Lower-case a common noun or adjective the wire capitalised after "U.S."."""

    def lower(match: re.Match[str]) -> str:
        word, low = match["word"], match["word"].casefold()
        tag = lexicon_tag(low)
        after = lexicon_tag(match["after"] or "")
        singular = tag == "NN" and not after.startswith(("VB", "MD"))
        if low not in INSTITUTIONS and (tag in {"NNS", "JJ"} or singular):
            return match[0][: -len(word)] + low
        return match[0]

    return CAPITALISED_AFTER_RE.sub(lower, text)
