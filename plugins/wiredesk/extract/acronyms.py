"""A long name the story gives its acronym for goes by the acronym in a headline."""

from __future__ import annotations

import re

# "International Committee of the Red Cross (ICRC)": capitalised words, joined by
# lower-case function words, then the acronym in brackets, or in capitals between
# commas ("International Coffee Organization, ICO, producers").
NAMED_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<name>[A-Z][\w'-]*(?:\s+(?:(?:of|the|for|and|on|de|&)\s+)*"
    r"[A-Z][\w'-]*){1,9})(?:\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)|,\s+(?P<caps>[A-Z]{2,7}),)"
)
# Where NAMED_RE's acronym may stand: far cheaper to look for than a whole name.
ACRONYM_RE = re.compile(r"\([A-Z]|,\s+[A-Z]{2,7},")
SMALL_WORDS: frozenset[str] = frozenset({"of", "the", "for", "and", "on", "de", "&"})


def _initials(name: str) -> str:
    """Return the initials of a name's capitalised words ("Red Cross" -> "RC")."""
    return "".join(
        part[0]
        for word in name.split()
        if word not in SMALL_WORDS
        for part in word.split("-")
    )


def name_by_acronym(text: str) -> str:
    """Replace a long name by the acronym that follows it in brackets (or commas).

    Only when the acronym spells the tail of the name's initials, so "the
    Organization of Petroleum Exporting Countries (OPEC)" -> "OPEC" but
    "Acme Corp (Boston)" stays as it is.
    """
    if ACRONYM_RE.search(text):
        text = NAMED_RE.sub(_shorten, text)
    return text


def _shorten(match: re.Match[str]) -> str:
    """Return a named match as its acronym, when the acronym spells its tail."""
    short, words = match["short"] or match["caps"], match["name"].split()
    for start in range(len(words)):
        name = " ".join(words[start:])
        if name.split()[0] in SMALL_WORDS:
            continue
        if _initials(name).casefold() == short.casefold():
            kept = " ".join(words[:start])
            return f"{kept} {short}" if kept else short
    return match[0]
