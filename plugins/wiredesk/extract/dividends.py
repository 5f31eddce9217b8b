"""Dividend headlines from a table row ("Qtly div 25 cts vs 22 cts prior")."""

from __future__ import annotations

import re
from fractions import Fraction

from .names import split_words

KIND = (
    r"qtly|quarterly|semi-annual|annual|monthly|mthly|final|interim|extra|special|"
    r"initial"
)
DIVIDEND_RE = re.compile(
    rf"^(?P<kind>{KIND})?\s*div(?:idend)?\s+(?P<amount>.+?)"
    r"(?:\s+vs\.?\s+(?P<prior>.+?))?(?:\s+(?:prior|in\s+prior\s+\w+))?$",
    re.IGNORECASE,
)
KINDS = {
    "qtly": "quarterly",
    "mthly": "monthly",
}
# Kinds paid again and again: the same amount as before is the regular dividend.
RECURRING: frozenset[str] = frozenset(
    split_words("quarterly monthly semi-annual annual")
)
NUMBER_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        split_words(
            "nil one two three four five six seven eight nine ten eleven twelve "
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}
NUMBER = r"\d[\d,]*(?:\.\d+)?(?:-\d+/\d+)?|(?:" + "|".join(NUMBER_WORDS) + ")s?"
AMOUNT_RE = re.compile(
    rf"(?P<number>{NUMBER})\s*"
    r"(?P<unit>cts|cents?|ct|dlrs?|dls|p|pence|pfennigs?|yen|francs?|marks?)\b",
    re.IGNORECASE,
)
CLASS_RE = re.compile(r"\bClass\s+[A-Z]\b")
CENTS_PER = {"dlr": 100, "dlrs": 100, "dls": 100}


def _number(text: str) -> Fraction:
    """Return the value of "12-1/2", "1,250.5" or "ten"."""
    low = text.casefold()
    if low.isalpha():  # "ten"
        return Fraction(NUMBER_WORDS[low])
    whole, _, part = low.replace(",", "").partition("-")
    value = Fraction(whole)
    if part:
        top, _, bottom = part.partition("/")
        value += Fraction(int(top), int(bottom))
    return value


def _amount(text: str | None) -> tuple[str, Fraction | None, str] | None:
    """Return (as written, value, unit family) of the first amount in text."""
    match = AMOUNT_RE.search(text or "")
    if match is None:
        return None
    unit = match["unit"].casefold()
    scale = CENTS_PER.get(unit, 1)
    family = "cts" if unit in CENTS_PER or unit.startswith("c") else unit
    number = match["number"]
    if number.isalpha() and number.casefold() not in NUMBER_WORDS:
        number = number[:-1]  # "eights cts": the number meant
    shown = number + match[0][len(match["number"]) :]
    return shown, _number(number) * scale, family


def is_dividend(row: str) -> bool:
    """Return whether a table row is a dividend declaration."""
    return DIVIDEND_RE.match(row) is not None


def dividend_headline(subject: str, row: str) -> str:
    """Return "Acme raises quarterly dividend to 10 cts from eight cts" for a row."""
    match = DIVIDEND_RE.match(row)
    if match is None:
        raise ValueError(f"no dividend row: {row!r}")
    low = (match["kind"] or "").casefold()
    kind = KINDS.get(low, low)
    now, before = _amount(match["amount"]), _amount(match["prior"])
    shown = now[0] if now else match["amount"]
    share_class = CLASS_RE.search(match["amount"])
    dividend = " ".join([kind, share_class[0] if share_class else "", "dividend"])
    dividend = " ".join(dividend.split())
    if now is None or before is None or now[2] != before[2]:
        return f"{subject} sets {dividend} of {shown}"
    if now[1] == before[1]:
        regular = "regular " if kind in RECURRING or not kind else ""
        return f"{subject} sets {regular}{dividend} of {shown}"
    verb = "raises" if now[1] > before[1] else "cuts"
    return f"{subject} {verb} {dividend} to {shown} from {before[0]}"
