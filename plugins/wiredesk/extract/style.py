"""Headlinese: no articles, "will" -> "to", bare passives, surnames only."""

from __future__ import annotations

import re

from .clausewords import CLAUSE_VERBS
from .countries import find_country
from .dividends import NUMBER_WORDS
from .entities import RUN_RE
from .headwords import headline_words
from .lexicon import lexicon_tag
from .names import FAMILY_FIRST, TITLES, split_words
from .pasttense import present_main_verb
from .people import MIN_NAME_WORDS, is_person, strip_titles
from .tense import (
    IRREGULAR,
    base_form,
    ing_base,
    present_progressive,
    third_person,
    to_headline_tense,
)
from .weekdays import drop_weekdays

PARTICIPLE = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR)) + r")"
# "has been approached", "has not been approached": "(not) approached".
PASSIVE_RE = re.compile(
    rf"\b(?:has|have|had)\s+(?P<not>not\s+)?been\s+(?={PARTICIPLE}\b)"
)
PAST_PASSIVE_RE = re.compile(rf"\b(?:was|were)\s+(?={PARTICIPLE}\b)")
# "is being nominated": the passive in progress is a passive all the same.
BEING_RE = re.compile(rf"\b(?:is|are|was|were)\s+being\s+(?={PARTICIPLE}\b)")
# "would be doubling capacity": an intention, "to double capacity".
WOULD_BE_RE = re.compile(r"\bwould\s+be\s+(?P<verb>[a-z]{2,}ing)\b")
# A day told from the wire's own day means nothing on a page read later.
RELATIVE_DAY_RE = re.compile(
    r",?\s+(?:effective\s+(?:today|immediately)|(?:late\s+|early\s+|due\s+)?(?:today|"
    r"tomorrow|yesterday|tonight)|this\s+(?:morning|afternoon|evening))\b"
)
RELATIVE_DAYS = ("today", "tomorrow", "yesterday", "tonight", "this ", "immediately")
PROGRESSIVE_RE = re.compile(
    r"\b(?:is|are)\s+(?=(?:still\s+|now\s+)?(?:[a-z]+ing|ready|likely|unlikely|set|due|"
    r"able|unable|willing|determined|expected|about|poised|eager)\b)"
)
# "troubles were over": a closing state is told in the present ("are over").
OVER_RE = re.compile(r"\b(?P<verb>was|were)(?=\s+(?:over|off)$)")
PRESENT_COPULA: dict[str, str] = {"was": "is", "were": "are"}
# "The contract is ending": an end under way is one to come, "contract to end".
COMING_ENDS: dict[str, str] = {
    "ending": "end",
    "expiring": "expire",
    "closing": "close",
    "leaving": "leave",
    "retiring": "retire",
    "resigning": "resign",
    "quitting": "quit",
    "arriving": "arrive",
}
COMING_END_RE = re.compile(
    rf"\b(?:is|are)\s+(?:now\s+)?(?P<verb>{'|'.join(COMING_ENDS)})\b(?!\s+(?:to|up)\b)"
)
# (?=[iap]) first: the look-behinds are tried only where a verb can start.
INTENT_RE = re.compile(
    r"(?=[iap])(?<!\bno\s)(?<!\bany\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bnew\s)"
    r"\b(?:intends|intend|plans|plan|is going|are going|aims|aim|"
    r"is preparing|are preparing)\s+(?=to\s)"
)
INTENT_WORDS = ("intend", "plan", "going", "aim", "preparing")  # of INTENT_RE
SHORT_PART = 2
# "Russia's leader Vladimir Putin": a country's title in lower case, then the name
# (not "Acme's chief John Smith": the company says who he is).
POSSESSIVE_TITLE_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w.]*)(?:'s|’s)\s+(?P<title>(?:[a-z]+\s+){1,2})"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\b"
)
# "Federal Reserve Board chairman Paul Volcker": a title in lower case, the name.
LOWER_TITLES = (
    "chairman",
    "president",
    "governor",
    "secretary",
    "director",
    "spokesman",
    "chief",
)
LOWER_TITLE_RE = re.compile(
    rf"\b(?P<title>{'|'.join(LOWER_TITLES)})"
    r"\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\b(?!\s+(?:of|and)\b)"
)
# "Chinese leader Deng Xiaoping": a nationality, its title in lower case, the name.
NATIONAL_TITLE_RE = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+)\s+(?P<title>(?:[a-z]+\s+){1,2})"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\b"
)
NAME_GOES_ON_RE = re.compile(r"\s+(?:al-|el-|bin\s|ibn\s|van\s|von\s|de\s)")
VISITING = (
    "visiting "  # "told visiting Secretary of State George Shultz" -> "told Shultz"
)
AND_RE = re.compile(r"\s+and\s+")
WILL_RE = re.compile(r"\bwill\s+(?=[a-z])")
PRONOUN_END_RE = re.compile(r"\s(?:it|they|he|she|we|you|I)\s+$")
SUBCLAUSE_RE = re.compile(  # not the "owned" of "State-owned Taiwan Power will"
    r"\b(?:that|which|who|whom|whose|when|if|is|are|was|were|has|have|had)\s"
    r"|(?<![-\w])[a-z]{3,}ed\s"
)
# Articles go, except where the phrase means something else without one:
# "round the clock", "at the same time", "a few days" (not "few days"), and "a"
# as "per" after a plural ("barrels a day", "5 cts a share").
KEEPS_ARTICLE = r"(?!(?:clock|same|few|lot|little|bit|other hand)\b)"
# "dlrs a share", "one dlr a barrel": a price per unit keeps its "a".
PER = r"(?:day|week|month|year|share|head|barrel|tonne|ton|ounce|lb|bushel|gallon)\b"
ARTICLE_RE = re.compile(
    rf"(?:^(?:The|A|An)\s+|\b(?:the|an|a(?!\s+{PER})|(?<!s\s)(?<!\bdlr\s)a)\s+)"
    rf"{KEEPS_ARTICLE}"
)
IT_PAST_RE = re.compile(rf"^it\s+(?P<verb>{PARTICIPLE})\b")
SHORT_NAMES: dict[str, str] = {
    "United States": "US",
    "European Union": "EU",
    "United Kingdom": "UK",
    "United Nations": "UN",
    # names every reader knows by their acronym
    "Securities and Exchange Commission": "SEC",
    "International Monetary Fund": "IMF",
    "Organization of Petroleum Exporting Countries": "OPEC",
    "General Agreement on Tariffs and Trade": "GATT",
    "North Atlantic Treaty Organization": "NATO",
    "Food and Drug Administration": "FDA",
    "Environmental Protection Agency": "EPA",
    "Federal Bureau of Investigation": "FBI",
    "Internal Revenue Service": "IRS",
    "General Accounting Office": "GAO",
    "Federal Trade Commission": "FTC",
    "Federal Communications Commission": "FCC",
    "Federal Aviation Administration": "FAA",
    "Federal Deposit Insurance Corporation": "FDIC",
    "Commodity Futures Trading Commission": "CFTC",
    "International Atomic Energy Agency": "IAEA",
    "World Health Organization": "WHO",
    "European Community": "EC",
    "Moody's Investors Service": "Moody's",
    "New York Stock Exchange": "NYSE",
    "American Stock Exchange": "Amex",
    "so-called": "",
    "per cent": "%",
    "percent": "%",
}
# "the Federal Reserve Board" is "Fed"; not its banks ("Federal Reserve Bank of").
FED_RE = re.compile(
    r"\b(?:[Tt]he\s+)?Federal\s+Reserve(?:\s+Board)?\b(?!\s+(?:Bank|System))"
)
SHORT_NAMES_RE = re.compile(  # "the federal SEC", "the U.S. SEC": the SEC
    r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+|[Ff]ederal\s+)?(?P<long>"
    + "|".join(SHORT_NAMES)
    + r")\b"
)
UNIT_CASE: dict[str, str] = {"gmt": "GMT", "Dlrs": "dlrs"}  # as the wire writes them
FEDERAL_ACRONYM_RE = re.compile(
    r"\b[Ff]ederal\s+(?=(?:SEC|FDA|FBI|FTC|FCC|EPA|FAA|FDIC|IRS)\b)"
)
PERCENT_SPACE_RE = re.compile(r"(?<=\d) %")
UNIT_CASE_RE = re.compile(r"\b(?:gmt|Dlrs)\b")


