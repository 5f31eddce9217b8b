"""Scores for `invoke eval`: ROUGE-1, the date a dateline prints, plain places."""

from __future__ import annotations

import re
from collections import Counter

from pelican.plugins.wiredesk.extract.countries import find_country
from pelican.plugins.wiredesk.extract.months import month_number
from pelican.plugins.wiredesk.extract.places import find_place, locate
from pelican.plugins.wiredesk.model import Story

TOKEN_RE = re.compile(r"\w+")
DATE_TOKEN_RE = re.compile(r"[^\W\d_]+\.?|\d+")
QUALIFIER_RE = re.compile(r"\s*/[^/]*/|,.*$|\(.*$")
MAX_DAY = 31


def rouge1(candidate: str, reference: str) -> float:
    """Return the ROUGE-1 F1 of two strings (casefolded word tokens, clipped counts)."""
    cand = Counter(TOKEN_RE.findall(candidate.casefold()))
    ref = Counter(TOKEN_RE.findall(reference.casefold()))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def written_date(raw: str) -> tuple[int, int] | None:
    """Return (month, day) as written in a raw dateline, or None."""
    tokens = DATE_TOKEN_RE.findall(raw)
    for i, token in enumerate(tokens):
        month = None if token.isdigit() else month_number(token)
        if month is None:
            continue
        for near in tokens[i + 1 : i + 2] + tokens[max(i - 1, 0) : i]:
            if near.isdigit() and 1 <= int(near) <= MAX_DAY:
                return month, int(near)
    return None


def plain_city(city: str | None) -> str:
    """Return a place without qualifiers, casefolded ("IGORA /Leningrad Region/")."""
    return " ".join(QUALIFIER_RE.sub("", city or "").split()).casefold()


def same_city(story: Story | None, city: str) -> bool:
    """Tell whether a story's place is the city a dateline printed, in any language.

    MOSCOW and Москва are one place: a story that shows Moscow for Москва is right.
    """
    if story is None or not story.city:
        return False
    if plain_city(story.city) == plain_city(city):
        return True
    place, named = locate(plain_city(city))
    return bool(named and place and story.place_id == place.id)


def truth_country(name: str) -> str:
    """Return the ISO code of a Reuters place label ("west-germany" -> "DE")."""
    words = name.replace("-", " ")
    words = re.sub(r"\s+(?:arab|demo)\s+republic$", "", words)
    country = find_country(words)
    return country.code if country else name


def story_countries(story: Story) -> set[str]:
    """Return the ISO codes of every place of a story."""
    codes = {story.country} if story.country else set()
    for name in story.places:
        country = find_country(name)
        place = None if country else find_place(name)
        code = country.code if country else (place.country if place else None)
        if code:
            codes.add(code)
    return codes
