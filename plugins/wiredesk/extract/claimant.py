"""Whose claim a headline says it is: "Acme says", "Iran says its forces", none.

A lede that names its source first ("Acme Corp said it ...", "The DOT has
concluded that ...") gets a headline that says whose claim it is, or names the
subject the pronoun stands for ("Acme declares dividend"); a company's own officer
or a spokesperson relaying a principal's doing needs no credit.
"""

from __future__ import annotations

import re

from .clauses import Claim, clean_name, trim_clauses
from .countries import find_country
from .credit import Credit, say_verb
from .names import split_words
from .sourcecredit import company_credit, organisation_credit
from .style import present_it, shorten_people
from .tagging import tag_clause

PRONOUNS: frozenset[str] = frozenset(split_words("it its they their"))
POSSESSIVES: frozenset[str] = frozenset(split_words("its their"))
# A company's officer named by a bare role: "chairman Jim Leslie", "its president".
OFFICER_ROLES = (
    r"(?:chairman|president|chief\s+executive(?:\s+officer)?|managing\s+director|"
    r"vice\s+president|chief\s+financial\s+officer|treasurer)(?:-elect)?"
)
OWN_ROLE_RE = re.compile(rf"^(?:its\s+|company\s+)?{OFFICER_ROLES}\s+[A-Z]")
# "Kenneth Whipple, chairman of Ford Europe,": an officer named before his company.
OFFICER_OF_RE = re.compile(
    rf"^[A-Z][^,]*,\s+{OFFICER_ROLES}\s+(?:of|at)\s+(?P<owner>[A-Z][^,]*?),?$"
)
SPOKESPERSON_RE = re.compile(
    r"(?:the\s+|a\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)\b"
)
# A company's agent named by the company first: "Pemex Japan representative Tito Ayal".
AGENT_RE = re.compile(
    r"^(?P<owner>[A-Z][\w&.'-]+)\b[^,]*?\b(?:representative|spokesman|spokeswoman|"
    r"chairman|president|director|executive|officer|treasurer|manager)\s+[A-Z]"
)
OWNER_REACH = 80  # the claim names the company near its start
LEADING_NAME_RE = re.compile(r"^(?:[A-Z][\w&.'-]*\s+)+")  # "Qantas Airways Ltd "
# A body's finding: whose it is opens the headline ("DOT says ban not justified").
CONCLUDING: frozenset[str] = frozenset(split_words("concluded concludes decided"))
# What a country says it has or is: a stance, not an act ("it had the right").
STANCE_VERBS: frozenset[str] = frozenset(split_words("has had is was are were"))
IT_STATE_RE = re.compile(r"^(?P<it>it|they) (?P<verb>had|was|were) ")
PRESENT_STATES: dict[str, str] = {"had": "has", "was": "is", "were": "are"}
HAD_RE = re.compile(r"\bhad\s+(?=[a-z]+ed\b)")  # "had captured": "captured"
# A company's own figures, when it reports them with no "its": "said sales rose".
OWN_FIGURES: frozenset[str] = frozenset(
    split_words("sales revenues revenue earnings profits orders shipments output")
)


def name_pronoun(claim: Claim) -> str | None:
    """Return the claim with its subject named: "it declared" -> "Acme declares".

    A company's figures without "its" are its own: "Acme said sales rose" ->
    "Acme's sales rise". What a country says of its own forces, or of what it has
    or is, stays its claim: "Iran says its forces captured ...", "Greece says it
    has right to decide ...".
    """
    first, _, rest = claim.text.partition(" ")
    if claim.source and first in OWN_FIGURES and company_credit(claim.source):
        first, rest = "its", claim.text  # "Pall Corp said sales rose": its sales
    if not claim.source or first not in PRONOUNS:
        return None
    subject = shorten_people(clean_name(claim.source))
    if find_country(subject) and (
        first in POSSESSIVES or rest.split(" ", 1)[0] in STANCE_VERBS
    ):
        # "Iran said its forces had captured", "Greece said it had the right": a
        # side's claim stays one
        said = HAD_RE.sub("", trim_clauses(claim.text), count=1)
        return f"{subject} says {IT_STATE_RE.sub(_present_state, said, count=1)}"
    if first == "it":
        return f"{subject} {present_it(trim_clauses(claim.text))}"
    owner = "'s" if first in POSSESSIVES else ""
    return f"{subject}{owner} {trim_clauses(rest)}"


def _present_state(match: re.Match[str]) -> str:
    """Return "it has " for "it had ": what a side says it has, it has now."""
    verb = PRESENT_STATES[match["verb"]]
    return (
        f"{match['it']} {'have' if verb == 'has' and match['it'] == 'they' else verb} "
    )


def says_prefix(claim: Claim, credit: Credit | None, sentence: str) -> str | None:
    """Return "Lavrov says " for a source named first, when the headline names it.

    A credited source, a company whose claim names no one, a body whose finding
    it is; else None.
    """
    if credit:
        return f"{credit.name} {say_verb(claim.verb, plural=credit.plural)} "
    who = _nameless_claims(claim) or _concluding_body(claim, sentence)
    return f"{who} says " if who else None


def _concluding_body(claim: Claim, sentence: str) -> str | None:
    """Return the body whose conclusion the claim is, else None.

    "The U.S. Department of Transportation (DOT) has concluded that a ban ... is
    not justified": the finding is the DOT's, said so ("DOT says ban ...").
    """
    if claim.verb not in CONCLUDING or not claim.source:
        return None
    return organisation_credit(claim.source, sentence)


def relays(sentence: str, source: str) -> bool:
    """Return whether the source is a spokesperson named before the role.

    "Lukashenko and Putin discussed security, said Natalia Eismont, spokeswoman of
    the Belarusian leader": she relays what her principal did; no credit.
    """
    at = sentence.find(f"{source}, ")
    return at >= 0 and SPOKESPERSON_RE.match(sentence, at + len(source) + 2) is not None


def own_officer(claim: Claim) -> bool:
    """Return whether a named company's own officer tells what it did.

    "Qantas Airways has placed a firm order ..., chairman Jim Leslie said", "Pemex
    signed for a loan ..., Pemex Japan representative Tito Ayal said": the company
    acts; its officer's name adds nothing a reader knows. A country's official is
    no company's ("Russian President ...").
    """
    if not claim.source:
        return False
    if (officer := OFFICER_OF_RE.match(claim.source)) is not None:
        owner = officer["owner"]  # "Kenneth Whipple, chairman of Ford Europe,"
        return not find_country(owner) and owner in claim.text[:OWNER_REACH]
    if (agent := AGENT_RE.match(claim.source)) is not None:
        owner = agent["owner"]  # "Pemex Japan representative Tito Ayal"
        return not find_country(owner) and owner in claim.text[:OWNER_REACH]
    if not OWN_ROLE_RE.match(claim.source):
        return False
    name = LEADING_NAME_RE.match(claim.text)
    return name is not None and company_credit(name[0].strip()) is not None


def _nameless_claims(claim: Claim) -> str | None:
    """Return the company whose claim names no one, else None.

    "Acme Inc said an initial public offering of 1.2 mln units is under way":
    without "Acme says", whose offering it is goes unsaid. Only the subject
    counts: underwriters named after the verb do not say whose it is.
    """
    source = claim.source or ""
    if source[:1].islower() or company_credit(source) is None:
        return None  # a person, a ministry: credited their own way
    words, verb = tag_clause(claim.text)
    if verb is None or any(w.text[:1].isupper() for w in words[1:verb]):
        return None  # the claim names its own subject
    return clean_name(source)
