"""Who said it: the source of a lead sentence, split from what it claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .rules import Lang

MIN_CLAIM = 20


@dataclass(frozen=True, slots=True)
class Claim:
    """A lead sentence split into what is claimed, who claims it, and the verb."""

    text: str
    source: str | None = None
    verb: str | None = None
    front: bool = False  # the source came before the claim
    subordinate: bool = False  # the claim is a "that" clause (verb-final in German)


@cache
def _patterns(lang: Lang) -> tuple[re.Pattern[str], ...]:
    say, that, according = lang.say, lang.that, lang.according
    link = (
        rf"(?:,?\s*(?P<that>{that})|\s*:\s*)"
        if lang.code != "de"
        else rf",\s*(?P<that>{that})?"
    )
    flags = re.IGNORECASE | re.DOTALL
    return (
        re.compile(  # "X said (on Monday) that CLAIM"
            rf"^(?P<src>[^,;:]{{2,150}}?)\s+(?P<verb>{say})\b(?P<mid>[^,;:]{{0,60}}?)"
            rf"{link}(?P<claim>.{{{MIN_CLAIM},}})$",
            flags,
        ),
        re.compile(  # "According to X, CLAIM"
            rf"^(?P<verb>{according})\s+(?P<src>[^,;]{{2,100}}?),\s*"
            rf"(?P<claim>.{{{MIN_CLAIM},}})$",
            flags,
        ),
        re.compile(  # "CLAIM, said X" / "CLAIM, - заявил X"
            rf"^(?P<claim>.{{{MIN_CLAIM},}}?)[,:]\s*(?:[-–—]\s*)?(?P<verb>{say})\b"
            rf"(?P<src>[^;]{{2,150}})$",
            flags,
        ),
        re.compile(  # "CLAIM, according to X"
            rf"^(?P<claim>.{{{MIN_CLAIM},}}?),\s*(?P<verb>{according})\s+"
            rf"(?P<src>[^;]{{2,150}})$",
            flags,
        ),
        re.compile(  # "X, according to Y, CLAIM..." (a source in an aside)
            rf"^(?P<head>.+?),\s*(?P<verb>{according})\s+(?P<src>[^,;]{{2,80}}),"
            rf"\s*(?P<claim>.+)$",
            flags,
        ),
    )


GERMAN_AS_RE = re.compile(
    r"^(?P<claim>.{20,}?),\s*(?:wie|so)\s+(?P<src>.+?)\s+"
    r"(?P<verb>mitteilte|sagte|erklärte|berichtete|bestätigte|ankündigte|hieß)$"
)
GERMAN_LAUT_RE = re.compile(
    r"^(?P<verb>Laut|Nach\s+Angaben\s+(?:von|des|der))\s+"
    r"(?P<src>(?:[a-zäöüß]+\s+)*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s+"
    r"(?P<claim>[a-zäöüß].{20,})$"
)


def split_claim(sentence: str, lang: Lang) -> Claim:
    """Split a lead sentence into claim and source, in lang's own phrasing."""
    if lang.code == "de":
        for regex in (GERMAN_AS_RE, GERMAN_LAUT_RE):
            if match := regex.match(sentence):
                front = regex is GERMAN_LAUT_RE
                return Claim(match["claim"], match["src"], match["verb"], front)
    leading, according, trailing, after, aside = _patterns(lang)
    if match := leading.match(sentence):
        claim = _trailing(match["claim"], lang)
        return Claim(claim, match["src"], match["verb"], True, bool(match["that"]))
    if match := according.match(sentence):
        return Claim(match["claim"], match["src"], match["verb"], True)
    if match := aside.match(sentence):
        claim = f"{match['head']} {match['claim']}"
        return Claim(claim, match["src"], match["verb"])
    for regex in (trailing, after):
        if match := regex.match(sentence):
            return Claim(match["claim"], match["src"].strip(), match["verb"])
    return Claim(sentence)


def _trailing(claim: str, lang: Lang) -> str:
    """Drop a second attribution at the end of a claim ("..., he added")."""
    _, _, trailing, after, _ = _patterns(lang)
    for regex in (trailing, after):
        if match := regex.match(claim):
            return match["claim"]
    return claim
