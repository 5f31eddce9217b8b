"""Capitals the wire put on common words: "U.S. Banks" -> "U.S. banks"."""

from __future__ import annotations

import re

from .countries import find_country
from .lexicon import lexicon_tag
from .names import split_words

# Reuters capitalises a word after "U.S.": "U.S. Banks to", "U.K. Economic data".
CAPITALISED_AFTER_RE = re.compile(
    r"\b(?:U\.S\.|U\.K\.)\s+(?P<word>[A-Z][a-z]+)\b"
    r"(?=\s+(?!and\b|of\b|&)(?P<after>[a-z]+)|[,.]|$|(?P<name>\s+[A-Z]))"
)
# A country's currency typed in lower case: "125 mln luxembourg franc bond".
CURRENCY_RE = re.compile(
    r"\b(?P<country>[a-z]{3,})(?=\s+(?:francs?|dollars?|dlrs?|marks?|crowns?|"
    r"guilders?|pesos?|shillings?|lire|yen|rand)\b)"
)
CURRENCY_WORDS = (  # what CURRENCY_RE looks for
    "franc",
    "dollar",
    "dlr",
    "mark",
    "crown",
    "guilder",
    "peso",
    "shilling",
    "lire",
    "yen",
    "rand",
)
# A verb after a singular subject agrees with it ("Bank rose"); a base form does
# not ("Space launch"), so the noun before it is no subject.
SUBJECT_VERB_TAGS = ("VBZ", "VBD", "VBN", "VBP", "MD")
# Capitalised after "U.S." as the name of one body: "the U.S. Treasury", "U.S. Army".
INSTITUTIONS: frozenset[str] = frozenset(
    split_words("treasury congress senate house army navy embassy administration")
)


def lower_common_nouns(text: str) -> str:
    """Lower-case a common word the wire capitalised after "U.S." ("U.S. Wants").

    And capitalise a country the wire typed in lower case before its currency.
    """

    def lower(match: re.Match[str]) -> str:
        word, low = match["word"], match["word"].casefold()
        tag = lexicon_tag(low)
        after = lexicon_tag(match["after"] or "")
        singular = tag == "NN" and not after.startswith(SUBJECT_VERB_TAGS)
        verb = tag in {"VBZ", "VBD", "MD"} and low != "may"  # not the month
        common = tag in {"NNS", "JJ"} or singular
        if low not in INSTITUTIONS and (verb or (common and not match["name"])):
            return match[0][: -len(word)] + low
        return match[0]

    if "U." in text:  # "U.S.", "U.K."
        text = CAPITALISED_AFTER_RE.sub(lower, text)
    if any(word in text for word in CURRENCY_WORDS):
        text = CURRENCY_RE.sub(_country_capital, text)
    return text


def _country_capital(match: re.Match[str]) -> str:
    """Capitalise a country named before its currency ("luxembourg franc")."""
    word = match["country"]
    return word.capitalize() if find_country(word) else word
