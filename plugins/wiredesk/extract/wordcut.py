"""Cutting text at a word: never mid-phrase, never on a dangling function word."""

from __future__ import annotations

from .names import split_words

MAX_CHARS = 110
GLANCE_CHARS = 89  # what a reader takes in at a glance; longer ones lose weight
VERBS: frozenset[str] = frozenset({"is", "are", "was", "were", "be"})
DANGLING: frozenset[str] = frozenset(
    split_words(
        "a an the and or but nor that which who whom of in on at to for with by "
        "from as into than its their his her is are was were be has have had "
        "will would not this these those after before near over about between "
        "said says while when if under amid against during since until through via"
    )
)
BOUNDARY: frozenset[str] = frozenset(
    split_words(
        "of in on at to for with by from into over after before amid and or but "
        "that which who as while when near about between against under during "
        "since until because"
    )
)
# Function words of ru, de, fr, es, it: a cut never ends on one, may stop before one.
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(
    split_words(
        "и в на с по к о об для что а но или из от до при "
        "und oder der die das den dem des in im mit von zu zur zum für auf bei "
        "et ou de la le les des du à au aux en pour sur par avec "
        "y o el los las del con por para al "
        "e di il lo gli per con su da dal della"
    )
)
DANGLING = DANGLING | FOREIGN_FUNCTION_WORDS
BOUNDARY = BOUNDARY | FOREIGN_FUNCTION_WORDS
# Words that may end a whole sentence as adverbs: "than a year before".
ADVERBS_AT_END: frozenset[str] = frozenset(split_words("before after since"))
TRAILING = frozenset(",;:.-–—!?\"'“”‘’(")


def strip_trailing(text: str) -> str:
    """Drop trailing punctuation and spaces (linear, whatever the text)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in TRAILING):
        end -= 1
    return text[:end]


def fit_words(text: str, max_chars: int = MAX_CHARS, keep: int = 0) -> str:
    """Cut text to max_chars before a phrase; drop dangling words and punctuation.

    The cut backs off to a phrase boundary, but not below keep words when they fit.
    """
    words = text.split()
    kept, length = 0, -1
    for word in words:
        if length + 1 + len(word) > max_chars:
            break
        kept, length = kept + 1, length + 1 + len(word)
    if kept < len(words):
        # Never end mid-phrase: back off to just before a preposition or conjunction.
        floor = max(2, keep - 1) if keep <= kept else 2
        boundary = next(
            (k for k in range(kept, floor, -1) if words[k].casefold() in BOUNDARY),
            kept,
        )
        kept = boundary
    dangling = DANGLING if kept < len(words) else DANGLING - VERBS - ADVERBS_AT_END
    words = words[:kept]
    while len(words) > 1 and (
        words[-1].strip(",;:").casefold() in dangling
        or (words[-1] == "order" and words[-2] == "in")  # "in order (to ...)"
    ):
        words.pop()
    return strip_trailing(" ".join(words))
