"""The credit a headline gives a source that is no person: "— Foreign Ministry".

A lede that ends ", the Russian Foreign Ministry said" or ", banking analysts said"
states a claim, not a fact; its headline keeps the source, as the wire's own do
("— Foreign Ministry", "— analysts", "— lawmaker").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .countries import find_country
from .credit import credit_source
from .entities import RUN_RE
from .lexicon import is_known_word
from .names import split_words
from .phrases import complete_prefixes
from .suffixes import drop_company_suffixes

MAX_WORDS = 3
ACRONYM_RE = re.compile(r"[A-Z]{3,6}")
GIVEN_ACRONYM_RE = re.compile(r"\((?P<short>[A-Z]{2,6})\)\s*$")  # a name's own
CREDIT_ROOM = 100  # a headline with its credit: never longer
KEPT_SHARE = 0.5  # of a judgement's words, kept when its credit needs the room
# Who reports a claim without being named, from outside: the noun is the credit.
# (An official or a banker mostly speaks for the subject itself: no credit.)
ROLES: frozenset[str] = frozenset(
    split_words(
        "analyst analysts economist economists trader traders dealer dealers "
        "source sources expert experts diplomat diplomats study report survey "
        "arbitrageur arbitrageurs"
    )
)
# Organisations whose word on another's doing is a claim to credit: a government
# department, a newspaper. (A bank's, a board's or an exchange's figures are its own.)
CLAIMANTS: frozenset[str] = frozenset(
    split_words("ministry department duma times post journal newspaper daily embassy")
)
# Words that make a headline a judgement or a forecast, not a fact: whose it is
# must be said ("Japan expected to cut rate — sources").
JUDGEMENTS: frozenset[str] = frozenset(
    split_words(
        "expected expects likely unlikely could would may might should not no "
        "considering points fears hopes doubts sees continue forecast sign"
    )
)
# A body named by what it does: "a public policy study group" -> "study group".
BODIES: frozenset[str] = frozenset(split_words("group panel team"))
# The end of a quote and who spoke it: '... yet," Putin told the media'.
QUOTED_RE = re.compile(
    r"[,.!?][\"”]\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s+"
    r"(?:told|said|says|stressed|noted|added|explained|emphasi[sz]ed|recalled)\b"
)
WORD_RE = re.compile(r"[a-z][a-z'-]{3,}")
SHARED_WORDS = 4  # a quote that repeats this many of the lede's words is its source
# A subject that is the institution itself: "Russian lawmakers approve bill, the
# State Duma said" needs no "— State Duma", "Ministry to act" no "— officials".
ITS_OWN: frozenset[str] = frozenset(
    split_words(
        "lawmakers legislators deputies senators parliament congress cabinet "
        "government ministry ministers board company bank"
    )
)
RELATING: frozenset[str] = frozenset(split_words("by of to from with for seen cited"))
DETERMINERS: frozenset[str] = frozenset(
    split_words("a an the some several many most other two three four its their")
)


def organisation_credit(source: str, lede: str = "") -> str | None:
    """Return an organisation's short name, or None.

    "the Russian Foreign Ministry" -> "Foreign Ministry", "the Treasury Board" ->
    "Treasury Board"; an acronym, or a long name's acronym the lede gives ("the
    Organisation for Economic Cooperation and Development, OECD") -> "OECD".
    """
    if acronym := _acronym(source, lede):
        return acronym
    runs = [m[0].split() for m in RUN_RE.finditer(source)]
    if len(runs) != 1 or " ".join(runs[0]) not in source:
        return None
    words = runs[0]
    if words[-1].casefold() not in CLAIMANTS or words[-1].isupper():
        return None  # "Saudi Press Agency SPA": an acronym, not a suffix
    while len(words) > 2 and find_country(words[0]):  # noqa: PLR2004 - "Russian"
        words = words[1:]
    return " ".join(words) if 1 < len(words) <= MAX_WORDS else None  # not "Ministry"


def _acronym(source: str, lede: str) -> str | None:
    """Return the acronym an organisation goes by, when the source or lede gives it."""
    name = source.strip().removeprefix("the ").removeprefix("The ")
    if ACRONYM_RE.fullmatch(name) and not find_country(name):
        return name  # "NAPM"
    if (given := GIVEN_ACRONYM_RE.search(name)) is not None:
        return given["short"]  # "U.S. Department of Transportation (DOT)"
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    long_name = len(name.split()) > MAX_WORDS and " " not in initials
    if long_name and ACRONYM_RE.fullmatch(initials) and f" {initials}" in lede:
        return initials
    return None


def role_credit(source: str) -> str | None:
    """Return the role that speaks, or None.

    "banking analysts" -> "analysts", "a Contraves official" -> "Contraves
    official" (a name, not a word: "Regional officials" -> "officials"), "a public
    policy study group" -> "study group". A spokesman speaks for the subject itself.
    """
    words = source.split()
    while words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    if any(w in RELATING for w in words):
        return None  # "a letter seen by bankers": the letter is the source
    if not words or not all(
        w.replace("-", "").replace(".", "").isalpha() for w in words
    ):
        return None
    head = words[-1].casefold()
    before = words[-2] if len(words) > 1 else ""
    if head in BODIES and before.casefold() in ROLES:
        return f"{before} {words[-1]}"
    if head not in ROLES:
        return None
    named = before[:1].isupper() and not is_known_word(before.casefold())
    return f"{before} {words[-1]}" if named else words[-1]


def quoted_speaker(lede: str, paragraphs: Sequence[str]) -> str | None:
    """Return who the next paragraph quotes saying what the lede states, or None.

    A lede may state a claim as fact and credit it only below: "Biden offered
    Putin ..." then '"He offered me exactly this ...," Putin told the media'.
    """
    if len(paragraphs) < 2 or not paragraphs[1].lstrip().startswith(('"', "“")):  # noqa: PLR2004
        return None
    match = QUOTED_RE.search(paragraphs[1])
    if match is None:
        return None
    shared = set(WORD_RE.findall(lede.casefold())) & set(
        WORD_RE.findall(paragraphs[1][: match.start()].casefold())
    )
    if len(shared) < SHARED_WORDS:
        return None
    who = match["who"]
    if " " not in who:  # "Putin": the lede gives his whole name ("Vladimir Putin")
        named = re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(who)}\b", lede)
        who = named[0] if named else who
    credit = credit_source(who)
    return credit.name if credit is not None and credit.person else None


def with_credit(headline: str, name: str, limit: int) -> str:
    """Return "headline — name" when it fits in limit and CREDIT_ROOM, else headline."""
    credited = f"{headline} — {name}"
    return credited if len(credited) <= min(limit, CREDIT_ROOM) else headline


def credit_speaker(
    headline: str, lede: str, paragraphs: Sequence[str], limit: int
) -> str:
    """Return headline credited to the person quoted below the lede, when it fits."""
    if " — " in headline or (speaker := quoted_speaker(lede, paragraphs)) is None:
        return headline
    return with_credit(headline, speaker, limit)


def credit_claim(headline: str, source: str | None, limit: int, lede: str = "") -> str:
    """Return headline with its source's credit when it fits whole beside the claim.

    A fact is never cut for the credit, and the two stay within CREDIT_ROOM. A
    role ("— analysts") credits a judgement or forecast: what unnamed sources think
    is no fact, and a judgement gives a tail to say whose it is. Else an
    organisation ("— Foreign Ministry"), unless the headline names it or gives a
    figure (the money supply a central bank reports is no claim of its own).
    """
    subject = {w.casefold() for w in headline.split()[:3]}
    if not source or " — " in headline or subject & ITS_OWN:
        return headline
    judged = bool(JUDGEMENTS & {w.casefold() for w in headline.split()})
    name = role_credit(source)
    if name is not None and not judged:
        return headline  # traders telling of a tender: a fact, theirs to report
    if name is not None and " " in name and name.split()[0] in headline:
        name = name.split()[-1]  # "Velto cuts jobs — official"
    if name is None:
        name = organisation_credit(source, lede) or (
            company_credit(source) if judged else None
        )
        figure = any(c.isdigit() for c in headline) and not judged
        if name is None or name in headline or figure:
            return headline  # a figure is the body's own release, not its claim
    credited = with_credit(headline, name, limit)
    if credited == headline and judged:
        credited = _judgement_credited(headline, name, limit)
    return credited


def _judgement_credited(headline: str, name: str, limit: int) -> str:
    """Return a judgement's complete shorter clause with its credit, or headline.

    "Nakasone likely to leave office this summer amid opposition to his tax
    package" is no fact: "... amid opposition — analysts" says whose guess it is.
    Only when the clause keeps at least half the headline's words.
    """
    room = min(limit, CREDIT_ROOM) - len(f" — {name}")
    clause = next(iter(complete_prefixes(headline, room)), None)
    if clause is None or len(clause.split()) < len(headline.split()) * KEPT_SHARE:
        return headline
    return f"{clause} — {name}"


def company_credit(source: str) -> str | None:
    """Return the company a source names, or None: whose forecast it is.

    "bullion bankers Samuel Montagu and Co Ltd" -> "Samuel Montagu".
    """
    words = source.split()
    while words and not words[0][:1].isupper():
        words = words[1:]  # "bullion bankers"
    name = " ".join(words)
    short = drop_company_suffixes(name)
    if short == name or not all(w[:1].isupper() or w in {"and", "&"} for w in words):
        return None
    return short.removesuffix(" and Co")  # the firm, as the wire's heads name it
