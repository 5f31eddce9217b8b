"""Sentence ends that are not abbreviations ("Sen.", "Corp.", "U.S.")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .names import split_words

CANDIDATE_RE = re.compile(r"[.!?](?=[\"'”»]?\s+[\"'“«A-ZА-ЯЁ0-9])")
WORD_BEFORE_RE = re.compile(r"(\S+)$")
INITIALS_RE = re.compile(r"(?:[A-Za-z]\.)*[A-Z]")  # "U.S", "J": a name's full stop
LOOK_BACK = 40
ABBREVIATIONS: frozenset[str] = frozenset(
    split_words(
        "mr mrs ms dr sen sens rep reps gov gen lt col capt adm sgt maj st jr sr inc "
        "corp co ltd no nos vs messrs prof rev ft mt gov't dept univ approx est fig "
        "jan feb mar apr jun jul aug sep sept oct nov dec calif conn mass mich minn "
        "penn tenn wash wis ariz colo fla ill ind kan ky la md mo mont neb nev okla "
        "ore pa va vt wyo ala ark del ga alex г гг им ул т.е"  # "Alex. Brown and Sons"
    )
)


def sentence_ends(text: str) -> Iterator[int]:
    """Yield the index just after each sentence-ending mark of text."""
    for match in CANDIDATE_RE.finditer(text):
        if match[0] != ".":
            yield match.end()
            continue
        # Only the word just before the mark matters: look back a bounded window.
        before = WORD_BEFORE_RE.search(
            text, max(0, match.start() - LOOK_BACK), match.start()
        )
        word = before[1].lstrip("(\"'“") if before else ""
        word = word.rsplit("-", 1)[-1]  # "Sino-U.S.": the initials after the hyphen
        if word.casefold() in ABBREVIATIONS or INITIALS_RE.fullmatch(word):
            continue
        yield match.end()
