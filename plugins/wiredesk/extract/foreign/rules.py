"""What the headline rules need to know about one language: words, phrases, style."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache


@cache
def full(pattern: str, flags: int = 0) -> Callable[[str], re.Match[str] | None]:
    """Return the fullmatch of pattern, compiled once."""
    return re.compile(pattern, flags).fullmatch


def words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a word list."""
    return frozenset(text.split())


# The "of" of a name or a complement ("ministre de l'Intérieur", "report de six mois").
GENITIVE = words("de d' del della dello degli dei delle di du des do da dos das of")


@dataclass(frozen=True, slots=True)
class Lang:
    """Rule data for one language; regex fields are alternations without groups."""

    code: str
    # Never the last word of a headline; a cut may stop just before one.
    function: frozenset[str]
    # Prepositions and conjunctions that open a phrase the headline may drop.
    openers: frozenset[str]
    # Never last either: determiners, prenominal adjectives, auxiliaries, pronouns.
    no_end: frozenset[str]
    determiners: frozenset[str]  # a word after one of these is a noun, not a verb
    say: str  # verbs of saying, as the lede uses them after or before the source
    that: str  # the conjunction before reported speech
    according: str  # "according to" before a source
    pronouns: frozenset[str]  # subject pronouns a headline replaces by the source
    titles: str  # title words in front of a name (stems; case endings allowed)
    given: frozenset[str]  # given names: "Given Surname" becomes "Surname"
    time: str  # time phrases a headline drops ("on Monday")
    second: str  # what opens a second clause after a comma
    aside: str  # what opens an aside or a relative clause after a comma
    relative: str  # what opens a relative clause (dropped at the end of a claim)
    intro: str  # an opening adverbial phrase up to its comma
    participle: str  # a participle or gerund that opens a phrase ("prévoyant")
    verb: str  # a word that looks like a finite verb or participle (lower case)
    adjective: str  # a lower-case word that looks like an adjective (never last)
    credit: str  # "{claim}, selon {name}", "{name}: {claim}", "{claim}, {verb} {name}"
    bare_credit: str = ""  # the form when the lede's own verb cannot be reused
    quote_credit: str = ""  # the form for words in the first person: "Attal : « … »"
    first_person: frozenset[str] = field(default_factory=frozenset)
    not_verbs: frozenset[str] = field(default_factory=frozenset)  # look like verbs
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    verb_end: str = r"(?!)"  # a last word that looks like a verb without its object