# A title that names several: "Sens. Alan Cranston and Daniel Evans" are both titled.
PLURAL_TITLES: frozenset[str] = frozenset(split_words("sens. sens reps. reps"))


def surname(name: list[str]) -> str:
    """Return how a headline names a person: the surname, or the whole name when unsure.

    A name with a two-letter or hyphenated part (Xi Jinping, Moon Jae-in) or opening
    with a common Chinese or Korean family name (Wang Yi, Park Jin) stays whole.
    """
    if any(len(part.strip(".")) <= SHORT_PART or "-" in part for part in name):
        return " ".join(name)
    if len(name) > 1 and name[0].casefold() in FAMILY_FIRST:
        return " ".join(name)  # Wang Yi, Park Jin: family name first
    return name[-1]


def short_person(words: list[str], *, speaker: bool = False) -> str | None:
    """Return the surname of a titled name ("President Vladimir Putin" -> "Putin").

    A speaker (the subject of "said") needs no title to count as a person. A
    country alone is no title for one word ("U.S. Banks" are no Mr Banks), and a
    number is no name ("Bank One" is a bank).
    """
    rest = strip_titles(words)
    if rest and rest[-1].casefold() in NUMBER_WORDS:
        return None
    country_only = all(
        find_country(w.casefold()) for w in words[: len(words) - len(rest)]
    )
    if (
        rest
        and len(rest) < len(words)
        and (len(rest) >= MIN_NAME_WORDS or not country_only)
        and is_person(rest, had_title=True, following="")
    ):
        return surname(rest)
    if (
        speaker
        and len(rest) >= MIN_NAME_WORDS
        and is_person(rest, had_title=False, following=" said")
    ):
        return surname(rest)
    return None


