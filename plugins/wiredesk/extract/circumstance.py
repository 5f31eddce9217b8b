"""What a tail says of when and on what terms: the story's to tell, not the headline's.

"Pakistan to hold import tender for palm oil" needs no "for March shipments";
"bond with 4-3/4 pct coupon" no "priced at 100-1/4 pct"; "plans tariff cuts"
no "this year". A headline short of room leaves such a tail out.
"""

from __future__ import annotations

from .clausewords import TIME_NOUNS
from .months import MONTH_NAMES, WEEKDAYS
from .names import split_words

# Participles that open the terms of an issue or a period: "carrying 7-1/4 pct
# coupon", "priced at 100-1/4", "yielding 8.65 pct", "beginning April 1".
TERMS_OPENERS: frozenset[str] = frozenset(
    split_words("carrying priced yielding paying maturing beginning ending starting")
)
# Words that name a time: a tail of nothing else says when.
TIMES: frozenset[str] = frozenset(
    {
        *(m.casefold() for m in MONTH_NAMES),
        *WEEKDAYS,
        *TIME_NOUNS,
        *split_words(
            "shipment shipments delivery deliveries loading half qtr session summer "
            "spring autumn fall winter"
        ),
    }
)
# Words that go with a time: "for second half March shipment", "this year".
TIME_COMPANIONS: frozenset[str] = frozenset(
    split_words(
        "this next last current coming early late mid first second third fourth "
        "1st 2nd 3rd 4th its the and or weekly daily monthly"
    )
)
OPENERS: frozenset[str] = frozenset(split_words("for in during at on from until"))


def says_when_only(tail: str) -> bool:
    """Return whether tail only says when, or on what terms an issue is made.

    "for March/April shipment", "this year", "in February 16 week", "priced at
    100-1/4 pct"; not "for sale of its business", nor "in Lebanon".
    """
    words = [w.strip(",").casefold() for w in tail.replace("/", " ").split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in TERMS_OPENERS:
        return True
    if words[0] in OPENERS:
        words = words[1:]
    return any(w in TIMES for w in words) and all(
        w in TIMES or w in TIME_COMPANIONS or w[:1].isdigit() for w in words
    )
