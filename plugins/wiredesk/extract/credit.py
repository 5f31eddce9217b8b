"""Who a headline credits: "Putin says", "Lavrov, Wang Yi say", "Bank of Japan says"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import find_country
from .entities import RUN_RE
from .names import LEADING_STOP, ORG_HEADS, ORG_SUFFIXES, TITLES
from .people import NAME_WORD_RE
from .rolecredit import role_credit
from .style import short_person
from .tagging import tag_clause
from .tense import base_form, third_person
from .words import join_words

MAX_SOURCE_WORDS = 3
AND_RE = re.compile(r"\s+and\s+")
OF_RE = re.compile(r"\s+of\s+")
# One plural common noun after a name: "Wall Street arbitrageurs", "Tokyo dealers".
PLURAL_ROLE_RE = re.compile(r"\s+[a-z]+s")
# The one role word after a name that is whose: "a Foreign Ministry spokesman".
ROLE_RE = re.compile(r"\s+(?:official|spokesman|spokeswoman|spokesperson|source)")
# A firm's part in an issue or a deal: the name after it is a firm's, no person's.
FIRM_ROLE_RE = re.compile(
    r"\b(?:manager|underwriter|underwriters|broker|brokers|dealer|adviser|advisor)"
    r"\s+$"
)
# What a name before these words is: a paper or a station, never a person.
MEDIA_RE = re.compile(r"\s+(?:newspaper|daily|weekly|magazine|radio|television)\b")
# Verbs of saying a headline keeps; every other one ("stressed", "noted") is "say".
STRONG_VERBS: frozenset[str] = frozenset(
    {"warn", "insist", "agree", "confirm", "deny", "urge", "believe", "think", "admit"}
)


@dataclass(frozen=True, slots=True)
class Credit:
    """The short name of a source; whether it is a person; whether it is several."""

    name: str
    person: bool = False
    plural: bool = False


def _one_source(source: str) -> Credit | None:
    """Return the credit for one source (a titled name or a short organisation)."""
    found = list(RUN_RE.finditer(source))
    runs = [m[0].split() for m in found]
    if not runs or PLURAL_ROLE_RE.fullmatch(source[found[-1].end() :]):
        return None  # "Wall Street arbitrageurs": the name tells which ones
    if FIRM_ROLE_RE.search(source, 0, found[-1].start()):
        return None  # "lead manager Credit Suisse": a bank, no Mr Suisse
    return _named_source(source, found[-1].end(), runs)


def _named_source(source: str, end: int, runs: list[list[str]]) -> Credit | None:
    """Return the credit for a source whose last capitalised run ends at end."""
    if MEDIA_RE.match(source, end) or (
        len(runs) == 1 and source.strip() == " ".join(runs[0]) and find_country(source)
    ):  # "the Business Day newspaper" (no Mr Day); "Cuba has told operators that"
        return Credit(" ".join(runs[-1]))
    if ROLE_RE.fullmatch(source[end:]):
        return _whose(runs[-1])  # "a Board of Foreign Trade official"
    if runs[-1][0] == "Statistics" and len(runs[-1]) == 2:  # noqa: PLR2004
        return Credit(
            " ".join(runs[-1])
        )  # "Statistics Canada": an agency, no Mr Canada
    if (person := _person(source, runs[-1])) is not None:
        return Credit(person, person=True)
    words = list(runs[-1])
    while words[2:] and words[0].casefold() in TITLES - ORG_SUFFIXES:
        words.pop(
            0
        )  # "Russian Foreign Ministry"; not the "State" of "Harbor State Bank"
    if (
        words
        and words[-1].casefold() in ORG_SUFFIXES
        and len(words) <= MAX_SOURCE_WORDS
    ):
        return Credit(" ".join(words))
    return None


def _person(source: str, run: list[str]) -> str | None:
    """Return how a headline credits the person a source names, else None.

    By role when few readers know the name ("Russian Ambassador to Hanoi X Y" is
    "Russian envoy", see rolecredit), else by the name after the last title first:
    "Economics Minister Lee Ta-hai" is "Lee Ta-hai" (a name read whole would keep
    the title).
    """
    if (role := role_credit(source)) is not None:
        return role
    if (surname := _after_last_title(run)) is not None:
        return surname
    return short_person(run, speaker=True)


def _whose(words: list[str]) -> Credit | None:
    """Return the organisation a role word follows ("Foreign Ministry"), else None.

    "a Foreign Ministry spokesman" credits the ministry; "a Board of Foreign Trade
    official" credits no "Trade": a name cut from its "of" is no one's.
    """
    if words[-1].casefold() in ORG_SUFFIXES and len(words) <= MAX_SOURCE_WORDS:
        return Credit(" ".join(words))
    return None


def _after_last_title(words: list[str]) -> str | None:
    """Return the surname after the last title of a run ("Affairs Minister X Y")."""
    titles = [i for i, w in enumerate(words) if w.casefold() in TITLES]
    if not titles or titles[-1] == len(words) - 1:
        return None
    return short_person(words[titles[-1] :])


def _lone_surname(part: str) -> str | None:
    """Return a part that is one capitalised name word ("Lavrov"), else None."""
    word = part.strip()
    if (
        " " in word
        or word in LEADING_STOP
        or not NAME_WORD_RE.match(word)
        or find_country(word.casefold())
    ):
        return None
    return word


def credit_source(source: str | None) -> Credit | None:
    """Return how a headline credits source; "A and his counterpart B" credits both."""
    if not source:
        return None
    name, comma, role = source.partition(", ")
    if comma and role[:1].islower():  # "Kenneth Whipple, chairman of Ford Europe"
        source = name
    parts = AND_RE.split(source)
    if len(parts) == 1:
        return _one_source(source)
    if any(w.casefold() in ORG_HEADS for w in source.split()):
        return None  # "Organisation for Economic Cooperation and Development"
    credits = [_one_source(part) for part in parts]
    if not any(c is not None and c.person for c in credits):
        return _one_source(source)
    names = [
        c.name if c is not None and c.person else _lone_surname(part)
        for c, part in zip(credits, parts, strict=True)
    ]
    while names and names[0] is None and OF_RE.search(parts[len(parts) - len(names)]):
        names = names[1:]  # "Presidents of Belarus and Russia A and B": the description
    if len(names) < 2 or any(name is None for name in names):  # noqa: PLR2004
        return None
    return Credit(", ".join(n for n in names if n), person=True, plural=True)


def say_verb(verb: str | None, *, plural: bool) -> str:
    """Return the headline verb for a verb of saying ("stressed" -> "say")."""
    word = (verb or "").split(" ")[0].casefold()
    base = base_form(word) or word.removesuffix("s")
    base = base if base in STRONG_VERBS else "say"
    return base if plural else third_person(base)


def join_speakers(clause: str) -> str:
    """Name the people of a compound subject the headline way ("Lavrov, Wang Yi").

    "A and his counterpart B discussed X" -> "A, B discussed X"; any other subject
    is left as it is.
    """
    if " and " not in clause:
        return clause  # one subject: nothing to join (and no tagging)
    words, verb = tag_clause(clause)
    if verb is None:
        return clause
    subject = join_words(words[:verb])
    if " and " not in subject:
        return clause
    credit = credit_source(subject)
    if credit is None or not credit.plural:
        return clause
    return f"{credit.name} {join_words(words[verb:])}"
