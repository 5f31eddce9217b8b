"""People, places and organisations named in a story, normalised, each kind apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .countries import ADJECTIVES, countries, country_names, find_country
from .names import ACRONYMS, LEADING_STOP, NOT_PLACES, ORG_HEADS, ORG_SUFFIXES, TITLES
from .people import AFTER_RE, MIN_NAME_WORDS, is_person, merge_people, strip_titles
from .places import capital_of, gazetteer

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄ"
CAP_WORD = rf"(?:[{UPPER}][\w'’&.-]*|\d+[A-Za-z]*)"
LINK = r"(?:of|the|for|and|de|du|des|la|le|von|van|der|al|bin|y)"
# The capital comes first and the lookbehind after it ("not after a word or a
# full stop"): the scan then skips ahead to capitals instead of testing each place.
RUN_RE = re.compile(
    rf"[{UPPER}](?<![\w.][{UPPER}])[\w'’&.-]*"
    rf"(?:[ \t](?:{LINK}[ \t])?{CAP_WORD}){{0,11}}"
)
POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
MIN_CITY_POPULATION = 1_000_000
LINK_WORDS: frozenset[str] = frozenset({"of", "for"})
MIN_CAPITAL_POPULATION = 150_000
MIN_CITY_CHARS = 3  # short names (Ada, Bo) are mostly not the place
OF_PHRASE_WORDS = 3  # "Bank of Japan"
MAX_CODE_CHARS = 3
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
ROLE_BEFORE_RE = re.compile(r"\b([a-z]+)\s$")
BASED_RE = re.compile(r"^[\w.'’-]+-based$")
MAX_ENTITIES = 12
# Words that end in a full stop without ending a sentence ("Gen. Smith", "St. Paul").
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "ste", "mt", "ft", "gen", "col", "lt", "sgt"}
    | {"capt", "maj", "sen", "rep", "gov", "prof", "rev", "no", "vs"}
)
# A wire story names its people, places and organisations in its first paragraphs;
# only this many leading characters are scanned, so time per story is bounded.
SCAN_CHARS = 6_000


@dataclass(frozen=True, slots=True)
class Entities:
    """The people, places and organisations of a story, in order of first mention."""

    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()


@cache
def _text_cities() -> dict[str, str]:
    """Return big cities and capitals by name, spelled as the gazetteer spells them."""
    cities = {k: p.name for k, p in gazetteer().populous(MIN_CITY_POPULATION)}
    for code in countries():
        capital = capital_of(code)
        if capital is not None and capital.population >= MIN_CAPITAL_POPULATION:
            cities[capital.name.casefold()] = capital.name
    return {
        k: v
        for k, v in cities.items()
        if k not in NOT_PLACES and len(k) > MIN_CITY_CHARS
    }


def _strip_word(word: str) -> str:
    if INITIALS_RE.fullmatch(word):
        return word
    if word[-1] in "s'’":
        word = POSSESSIVE_RE.sub("", word)
    return word.rstrip(",.")


def _office_of(words: list[str]) -> bool:
    """Return whether words open with "<title> of" a company ("Chairman of X Inc")."""
    return (
        len(words) >= OF_PHRASE_WORDS
        and words[1] == "of"
        and words[0].casefold() in TITLES
        and words[0].casefold() not in ORG_HEADS
        and words[-1].casefold() in ORG_SUFFIXES
    )


@cache
def _place_first_words() -> frozenset[str]:
    """Return the first word of every country, adjective and city name (case-folded)."""
    names = [*country_names(), *ADJECTIVES, *_text_cities()]
    return frozenset(name.split()[0] for name in names if name)


def _clean(words: list[str]) -> list[str]:
    words = [_strip_word(w) for w in words]
    while words and (
        words[0] in LEADING_STOP
        or words[0].lower() in {"of", "the", "and"}
        or BASED_RE.match(words[0])
        or _office_of(words)
    ):
        words.pop(0)
    while words and words[-1].lower() in {"of", "the", "and", "for", "de", "on"}:
        words.pop()
    return words


@lru_cache(maxsize=65536)  # the same names recur across a whole archive
def place_of(phrase: str) -> str | None:
    """Return the normalised place a phrase names (country or city name), or None."""
    country = find_country(phrase)
    if country is not None and (phrase.isupper() or not phrase.islower()):
        if (
            phrase.casefold() in ADJECTIVES
            and phrase.isupper()
            and len(phrase) <= MAX_CODE_CHARS
        ):
            return None
        return country.name
    return _text_cities().get(phrase.casefold())


def _classify(
    words: list[str], following: str, titled: bool = False
) -> tuple[str, str] | None:
    """Return (kind, name) for a cleaned capitalised run, or None.

    titled: a role word in lower case stands just before the run ("counterpart X").
    """
    phrase = " ".join(words)
    if len(words) == 1 and phrase in ACRONYMS:
        return "org", phrase
    if (place := place_of(phrase)) is not None:
        return "place", place
    last = words[-1].casefold()
    if last in ORG_SUFFIXES or (
        len(words) >= OF_PHRASE_WORDS
        and words[0].casefold() in ORG_HEADS
        and words[1] == "of"
    ):
        return ("org", phrase) if len(words) > 1 or phrase.isupper() else None
    rest = strip_titles(words)
    if len(rest) == 1 and any(w in LINK_WORDS for w in words):
        return None  # "Minister of Foreign Affairs" names an office, not a person
    stripped = words[: len(words) - len(rest)]
    had_title = any(w.casefold() in TITLES for w in stripped) or (
        bool(stripped or titled) and len(rest) >= MIN_NAME_WORDS
    )
    if rest and is_person(rest, had_title=had_title, following=following):
        return "person", " ".join(rest)
    return None


def _role_before(text: str, start: int) -> bool:
    """Return whether a lower-case role word ends just before start ("counterpart ")."""
    match = ROLE_BEFORE_RE.search(text, max(0, start - 24), start)
    return match is not None and match[1] in TITLES


def _places_in(words: list[str]) -> list[str]:
    """Return the places named by any window of up to three words of a run."""
    return list(_places_in_run(tuple(words)))


@lru_cache(maxsize=65536)
def _places_in_run(words: tuple[str, ...]) -> tuple[str, ...]:
    found, used = [], set()
    starts = [i for i, w in enumerate(words) if w.casefold() in _place_first_words()]
    for size in (3, 2, 1):
        for start in starts:
            if start + size > len(words):
                continue
            span = set(range(start, start + size))
            if span & used:
                continue
            if (place := place_of(" ".join(words[start : start + size]))) is not None:
                found.append((start, place))
                used |= span
    return tuple(place for _, place in sorted(found))


def _parts(words: list[str], following: str) -> list[tuple[list[str], str]]:
    """Return a run whole when it names one thing, else split at "and" ("X and Y")."""
    if "and" not in words or _classify(words, following) is not None:
        return [(words, following)]
    parts: list[list[str]] = [[]]
    for word in words:
        if word == "and":
            parts.append([])
        else:
            parts[-1].append(word)
    cut = [p for p in parts if p]
    return [(p, following if i == len(cut) - 1 else " and") for i, p in enumerate(cut)]


def _sentence_runs(words: list[str]) -> list[list[str]]:
    """Split a capitalised run where a sentence ends inside it ("Berlin. The Bank")."""
    runs: list[list[str]] = [[]]
    for word in words:
        runs[-1].append(word)
        if (
            word.endswith(".")
            and not INITIALS_RE.fullmatch(word)
            and word[:-1].casefold() not in ABBREVIATIONS
        ):
            runs.append([])
    return [run for run in runs if run]


def _collect(
    found: list[tuple[str, str]], words: list[str], following: str, *, titled: bool
) -> None:
    """Add what one cleaned run (one sentence's part of it) names to found."""
    if not words:
        return
    for part, after in _parts(words, following):
        hit = _classify(part, after, titled)
        titled = False
        if hit is not None:
            found.append(hit)
        if hit is None or hit[0] != "place":
            found.extend(("place", place) for place in _places_in(part))


@lru_cache(maxsize=16384)  # "Moscow", "TASS", "President Vladimir Putin" recur
def _run_names(run: str, titled: bool, after: str) -> tuple[tuple[str, str], ...]:
    """Return (kind, name) for what a capitalised run names, in order.

    titled: a role word stands before the run; after: what follows it, as far as
    it tells a person's name (see _speech_after).
    """
    found: list[tuple[str, str]] = []
    runs = _sentence_runs(run.split())
    for index, words in enumerate(runs):
        following = after if index == len(runs) - 1 else "."
        _collect(found, _clean(words), following, titled=titled and index == 0)
    return tuple(found)


def _speech_after(following: str) -> str:
    """Return the part of following that tells a name ("said", ", who"), else "".

    People's rules read no more of what follows a run: the cache key stays short.
    """
    match = AFTER_RE.match(following)
    return match[0] if match else ""


def find_entities(text: str, first_places: tuple[str, ...] = ()) -> Entities:
    """Return the people, places and organisations text names (first_places first).

    Only the first SCAN_CHARS characters (ended at a space) are read.
    """
    if len(text) > SCAN_CHARS:
        cut = max(text.rfind(" ", 0, SCAN_CHARS), text.rfind("\n", 0, SCAN_CHARS))
        text = text[: cut if cut > 0 else SCAN_CHARS]
    first = [_text_cities().get(name.casefold(), name) for name in first_places]
    kinds: dict[str, list[str]] = {"person": [], "place": first, "org": []}
    for match in RUN_RE.finditer(text):
        titled, after = False, ""
        if " " in match[0] or "\t" in match[0]:
            # A role word before and speech after tell only of names of two words.
            titled = _role_before(text, match.start())
            after = _speech_after(text[match.end() : match.end() + 16])
        for kind, name in _run_names(match[0], titled, after):
            kinds[kind].append(name)
    return Entities(
        people=tuple(merge_people(kinds["person"])[:MAX_ENTITIES]),
        places=tuple(dict.fromkeys(kinds["place"]))[:MAX_ENTITIES],
        orgs=tuple(dict.fromkeys(kinds["org"]))[:MAX_ENTITIES],
    )
