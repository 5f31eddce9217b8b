"""The main verb "be" in headline style: "Trade quiet", "Jobless rate at 6.7 pct"."""

from __future__ import annotations

import re

from .lexicon import lexicon_tag
from .tagging import tag_clause
from .words import FINITE, Word, join_words

COPULAS: dict[str, str] = {"is": "is", "are": "are", "was": "is", "were": "are"}
# "There were no plans for talks" -> "No plans for talks".
THERE_RE = re.compile(r"^[Tt]here\s+(?:is|are|was|were)\s+(?=\S)")
PRONOUN_SUBJECTS: frozenset[str] = frozenset({"it", "they", "he", "she", "we", "i"})
# After these "be" says something a headline cannot drop: "problem is that ...".
KEEP_BEFORE: frozenset[str] = frozenset(
    {"that", "because", "why", "what", "how", "when", "where", "whether", "if", "it"}
)
# Words before a figure: "was about 6.7 pct" -> "at about 6.7 pct".
ROUGHLY: frozenset[str] = frozenset({"about", "around", "nearly", "almost", "some"})
DROPPED_BEFORE = frozenset({"JJ", "JJR", "JJS", "IN", "RB", "TO"})
COMPARATIVES = frozenset({"JJR", "RBR"})
FIGURE_WORDS = 3  # "6.7 pct higher": a comparative this close makes no level


def headline_copula(text: str) -> str:
    """Drop the main clause's "is/was" before a description, "at" before a figure.

    "Trade was quiet" -> "Trade quiet", "Unemployment was 6.7 pct" -> "Unemployment
    at 6.7 pct", "The move was a sign" -> "The move is a sign" (present tense), and
    "There were no plans" -> "no plans", "Sales were 2 pct higher" -> "Sales 2 pct
    higher". A pronoun subject, a clause after "be"
    ("is that ...") or a second verb joined by "and" keeps it.
    """
    if THERE_RE.match(text):
        return THERE_RE.sub("", text)
    if not any(word in COPULAS for word in text.split()):
        return text
    words, i = tag_clause(text)
    if i is None or words[i].text not in COPULAS or i + 1 >= len(words):
        return text
    nxt = words[i + 1].text.casefold()
    if words[0].text.casefold() in PRONOUN_SUBJECTS or nxt in KEEP_BEFORE:
        return text
    return _replace(words, i, _instead(words, i))


def _instead(words: tuple[Word, ...], i: int) -> str:
    """Return what stands for the copula at words[i]: "at", "is", or nothing."""
    if _second_verb(words, i):
        return COPULAS[words[i].text]
    if (level := _figure_follows(words, i + 1)) is not None:
        return "at" if level else ""
    nxt = words[i + 1].text.casefold()
    tag = "CD" if nxt[:1].isdigit() else lexicon_tag(nxt)
    return "" if tag in DROPPED_BEFORE or nxt == "not" else COPULAS[words[i].text]


def _figure_follows(words: tuple[Word, ...], j: int) -> bool | None:
    """Return True before a level, False before a change, None before no figure.

    A level: "6.7 pct"; a change: "2 pct higher".
    """
    if words[j].text.casefold() in ROUGHLY and j + 1 < len(words):
        j += 1
    if not (words[j].text[:1].isdigit() or words[j].text[:1] == "$"):
        return None
    return not any(w.tag in COMPARATIVES for w in words[j : j + FIGURE_WORDS])


def _second_verb(words: tuple[Word, ...], i: int) -> bool:
    """Return whether "and" or "but" after the copula joins a second verb."""
    return any(
        w.text in {"and", "but"} and k + 1 < len(words) and words[k + 1].tag in FINITE
        for k, w in enumerate(words[i + 1 :], start=i + 1)
    )


def _replace(words: tuple[Word, ...], i: int, by: str) -> str:
    """Return words as text with words[i] replaced (dropped when by is empty)."""
    kept = [*words[:i], *([Word(by, "VBZ")] if by else []), *words[i + 1 :]]
    return join_words(kept)
