"""What a long headline can lose without losing its news.

A headline over a glance's length sheds what an editor strikes first: the
filler adjective ("deep tariff cuts", "major clearing agencies"), the owner's
"its" ("narrow its trade surplus"), a pair of adjectives the noun does without
("undeniable and generally recognized elections"), and "takes steps to" for
"moves to" ("to take steps to" is "aims to"). Figures, names and verbs stay.
"""

from __future__ import annotations

import re

from .lexicon import lexicon_tag

# Adjectives that add weight, not facts ("new" is news, "grave concern" a quoted
# degree: they stay).
FILLER_RE = re.compile(
    r"\b(?:major|significant|massive|deep|upcoming|further|various|existing|"
    r"unspecified)\s+(?=[a-z0-9])"
)
# What "shows its standing" shows is whose: "its" stays.
SHOWING: frozenset[str] = frozenset(
    {"shows", "highlights", "reflects", "underlines", "underscores", "demonstrates"}
)
# The owner's "its" after a verb, before what it owns: "to exercise its option"
# (not "Peru and its committee", "infringed on its patent": there it says whose).
ITS_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+its(?:\s+own)?\s+(?=[a-z0-9])")
# "its" before a name that ends the headline: the name says whose.
ITS_NAME_END_RE = re.compile(r"(?<=\sof)\s+its(?=\s+[A-Z][\w-]*$)")
# "takes steps to build": "moves to build"; "to take steps to build": "aims to
# build" (a plan, not yet a fact).
STEPS_RE = re.compile(
    r"\b(?P<verb>to\s+take|takes|taking|took)\s+(?:steps|actions?|measures)\s+to\s+"
    r"(?=[a-z])"
)
MOVES: dict[str, str] = {
    "to take": "aims to ",
    "takes": "moves to ",
    "taking": "moving to ",
    "took": "moved to ",
}
# "undeniable and generally recognized elections": two adjectives and a noun.
PAIR_RE = re.compile(
    r"\b(?P<first>[a-z]+)\s+and\s+(?:[a-z]+ly\s+)?(?P<second>[a-z]+)\s+"
    r"(?=(?P<noun>[a-z]+)\b)"
)
ADJECTIVES = frozenset({"JJ", "VBN"})
NOUNS = frozenset({"NN", "NNS"})


def squeeze(text: str) -> str:
    """Return text without what a long headline can lose (see the module)."""
    if " and " in text:
        text = PAIR_RE.sub(_pair, text)
    if "steps" in text or "action" in text or "measures" in text:
        text = STEPS_RE.sub(lambda m: MOVES[" ".join(m["verb"].split())], text)
    text = FILLER_RE.sub("", text)
    if " its " in text:
        text = ITS_RE.sub(_after_verb, text)
        text = ITS_NAME_END_RE.sub("", text)  # "copies of its MS-DOS": "of MS-DOS"
    return text


def _pair(match: re.Match[str]) -> str:
    """Drop a pair of adjectives before its noun; keep anything else as it is."""
    if (
        lexicon_tag(match["first"]) == "JJ"
        and lexicon_tag(match["second"]) in ADJECTIVES
        and lexicon_tag(match["noun"]) in NOUNS
    ):
        return ""
    return match[0]


def _after_verb(match: re.Match[str]) -> str:
    """Drop "its" after a verb ("exercise its option"); keep it anywhere else."""
    verb = match["verb"]
    if verb in SHOWING or not lexicon_tag(verb).startswith("VB"):
        return match[0]
    return f"{verb} "
