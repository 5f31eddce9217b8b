"""How a headline credits its source: a surname, or a short named organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import Claim
from .rules import Lang, full
from .trim import drop_time

TITLED_NAME_RE = re.compile(
    r"(?P<title>[\w.-]+)\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+(?P<sur>[A-ZÀ-ÞА-ЯЁ][\w'’-]+)$"
)
MAX_ORG_WORDS = 4
MAX_ORG_CHARS = 25
ELIDED_RE = re.compile(r"[a-z]['’][A-ZÀ-Þ]")  # l'Insee, dell'Istat
NAMED_END_RE = re.compile(
    r"(?:^|\s)[a-zà-ÿ][\w-]*\s(?P<of>de|del|della|di|du|des|do|da|dos|das)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?)(?:$|\s+(?=[a-zà-ÿ]))"
)
# "fonte da GNR" credits "a GNR": the article an "of" carried comes back.
ARTICLES: dict[str, str] = {
    "del": "el",
    "della": "la",
    "du": "le",
    "des": "les",
    "do": "o",
    "da": "a",
    "dos": "os",
    "das": "as",
}
GERMAN_PARTICLES_RE = re.compile(r"\s+(?:mit|an|bekannt|fest)$")
# "по словам Пескова": the genitive of a Russian surname back to the nominative.
RU_GENITIVE: tuple[tuple[str, str], ...] = (
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ина", "ин"),
    ("ына", "ын"),
)


@dataclass(frozen=True, slots=True)
class Credit:
    """The short name a headline credits, and whether it is a person."""

    name: str
    person: bool = False


def make_credit(claim: Claim, found: list[str], lang: Lang) -> Credit | None:
    """Return how to credit claim's source, or None when it names nobody."""
    if not claim.source:
        return None
    source = drop_time(claim.source, lang)
    if lang.code == "de":
        source = GERMAN_PARTICLES_RE.sub("", source)
    for name in found:
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source):
            return Credit(name, person=True)
    match = TITLED_NAME_RE.search(source)
    if match and full(rf"{lang.titles}(?:s|es)?", re.IGNORECASE)(match["title"]):
        return Credit(match["sur"], person=True)  # "Parteichef Omid Nouripour"
    verb = (claim.verb or "").casefold()
    if lang.code == "ru" and verb.startswith("по словам"):
        last = source.split()[-1]
        for ending, nominative in RU_GENITIVE:
            if last[:1].isupper() and last.endswith(ending):
                return Credit(last[: -len(ending)] + nominative, person=True)
        return None
    return _organisation(source, lang) or _named_at_end(source, lang)


def _named_at_end(source: str, lang: Lang) -> Credit | None:
    """Return the name that ends a source ("los últimos datos de Eurostat")."""
    if lang.code in {"ru", "de"}:
        return None  # the name is not in the nominative there
    if match := NAMED_END_RE.search(source):
        article = ARTICLES.get(match["of"])
        name = f"{article} {match['name']}" if article else match["name"]
        return _organisation(name, lang)
    return None


def _organisation(source: str, lang: Lang) -> Credit | None:
    """Return a short named organisation ("l'Insee", "МИД России") as credit."""
    words = source.split()
    stop = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i and w in lang.openers and words[i + 1][:1].islower()
        ),
        None,
    )
    if stop is not None and lang.code != "ru":
        words = words[:stop]  # "l'Insee dans une estimation provisoire"
        source = " ".join(words)
    if len(words) > MAX_ORG_WORDS or len(source) > MAX_ORG_CHARS:
        return None
    if not words or any(char.isdigit() for char in source):
        return None
    first = words[0].casefold()
    if first in lang.openers or first in lang.function - lang.determiners:
        return None
    named = [w for w in words if w[:1].isupper() or ELIDED_RE.match(w)]
    if lang.code == "de":
        named = [w for w in words if w.isupper() and len(w) > 1]
    opening = first in lang.determiners or ELIDED_RE.match(words[0])
    if not named or (words[0][:1].islower() and not opening):
        return None
    return Credit(source)
