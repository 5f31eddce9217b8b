"""The first sentence of a lede, past "M. Barnier", "Sr. López" and "am 3. März"."""

from __future__ import annotations

import re

from .rules import Lang

END_RE = re.compile(r"[.!?…](?=[\"'»”]?\s+[\"'«„“]?[A-ZÀ-ÞА-ЯЁ0-9])")
WORD_BEFORE_RE = re.compile(r"(\S+)$")
LOOK_BACK = 30


def first_sentence(text: str, lang: Lang | None) -> str:
    """Return the first sentence of text without its final mark."""
    for match in END_RE.finditer(text):
        if match[0] == ".":
            before = WORD_BEFORE_RE.search(
                text, max(0, match.start() - LOOK_BACK), match.start()
            )
            word = before[1].lstrip("(\"'«„“").casefold() if before else ""
            abbreviations = lang.abbreviations if lang else frozenset()
            if len(word) <= 1 or word in abbreviations or word.isdigit():
                continue  # an initial, an abbreviation or an ordinal ("3. März")
            if "." in word:
                continue  # "z.B", "U.S"
        return text[: match.start()]
    return text.rstrip(" .")