def _short_part(part: str) -> str:
    """Return one name of a run by its surname when it is a titled person's.

    A possessive after the name stays: "Secretary George Shultz China's" ->
    "Shultz China's".
    """
    words = part.split()
    if (found := short_person(words)) is not None:
        return found
    owner = len(words) > 1 and words[-1].endswith(("'s", "’s"))
    if owner and (found := short_person(words[:-1])) is not None:
        return f"{found} {words[-1]}"
    return part


def _titled(match: re.Match[str]) -> str:
    """Return "chairman Volcker" for "chairman Paul Volcker" (else the match)."""
    name = match["name"].split()
    if is_person(name, had_title=True, following=""):
        return f"{match['title']} {surname(name)}"
    return match[0]


def _owned(match: re.Match[str]) -> str:
    """Return the surname of "Russia's leader Vladimir Putin" (else the match)."""
    name = match["name"].split()
    titled = all(w in TITLES for w in match["title"].split())
    if (
        titled
        and find_country(match["owner"].casefold())
        and is_person(name, had_title=True, following="")
    ):
        return surname(name)
    return match[0]


def shorten_people(text: str) -> str:
    """Replace titled full names by surnames, the way headlines name people.

    A visitor goes by name alone: "tells visiting Secretary of State George
    Shultz" -> "tells Shultz".
    """
    if "'s" in text or "’s" in text:
        text = POSSESSIVE_TITLE_RE.sub(_owned, text)
    text = NATIONAL_TITLE_RE.sub(_owned, text)
    if any(title in text for title in LOWER_TITLES):
        text = LOWER_TITLE_RE.sub(_titled, text)
    out, end = [], 0
    for match in RUN_RE.finditer(text):
        parts = AND_RE.split(match[0])
        title = parts[0].split()[0]
        if len(parts) > 1 and title.casefold() in PLURAL_TITLES:
            parts = [parts[0], *(f"{title} {p}" for p in parts[1:])]  # for all
        short = " and ".join(_short_part(p) for p in parts)
        if NAME_GOES_ON_RE.match(text, match.end()):
            short = match[0]  # "Ali Khalifa al-Sabah": the run is not the whole name
        before = text[end : match.start()]
        if short != match[0] and before.endswith(VISITING):
            before = before[: -len(VISITING)]
        out += [before, short]
        end = match.end()
    return "".join([*out, text[end:]])


def present_it(claim: str) -> str:
    """Turn "it declared a dividend" into "declares a dividend" (subject goes first)."""
    match = IT_PAST_RE.match(claim)
    if match is None:
        return claim[3:] if claim.startswith("it ") else claim
    base = base_form(match["verb"]) or match["verb"]
    return third_person(base) + claim[match.end() :]


