"""Modern English wire copy with undated datelines: AP, Reuters, The Canadian Press.

Their datelines carry no day (`CHICAGO (AP) —`), so the site dates them by when
the desk committed them.
"""

from __future__ import annotations

import random
from datetime import date

from pelican.plugins.wiredesk.extract.months import MONTH_NAMES

from tools.benchlang import Language
from tools.benchtass import WEEKDAYS

AP_CITIES = (
    "CHICAGO",
    "NEW YORK",
    "WASHINGTON",
    "LOS ANGELES",
    "HOUSTON",
    "ATLANTA",
    "DENVER",
    "PHOENIX",
    "SEATTLE",
    "MIAMI",
)
REUTERS_CITIES = (
    "CAIRO",
    "LONDON",
    "SINGAPORE",
    "FRANKFURT",
    "NAIROBI",
    "LAGOS",
    "MUMBAI",
    "SAO PAULO",
    "TOKYO",
    "JOHANNESBURG",
)
CP_CITIES = (
    "TORONTO",
    "OTTAWA",
    "MONTREAL",
    "VANCOUVER",
    "CALGARY",
    "HALIFAX",
    "WINNIPEG",
)
MODERN_ENGLISH = Language(
    code="en",
    templates=(
        (0.45, "{Subjects} {verbs} {objects} {tails}."),
        (0.7, "{Sources} said {figures} rose {percent}% from a year earlier."),
        (0.9, '"{quotes}," {people} said.'),
        (1.0, "The vote followed {reasons}."),
    ),
    words={
        "subjects": (
            "the city council",
            "state officials",
            "the company",
            "federal regulators",
            "the school board",
            "the provincial government",
            "the central bank",
            "the transit authority",
        ),
        "verbs": (
            "approved",
            "announced",
            "rejected",
            "delayed",
            "unveiled",
            "defended",
        ),
        "objects": (
            "a $40 million plan to repair aging bridges",
            "new limits on short-term rentals",
            "a proposal to raise transit fares",
            "a contract with the teachers' union",
            "the closure of two rural hospitals",
            "rules for electric scooters",
            "a cut in the property tax rate",
            "a merger with a regional rival",
        ),
        "tails": (
            "on {weekday}",
            "after months of debate",
            "in a statement",
            "despite objections from residents",
            "late {weekday}",
        ),
        "sources": (
            "the statistics agency",
            "a trade group",
            "the housing board",
            "the labor department",
        ),
        "figures": (
            "home sales",
            "retail sales",
            "average rents",
            "factory orders",
            "passenger traffic",
        ),
        "quotes": (
            "We have to get this right",
            "This is a good day for working families",
            "Nobody wanted it to come to this",
            "The numbers simply did not add up",
        ),
        "people": (
            "Mayor Linda Alvarez",
            "Gov. Mark Jensen",
            "spokeswoman Erin Walsh",
            "board chair David Okafor",
            "analyst Priya Raman",
        ),
        "reasons": (
            "a heated public hearing",
            "a string of budget shortfalls",
            "a court ruling last spring",
            "complaints from local businesses",
        ),
    },
    closing="A spokesperson declined to comment further.",
    weekdays=WEEKDAYS,
)


def ap_dateline(r: random.Random, _day: date) -> str:
    """Return an AP dateline: the place, the agency, an em dash; no date."""
    return f"{r.choice(AP_CITIES)} (AP) — "


def reuters_dateline(r: random.Random, _day: date) -> str:
    """Return a Reuters dateline: the place, the agency, a hyphen; no date."""
    return f"{r.choice(REUTERS_CITIES)} (Reuters) - "


def cp_dateline(r: random.Random, _day: date) -> str:
    """Return a Canadian Press dateline: the place alone, in capitals."""
    return f"{r.choice(CP_CITIES)} — "


def cp_credit(day: date) -> str:
    """Return the credit line The Canadian Press ends its copy with."""
    month = MONTH_NAMES[day.month - 1]
    return (
        f"This report by The Canadian Press was first published "
        f"{month} {day.day}, {day.year}."
    )
