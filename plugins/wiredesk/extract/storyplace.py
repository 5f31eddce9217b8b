"""The place of a story: its dateline place, one entity whatever the language."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..model import Dateline
from .places import Place, locate


@dataclass(frozen=True, slots=True)
class StoryPlace:
    """Where a story is from, as the site shows it."""

    city: str | None = None
    place: Place | None = None  # also a stand-in (a state's biggest city) for the zone
    place_id: str | None = None  # only when the dateline names the place itself


def _latin(name: str) -> bool:
    return name.isascii() or all(
        unicodedata.name(char, "").startswith("LATIN")
        for char in name
        if char.isalpha()
    )


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].casefold()


def story_place(
    dateline: Dateline | None, *, lang: str | None, site_lang: str
) -> StoryPlace:
    """Return the dateline's place, named in the site's language.

    Copy in another language than the site's, or a name in another script
    (МОСКВА, ROMA in Italian copy), shows the gazetteer's name ("Moscow", "Rome"),
    so that each place has one page and one feed. Copy in the site's language keeps
    the spelling of its dateline; so does copy whose language is unknown (`lang`
    None: too few words to tell). A place the gazetteer does not know keeps its
    dateline name; a stand-in never replaces the name printed.
    """
    if dateline is None or not dateline.city:
        return StoryPlace()
    place, named = locate(dateline.city, dateline.region)
    if place is None or not named:
        return StoryPlace(dateline.city, place)
    other_lang = lang is not None and _primary(lang) != _primary(site_lang)
    foreign = other_lang or not _latin(dateline.city)
    city = place.name if foreign else dateline.city
    return StoryPlace(city, place, place.id or None)