def _will_to(text: str) -> str:
    """Turn the main clause's "will" into "to" ("Acme to buy"); later ones stay."""
    match = WILL_RE.search(text)
    if (
        match is None
        or SUBCLAUSE_RE.search(text, 0, match.start())
        or PRONOUN_END_RE.search(text, 0, match.start())  # "the price it will pay"
    ):
        return text  # "Acme reduced the price it will pay": a verb came first
    return text[: match.start()] + "to " + text[match.end() :]


def _would_be(match: re.Match[str]) -> str:
    """Return "will double" for "would be doubling" ("will" becomes "to" next)."""
    base = ing_base(match["verb"], lexicon_tag)
    return f"will {base}" if base else match[0]


# Verbs that report a claim, not act on "plans": "said it plans to" is an intent.
REPORTING = CLAUSE_VERBS | {"told", "tells"}


def _intent(match: re.Match[str], text: str) -> str:
    """Strike "plans" of "Acme plans to buy"; not the noun of "announced plans to".

    A verb before it (not one of saying) makes "plans" its object; after an owner
    ("Egypt's plans to join ... highlight") it is a noun too.
    """
    before = text[: match.start()].split()
    if before and before[-1].endswith(("'s", "’s", "s'")):
        return match[0]
    verb = any(
        lexicon_tag(word).startswith("VB") and word not in REPORTING for word in before
    )
    return match[0] if verb else ""


def _closing_state(text: str) -> str:
    """Tell a state that closes the clause in the present: "troubles are over"."""
    if not text.endswith(("over", "off")):
        return text
    return OVER_RE.sub(lambda m: PRESENT_COPULA[m["verb"]], text)


def _short_names(text: str) -> str:
    """Return text with the short names headlines use ("US", "UN", "Fed", "GMT").

    Units keep the wire's case: "GMT", "dlrs".
    """
    if any(name in text for name in SHORT_NAMES):
        text = SHORT_NAMES_RE.sub(lambda match: SHORT_NAMES[match["long"]], text)
        text = PERCENT_SPACE_RE.sub("%", text)  # "71 per cent" -> "71%"
    if "gmt" in text or "Dlrs" in text:  # "resume at noon gmt", "H.K. Dlrs"
        text = UNIT_CASE_RE.sub(lambda m: UNIT_CASE[m[0]], text)
    if "ederal " in text:  # "the federal SEC": the acronym says federal
        text = FEDERAL_ACRONYM_RE.sub("", text)
    return FED_RE.sub("Fed", text) if "Federal Reserve" in text else text


def to_headlinese(text: str) -> str:
    """Rewrite a clause in headline style (English)."""
    # Each rule runs only when the words it looks for are there (most are not).
    text = _short_names(text)
    if " being " in text:
        text = BEING_RE.sub("was ", text)  # "was" goes later
    if "would be" in text:
        text = WOULD_BE_RE.sub(_would_be, text)
    if "ing" in text and any(verb in text for verb in COMING_ENDS):
        text = COMING_END_RE.sub(lambda m: f"to {COMING_ENDS[m['verb']]}", text)
    if "will " in text:
        text = _will_to(text)  # before the tense changes: "the price it will pay"
    text = drop_weekdays(text)
    if any(word in text for word in RELATIVE_DAYS):
        text = RELATIVE_DAY_RE.sub("", text)
    text = present_main_verb(text, lexicon_tag)
    if "been" in text:
        text = PASSIVE_RE.sub(r"\g<not>", text)
    if "has " in text or "have " in text:
        text = to_headline_tense(text)
    if "was " in text or "were " in text:
        text = PAST_PASSIVE_RE.sub("", text)
    if " to " in text and any(word in text for word in INTENT_WORDS):
        text = INTENT_RE.sub(lambda m: _intent(m, text), text)
    if "ing" in text and any(aux in text for aux in ("is ", "are ", "was ", "were ")):
        text = present_progressive(text, lexicon_tag)  # "Acme is issuing"
    if "is " in text or "are " in text:  # "is ready", "are due"
        text = PROGRESSIVE_RE.sub("", text)
    text = headline_words(_closing_state(text))  # "troubles are over"
    return " ".join(ARTICLE_RE.sub("", text).split())
