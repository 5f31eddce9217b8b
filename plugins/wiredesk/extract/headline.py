"""A headline from the lede, the way a wire editor writes one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import clean_name, split_attribution, trim_clauses
from .entities import RUN_RE
from .foreign import drop_attribution
from .language import detect_language
from .names import ORG_SUFFIXES, TITLES, split_words
from .sentences import sentence_ends
from .style import WEEKDAY_RE, present_it, short_person, shorten_people, to_headlinese
from .tables import is_table, table_headline

MAX_CHARS = 110
MAX_SOURCE_WORDS = 3
VERBS: frozenset[str] = frozenset({"is", "are", "was", "were", "be"})
DANGLING: frozenset[str] = frozenset(
    split_words(
        "a an the and or but nor that which who whom of in on at to for with by "
        "from as into than its their his her is are was were be has have had "
        "will would not this these those after before near over about between "
        "said says while when if"
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
SENTENCE_END_RE = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)[.!?](?=\s+[\"'“A-ZА-Я0-9])"
)
TRAILING_RE = re.compile(r"[\s,;:.\-–—!?\"'“”‘’(]+$")


TARGET_CHARS = 90
BRIEF_RE = re.compile(
    r"^(?:IN BRIEF|UPDATE \d+|BREAKING|URGENT|FLASH)\s*[:-]\s*", re.IGNORECASE
)


def first_sentence(text: str) -> str:
    """Return the first sentence of text (the whole text when it has no end)."""
    end = next(sentence_ends(text), None)
    return text[: end - 1] if end else text


def fit_words(text: str, max_chars: int = MAX_CHARS) -> str:
    """Cut text to max_chars before a phrase; drop dangling words and punctuation."""
    words = text.split()
    kept, length = 0, -1
    for word in words:
        if length + 1 + len(word) > max_chars:
            break
        kept, length = kept + 1, length + 1 + len(word)
    if kept < len(words):
        # Never end mid-phrase: back off to just before a preposition or conjunction.
        boundary = next(
            (k for k in range(kept, 2, -1) if words[k].casefold() in BOUNDARY), kept
        )
        kept = boundary
    dangling = DANGLING if kept < len(words) else DANGLING - VERBS
    words = words[:kept]
    while len(words) > 1 and words[-1].strip(",;:").casefold() in dangling:
        words.pop()
    return TRAILING_RE.sub("", " ".join(words))


def short_source(source: str | None) -> tuple[str | None, bool]:
    """Return how a headline credits a source (surname or short name); person?."""
    if not source:
        return None, False
    runs = [m[0].split() for m in RUN_RE.finditer(source)]
    if not runs:
        return None, False
    if (surname := short_person(runs[-1], speaker=True)) is not None:
        return surname, True
    words = [
        w
        for w in runs[-1]
        if w.casefold() not in TITLES or w.casefold() in ORG_SUFFIXES
    ]
    if (
        words
        and words[-1].casefold() in ORG_SUFFIXES
        and len(words) <= MAX_SOURCE_WORDS
    ):
        return " ".join(words), False
    return None, False


def _english_headline(sentence: str, max_chars: int) -> str:
    claim = split_attribution(WEEKDAY_RE.sub("", sentence))
    body = to_headlinese(shorten_people(trim_clauses(claim.text)))
    source, person = short_source(claim.source)
    if claim.source_first and claim.text.startswith(("it ", "its ")) and claim.source:
        subject = shorten_people(clean_name(claim.source))
        body = to_headlinese(
            f"{subject} {present_it(trim_clauses(claim.text))}"
            if claim.text.startswith("it ")
            else f"{subject}'s {body[4:]}"
        )
        return fit_words(body, max_chars)
    if claim.source_first and source:
        return fit_words(f"{source} says {body}", max_chars)
    if source and person:
        suffix = f" — {source}"
        return fit_words(body, max_chars - len(suffix)) + suffix
    return fit_words(body, max_chars)


def make_headline(
    lede: str,
    paragraphs: Sequence[str] = (),
    max_chars: int = MAX_CHARS,
    lang: str | None = None,
) -> str:
    """Return a headline of at most max_chars from the lede (dateline already removed).

    English ledes get the headline rules; other languages (lang, else detected) are cut
    at a word.
    """
    if is_table(paragraphs or [lede]):
        return fit_words(table_headline(paragraphs or [lede]), max_chars)
    sentence = first_sentence(BRIEF_RE.sub("", lede.strip()))
    limit = min(max_chars, TARGET_CHARS)
    lang = lang or detect_language(lede)
    if lang == "en":
        headline = _english_headline(sentence, limit)
    else:
        headline = fit_words(drop_attribution(sentence, lang), limit)
    headline = headline or fit_words(lede, max_chars)
    return headline[:1].upper() + headline[1:]
