"""The shorter words a headline uses: "unit" for subsidiary, "over 50" for more than 50.

Copy spells things out; a headline says the same in fewer letters, the way a
wire desk writes them: "Acme agrees to buy Beta unit for over 20 mln dlrs", not
"Acme signs definitive agreement to purchase Beta subsidiary for more than ...".
Each rewrite keeps the meaning whole; none drops a fact.
"""

from __future__ import annotations

import re

NUMBER = (
    r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|"
    r"half\b|a\s+(?:third|quarter|half)\b)"
)
# Phrase -> headline word, each looked for only when its cue is in the text.
WORDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("subsidiar", re.compile(r"\bsubsidiary\b"), "unit"),
    ("subsidiar", re.compile(r"\bsubsidiaries\b"), "units"),
    ("than", re.compile(rf"(?<!\bnot\s)\bmore\s+than\s+(?={NUMBER})"), "over "),
    ("than", re.compile(rf"(?<!\bnot\s)\bMore\s+than\s+(?={NUMBER})"), "Over "),
    (
        "than",
        re.compile(rf"(?<!\bnot\s)\b(?:less|fewer)\s+than\s+(?={NUMBER})"),
        "under ",
    ),
    ("excess", re.compile(rf"\bin\s+excess\s+of\s+(?={NUMBER})"), "over "),
    ("approximately", re.compile(rf"\bapproximately\s+(?={NUMBER})"), "about "),
    ("total of", re.compile(rf"\ba\s+total\s+of\s+(?={NUMBER})"), ""),
    ("order to", re.compile(r"\bin\s+order\s+to\b"), "to"),
    ("prior to", re.compile(r"\bprior\s+to\b"), "before"),
    ("connection", re.compile(r"\bin\s+connection\s+with\b"), "over"),
    ("respect to", re.compile(r"\bwith\s+(?:respect|regard)\s+to\b"), "on"),
    ("And", re.compile(r"(?<=\S)\s+And\s+(?=[A-Za-z])"), " and "),  # "U.S. And Chinese"
    ("year old", re.compile(r"\b(?P<age>[\w]+-year)\s+old\b"), r"\g<age>-old"),
)
# "Mobil Chemical's unit": "Mobil Chemical unit", as desks write it.
OWNED_UNIT_RE = re.compile(r"(?<=[A-Za-z])['’]s\s+(?=units?\b)")
# "program for the company to purchase up to 100,000 of its shares": a buyback.
BUYBACK_RE = re.compile(
    r"\bprogram\s+(?:for\s+(?:the\s+)?company\s+)?to\s+(?:buy|purchase|repurchase)"
    r"(?:\s+back)?\s+(?P<amount>(?:up\s+to\s+)?[\d,.]+(?:\s+mln)?)\s+(?:of\s+its\s+)?"
    r"(?:common\s+)?shares\b"
)
# "to purchase", "to acquire": "to buy", as desks write it (not the noun "purchase").
BUY_RE = re.compile(r"\bto\s+(?:purchase|acquire)\b(?!\s+(?:of|price|plan|order)\b)")
# "signs a definitive agreement to", "enters into conditional agreement to": agrees.
AGREEMENT_RE = re.compile(
    r"\b(?P<verb>signs|sign|signed|enters\s+into|enter\s+into|entered\s+into|"
    r"reaches|reach|reached)\s+(?:an?\s+)?(?:definitive\s+|conditional\s+|"
    r"preliminary\s+|tentative\s+)?agreement\s+(?=to\s+[a-z]+\b)"
)
AGREES: dict[str, str] = {
    "signs": "agrees",
    "sign": "agree",
    "signed": "agreed",
    "enters into": "agrees",
    "enter into": "agree",
    "entered into": "agreed",
    "reaches": "agrees",
    "reach": "agree",
    "reached": "agreed",
}
# "offered Putin in 2021 to delay": English offers to do, or proposes doing.
OFFERED_TO_RE = re.compile(
    r"\b(?P<verb>offered|offers)\s+[A-Z][\w-]+\s+(?P<when>in\s+\d{4}\s+)?to\s+"
    r"(?=[a-z]+\s)"
)
PROPOSED: dict[str, str] = {"offered": "proposed", "offers": "proposes"}
# The past of the verbs these rewrites bring in, for an event told as past.
PAST_OF: dict[str, str] = {
    "proposes": "proposed",
    "propose": "proposed",
    "delays": "delayed",
    "delay": "delayed",
    "agrees": "agreed",
    "agree": "agreed",
}
# "postpones", "commence": the shorter verb, in the same form.
VERBS: dict[str, str] = {"postpone": "delay", "commence": "begin"}
VERB_RE = re.compile(
    r"\b(?P<stem>postpone|commence)(?P<ending>s|d|ed|ing)?\b(?!\s+of\b)"
)
ENDINGS: dict[tuple[str, str], str] = {
    ("delay", "d"): "delayed",
    ("begin", "s"): "begins",
    ("begin", "d"): "began",
    ("begin", "ing"): "beginning",
}
# The department's own name: "Department of Justice" -> "Justice Department".
DEPARTMENT_RE = re.compile(
    r"\bDepartment\s+of\s+(?P<name>Justice|Agriculture|Commerce|Energy|Labor|Defense|"
    r"Transportation|Treasury|Interior|State)\b"
)
# The U.S. farm department goes by the name every commodity reader knows.
USDA_RE = re.compile(r"\b(?:[Tt]he\s+)?U\.S\.\s+Agriculture\s+Department\b")
# "budget of ICRC": "ICRC budget"; only a lower-case noun of a bare acronym that
# ends the phrase ("meeting of ICO council" stays).
OF_ACRONYM_RE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+of\s+(?P<acronym>[A-Z]{3,6})"
    r"(?=$|,|\s+(?:—|in|on|for|at|to|and|over|from|by|with)\s)"
)
OF_ACRONYM_NOUNS: frozenset[str] = frozenset(
    {"budget", "members", "member", "chief", "head", "report", "summit"}
)


