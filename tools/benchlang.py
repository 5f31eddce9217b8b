"""Sentences of the bench corpus from per-language word tables: no language here."""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

FORMATTER = string.Formatter()
PERCENT = "percent"  # the one field made of digits, not words
WEEKDAY = "{weekday}"


@dataclass(frozen=True, slots=True)
class Language:
    """How one language's wire copy reads: sentence templates and their words.

    templates: (cumulative share, format) pairs, the last share 1.0; a field names a
    table of words ({subject}), or, capitalised ({Org}), that table's word with a
    capital first letter; {percent} is a figure such as 12.5 (decimal comma abroad).
    A word may hold {weekday}: the weekday of the story's day, so ledes never
    contradict their date.
    """

    code: str
    templates: tuple[tuple[float, str], ...]
    words: Mapping[str, tuple[str, ...]]
    closing: str  # a last sentence an editor adds (the bench's edit)
    weekdays: tuple[str, ...]  # Monday first, as a word of a table says "{weekday}"
    decimal: str = "."


@functools.cache
def _fields(template: str) -> tuple[tuple[str, str, bool], ...]:
    """Return (field, table, capitalised) for each field of a template, parsed once."""
    names = dict.fromkeys(name for _, name, _, _ in FORMATTER.parse(template) if name)
    return tuple((name, name.lower(), name[:1].isupper()) for name in names)


def _fill(
    language: Language, table: str, capital: bool, r: random.Random, day: date
) -> str:
    pick = r.random
    if table == PERCENT:  # 1.0 to 40.9
        return f"{1 + int(pick() * 40)}{language.decimal}{int(pick() * 10)}"
    words = language.words[table]
    word = words[int(pick() * len(words))]  # r.choice, at a third of its cost
    if WEEKDAY in word:
        word = word.replace(WEEKDAY, language.weekdays[day.weekday()])
    return word[:1].upper() + word[1:] if capital else word


def sentence(
    language: Language, r: random.Random, day: date, *, lede: bool = False
) -> str:
    """Return one sentence: a template picked by its share, its fields filled.

    A lede is always of the first template (who did what): wire stories open so.
    """
    kind = 0.0 if lede else r.random()
    template = next(t for share, t in language.templates if kind < share)
    fields = _fields(template)
    return template.format(
        **{name: _fill(language, table, cap, r, day) for name, table, cap in fields}
    )


def paragraph(
    language: Language, r: random.Random, day: date, words: int, *, lede: bool = False
) -> str:
    """Return sentences of a story of day until the paragraph has words words."""
    out = [sentence(language, r, day, lede=True)] if lede else []
    count = sum(s.count(" ") + 1 for s in out)
    while count < words:
        out.append(sentence(language, r, day))
        count += out[-1].count(" ") + 1
    return " ".join(out)


def paragraphs(
    language: Language, r: random.Random, day: date, count: tuple[int, int]
) -> list[str]:
    """Return between count[0] and count[1] paragraphs of 35 to 90 words."""
    return [
        paragraph(language, r, day, r.randint(35, 90), lede=not i)
        for i in range(r.randint(*count))
    ]
