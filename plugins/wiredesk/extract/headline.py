"""A headline from the lede, the way a wire editor writes one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .tense import to_headline_tense

MAX_CHARS = 110
DANGLING: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "that", "which", "who", "whom",
    "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "than",
    "its", "their", "his", "her", "is", "are", "was", "were", "be", "has", "have",
    "had", "will", "would", "not", "this", "these", "those", "after", "before",
    "near", "over", "about", "between", "said", "says", "while", "when", "if",
})
BOUNDARY: frozenset[str] = frozenset({
    "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "over", "after",
    "before", "amid", "and", "or", "but", "that", "which", "who", "as", "while", "when",
    "near", "about", "between", "against", "under", "during", "since", "until", "because",
})
SENTENCE_END_RE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)[.!?](?=\s+[\"'“A-ZА-Я0-9])")
ATTRIBUTION_RE = re.compile(
    r",?\s+(?:(?:the|a|an)\s+)?[^,;]{0,80}?\b(?:said|says|reported|reports|announced|"
    r"told\s+\w+|stated|according\s+to[^,]*)(?:\s+(?:on|in|late|early)\s+\w+)?"
    r"(?:\s+in\s+a\s+[^,]{0,40})?\s*[.!]?$"
)
TRAILING_RE = re.compile(r"[\s,;:.\-–—!?\"'“”‘’(]+$")


def first_sentence(text: str) -> str:
    """Return the first sentence of text (the whole text when it has no end)."""
    match = SENTENCE_END_RE.search(text)
    return text[: match.start()] if match else text


def fit_words(text: str, max_chars: int = MAX_CHARS) -> str:
    """Cut text to max_chars before a phrase boundary and drop dangling words and punctuation."""
    words = text.split()
    kept = len(words)
    while kept and len(" ".join(words[:kept])) > max_chars:
        kept -= 1
    if kept < len(words):
        # Never end mid-phrase: back off to just before a preposition or conjunction.
        boundary = next((k for k in range(kept, 2, -1) if words[k].casefold() in BOUNDARY), kept)
        kept = boundary
    words = words[:kept]
    while len(words) > 1 and words[-1].strip(",;:").casefold() in DANGLING:
        words.pop()
    return TRAILING_RE.sub("", " ".join(words))


def make_headline(lede: str, paragraphs: Sequence[str] = (), max_chars: int = MAX_CHARS) -> str:
    """Return a headline of at most max_chars from the lede (dateline already removed)."""
    sentence = first_sentence(lede.strip())
    main = ATTRIBUTION_RE.sub("", sentence) or sentence
    main = to_headline_tense(main)
    headline = fit_words(main, max_chars)
    return headline or fit_words(lede, max_chars)