def headline_words(text: str) -> str:
    """Return text in the shorter words of a headline (see the module's docstring)."""
    for cue, pattern, short in WORDS:
        if cue in text:
            text = pattern.sub(short, text)
    if "program" in text:
        text = BUYBACK_RE.sub(r"buyback of \g<amount> shares", text)
    if "unit" in text and "s " in text:
        text = OWNED_UNIT_RE.sub(" ", text)
    if " to " in text and ("purchase" in text or "acquire" in text):
        text = BUY_RE.sub("to buy", text)
    if "offer" in text:
        text = OFFERED_TO_RE.sub(
            lambda m: f"{PROPOSED[m['verb']]} {m['when'] or ''}to ", text
        )
    if "agreement" in text:
        text = AGREEMENT_RE.sub(
            lambda m: f"{AGREES[' '.join(m['verb'].split())]} ", text
        )
    if any(stem in text for stem in VERBS):
        text = VERB_RE.sub(_shorter_verb, text)
    if "Department" in text:
        text = USDA_RE.sub("USDA", DEPARTMENT_RE.sub(r"\g<name> Department", text))
    if " of " in text:
        text = OF_ACRONYM_RE.sub(_acronym_first, text)
    return text


def _shorter_verb(match: re.Match[str]) -> str:
    """Return the shorter verb in the form of the longer: "postponed" -> "delayed"."""
    short, ending = VERBS[match["stem"]], match["ending"] or ""
    return ENDINGS.get((short, ending), short + ending)


def _acronym_first(match: re.Match[str]) -> str:
    """Return "ICRC budget" for "budget of ICRC" (other nouns as they are)."""
    if match["noun"] not in OF_ACRONYM_NOUNS:
        return match[0]
    return f"{match['acronym']} {match['noun']}"
