"""The other party to a deal: "Acme signs contract" says with whom.

A lede "Acme said it signed a contract under which Bolt Corp will supply ..."
loses its second clause in the headline, and "Acme signs contract" says nothing.
The first company named after the deal is the other party: "Acme signs contract
with Bolt".
"""

from __future__ import annotations

import re

from .clauses import unwrap_names
from .entities import RUN_RE
from .months import FULL_MONTHS, WEEKDAYS
from .names import split_words
from .suffixes import drop_company_suffixes

# A headline that ends on the deal itself.
DEAL_END_RE = re.compile(
    r"\b(?:signs|signed|enters into|entered into|has|reaches|reached|agrees to|"
    r"completes|makes|sets)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<deal>contract|agreement|pact|accord|deal|letter of intent|"
    r"memorandum of understanding|joint venture agreement)$"
)
# The last words of DEAL_END_RE's deals.
DEAL_ENDS = (
    "contract",
    "agreement",
    "pact",
    "accord",
    "deal",
    "intent",
    "understanding",
)
# Words before a name that make it a party: "under which Bolt will ...", "merge
# with Bolt", "financing from Bolt" (not "its Bolt unit", the subject's own).
PARTY_WORDS: frozenset[str] = frozenset(split_words("which with from by"))
# Capitalised words that open a run without being a name.
NOT_NAMES: frozenset[str] = frozenset(
    split_words(
        "the a an under it its they their this that these those in on at for "
        "with by from to as and or but if when while after before"
    )
)
MONTHS_AND_DAYS: frozenset[str] = frozenset(FULL_MONTHS["en"]) | frozenset(WEEKDAYS)


def _names_after(rest: str) -> list[tuple[int, str]]:
    """Return (start, name) of the capitalised runs of rest, opening words dropped."""
    found = []
    for match in RUN_RE.finditer(rest):
        words = match[0].split()
        start = match.start()
        while words and words[0].casefold() in NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
        if words and words[0].casefold() not in MONTHS_AND_DAYS:
            found.append((start, " ".join(words)))
    return found


def name_the_partner(headline: str, sentence: str, max_chars: int) -> str:
    """Return headline with "with <company>" after a deal the lede names a party to.

    Only when the headline ends on the deal ("signs definitive agreement"), the
    lede names a party after it ("under which Bolt will", "merge with Bolt"; not
    "its Bolt unit"), and the whole fits in max_chars.
    """
    if not headline.rstrip("\n").endswith(DEAL_ENDS):
        return headline
    ending = DEAL_END_RE.search(headline)
    if ending is None:
        return headline
    at = sentence.find(f" {ending['deal']} ")
    if at < 0:
        return headline
    rest = unwrap_names(sentence[at + len(ending["deal"]) + 2 :])
    subject = headline.split(maxsplit=1)[0]
    for start, name in _names_after(rest):
        before = rest[:start].split()[-1:]
        if not before or before[0].casefold() not in PARTY_WORDS:
            continue
        partner = drop_company_suffixes(name).rstrip(".,;:")
        partner = re.split(r"['’]s?\s+", partner)[-1]  # "Telesis's Pacific Bell unit"
        if subject in partner.split() or partner in headline:
            continue
        credited = f"{headline} with {partner}"
        return credited if len(credited) <= max_chars else headline
    return headline
