"""TASS-style English wire copy: dated datelines (`MOSCOW, March 4. /TASS/.`)."""

from __future__ import annotations

import random
from datetime import date

from pelican.plugins.wiredesk.extract.months import MONTH_NAMES

from tools.benchlang import Language

CITIES = (
    "MOSCOW",
    "ST. PETERSBURG",
    "BEIJING",
    "WASHINGTON",
    "LONDON",
    "BERLIN",
    "PARIS",
    "ANKARA",
    "MINSK",
    "TOKYO",
    "NEW DELHI",
    "CAIRO",
    "VLADIVOSTOK",
    "KAZAN",
    "NOVOSIBIRSK",
    "GENEVA",
    "VIENNA",
    "ISTANBUL",
    "TBILISI",
    "BAKU",
    "YUZHNO-SAKHALINSK /Sakhalin region/",
    "MURMANSK",
    "SOCHI",
    "HAVANA",
)
AGENCIES = ("TASS",) * 6 + ("Interfax", "Xinhua", "BelTA", "Anadolu")
PEOPLE = (
    "Sergey Lavrov",
    "Wang Yi",
    "Maria Zakharova",
    "Dmitry Peskov",
    "Elvira Nabiullina",
    "Anton Siluanov",
    "Alexander Novak",
    "Antonio Guterres",
    "Hakan Fidan",
    "Olaf Scholz",
    "Narendra Modi",
    "Kassym-Jomart Tokayev",
    "Rafael Grossi",
)
ORGS = (
    "the UN Security Council",
    "the Central Bank",
    "Gazprom",
    "Rosatom",
    "OPEC+",
    "the IAEA",
    "the State Duma",
    "the Foreign Ministry",
    "Russian Railways",
    "BRICS",
    "the Shanghai Cooperation Organisation",
    "Roscosmos",
    "the World Health Organization",
)
TOPICS = (
    "the federal budget",
    "grain exports",
    "the interest rate",
    "a new satellite",
    "the hockey championship",
    "a film festival",
    "oil prices",
    "the gas pipeline",
    "a vaccine trial",
    "the election campaign",
    "missile defense",
    "a museum exhibition",
    "the Northern Sea Route",
    "wildfires in Siberia",
    "the football league",
    "trade turnover",
    "the nuclear power plant",
    "a court ruling",
    "port facilities",
)
VERBS = (
    "discussed",
    "announced plans for",
    "approved",
    "criticised",
    "welcomed",
    "called for talks on",
    "reported progress on",
    "warned about",
    "backed",
)
TAILS = (
    "the ministry said in a statement",
    "according to preliminary data",
    "a source told reporters",
    "in the first quarter",
    "by the end of the year",
    "the press service reported",
    "despite the sanctions",
    "over the next five years",
)
QUOTES = (
    "We are ready to continue the dialogue on all issues of mutual interest",
    "The situation remains difficult but is under control",
    "This decision will help to stabilise the market",
    "All the necessary measures are being taken",
    "There is no alternative to a political settlement",
)
WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
TASS_ENGLISH = Language(
    code="en",
    templates=(
        (0.5, "{people} {verbs} {topics}, {tails}."),
        (0.75, "{Orgs} said {topics} grew by {percent}% {tails}."),
        (0.9, '"{quotes}," {people} told reporters.'),
        (1.0, "Earlier, {orgs} {verbs} {topics}."),
    ),
    words={
        "people": PEOPLE,
        "verbs": VERBS,
        "topics": TOPICS,
        "tails": TAILS,
        "orgs": ORGS,
        "quotes": QUOTES,
    },
    closing="Officials declined to comment further.",
    weekdays=WEEKDAYS,
)


def tass_dateline(r: random.Random, day: date) -> str:
    """Return a TASS-style dateline without a year: the file name gives it."""
    month = MONTH_NAMES[day.month - 1]
    return f"{r.choice(CITIES)}, {month} {day.day}. /{r.choice(AGENCIES)}/. "


def tass_tags(r: random.Random) -> str:
    """Return the Tags header some TASS-style seeds carry."""
    return f"Tags: {r.choice(TOPICS)}, {r.choice(PEOPLE)}\n\n"
