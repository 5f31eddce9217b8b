"""Words an editor strikes from a lede: "here", "this city", hedges, "back in"."""

from __future__ import annotations

import re
from typing import Any

# "here" means the dateline's place, which the page already shows: "meet here on".
HERE_RE = re.compile(r"(?<=\w)\s+here\b(?!\s+(?:is|are|was|were)\b)")
# "what many see as a new spirit" says no more than "a new spirit".
HEDGE_RE = re.compile(
    r"\bwhat\s+(?:many|some|most|analysts|experts|observers|critics|officials|"
    r"he|she|they|it|we)\s+(?:(?:have|has)\s+)?(?:see|sees|saw|seen|call|calls|"
    r"called|describe|describes|described|consider|considers|considered|regard|"
    r"regards|regarded|term|terms|termed)\s+(?:as\s+)?"
)
# "back in 2021", "as far back as 1990": the year alone says when.
BACK_RE = re.compile(r"\bback\s+(?=in\s+\d{4}\b)")
# "in this northeastern city": the dateline's place, seen from the wire's desk.
THIS_PLACE_RE = re.compile(
    r"\s+in\s+this\s+(?:[a-z-]+\s+){0,2}(?:city|capital|town|port|village|resort)\b"
)
# "in December last year": the month is enough.
MONTH_LAST_YEAR_RE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+last\s+year\b"
)

# "Acme Inc's board declared a dividend": the company acts, through its board.
BOARD_RE = re.compile(
    r"(?:(?<=[A-Za-z.])(?:'s|'|’s|’)|(?<=\bit)s)\s+board(?:\s+of\s+directors)?\s+(?:has\s+)?"
    r"(?=(?:declared|declares|authorized|authorizes|approved|approves|voted|votes|"
    r"adopted|adopts|set|sets|raised|raises)\s)"
)
# "a dividend of 10 cts per share": a dividend is paid per share.
PER_SHARE_RE = re.compile(
    r"\b(?P<amount>(?:dividend|distribution|payout)\s+(?:of|to)\s+[\w.,/-]+\s+"
    r"(?:cts|cents|dlrs?))\s+(?:per|a)\s+share\b"
)

# "a gain of 1.8 mln dlrs or 56 cts per share primary and 42 cts fully diluted":
# the amount is the news, the same in cents a share is for the story.
OR_PER_SHARE_RE = re.compile(
    r"(?<=dlrs)\s+or\s+[\w.,/-]+\s+(?:cts|dlrs?)\s+(?:per|a)\s+share(?:\s+primary)?"
    r"(?:\s+and\s+[\d.,/-]+\s+(?:cts|dlrs?)\s+(?:fully\s+)?diluted)?"
)
# "the invitation extended to Cuba": an invitation is to Cuba.
GIVEN_TO_RE = re.compile(
    r"\b(?P<thing>invitation|offer|aid|assistance|support|loan|proposal)\s+"
    r"(?:extended|made|sent|granted|given|provided|offered)\s+(?=to\s)"
)
# "The following proposed offerings were filed": a list's lead-in, "following" only
# points at the list below.
FOLLOWING_RE = re.compile(
    r"^(?:The|the)\s+following\s+(?=[a-z])(?!(?:is|are|was|were|has|have|had)\b)"
)
# "said in a statement", "approved the plan in a statement": how it was said.
STATEMENT_RE = re.compile(r",?\s+in\s+a\s+(?:written\s+|brief\s+)?statement\b")
# "buy from time to time": how often is for the story to tell.
TIME_TO_TIME_RE = re.compile(r",?\s+from\s+time\s+to\s+time\b,?")
# "fourth quarter": the wire's own "4th qtr", as its tables say.
QUARTER_RE = re.compile(r"\b(?P<nth>first|second|third|fourth)\s+quarter\b", re.I)
NTH = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th"}
# ", subject to approval by holders", ", payable April 2": for the story to tell.
SUBJECT_TO_RE = re.compile(
    r",\s+(?:subject\s+to\s+[^,.;]+|payable\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\w+)"
    r"|\s+to\s+(?:share|stock)?holders\s+of\s+record\s+(?:on\s+|as\s+of\s+)?"
    r"[A-Z][a-z]+\.?\s+\w+"
)

# "placed on creditwatch with negative implications Mack Trucks' debt": what is
# placed comes first in a headline, its implications are the story's to tell.
WATCH_RE = re.compile(
    r"\b(?P<verb>plac(?:ed|es|e)|puts?)\s+on\s+(?P<watch>(?i:credit\s?watch)|"
    r"review(?:\s+for\s+possible\s+(?:downgrade|upgrade))?)(?:\s+with\s+"
    r"(?:positive|negative|developing)\s+implications)?\s+(?P<what>[A-Z][^,.;]+)"
)

# "a buying tender, March 4, for sugar": the date between commas is the story's.
DATE_ASIDE_RE = re.compile(
    r",\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2},(?=\s+[a-z])"
)
# "for undisclosed terms", "previously announced": they say nothing.
SAYS_NOTHING_RE = re.compile(
    r"\s+for\s+(?:an?\s+)?undisclosed\s+(?:terms|sum|amount|price)\b"
    r"|\bpreviously[\s-]+announced\s+"
)

# "Total value of Indonesia's exports", "Representatives of nine African
# countries": the thing itself, as a headline names it.
STAND_IN_RE = re.compile(
    r"^(?:The\s+)?(?:[Tt]otal\s+)?value\s+of\s+(?=[A-Z][\w.]*['’]s\s)"
    r"|^(?:Representatives|Delegates|Delegations)\s+(?:of|from)\s+"
    r"(?=(?:\w+\s+){1,2}(?:countries|nations|states)\b)"
)
# "broadly defined, seasonally adjusted M-3", "grew an estimated 3.6 pct": the
# statistician's qualifiers are the story's; a headline gives the figure.
QUALIFIERS_RE = re.compile(
    r"(?<![\w-])(?:(?:seasonally\s+adjusted|(?:broadly|narrowly)\s+defined"
    r"|(?:an\s+)?estimated(?=\s+\d)|(?:preliminary|revised)(?=\s+\d))(?:\s*,|\s+and)?\s+)+"
)

# "fell 1.0 pct in January after a 2.3 pct December gain": the period before is
# the story's comparison, the headline gives this one.
AFTER_FIGURE_RE = re.compile(
    r",?\s+after\s+(?:(?:rising|falling|growing|gaining|declining|dropping|climbing|"
    r"increasing|decreasing|rises|falls|gains|increases|declines|of|a|an|revised)"
    r"\s+){0,3}\d[\d.,/-]*\s+(?:pct|%|mln|billion)[^,;]*"
)
# "to issue at par 154 mln", "bond with par price": the price of an issue at par is
# the story's.
AT_PAR_RE = re.compile(r",?\s+(?:at\s+par|with\s+(?:a\s+)?par\s+price)\b(?!\s+and\b)")
# "bond with a par price and a maximum 10-year maturity": "bond with a maximum ...".
PAR_AND_RE = re.compile(
    r"\bwith\s+(?:a\s+)?par\s+price\s+and\s+(?=(?:an?\s+)?[a-z0-9])"
)

# "175,900 shares of its common stock": shares are its stock.
SHARES_OF_STOCK_RE = re.compile(
    r"\bshares\s+of\s+(?:(?:its|the\s+company's|company's|their)\s+)?(?:common\s+)?"
    r"stock\b"
)
# "the second quarter ended January 31": the quarter is enough.
PERIOD_ENDED_RE = re.compile(
    r"\b(?P<period>quarter|qtr|year|half|months?|weeks?)\s+(?:end(?:ed|ing)|to\s+end)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s+\d{4})?(?P<comma>,(?=\s+to\s+[a-z]))?"
)
# "Sen. Elizabeth Warren, D-Mass., said": the party and state of American copy.
PARTY_STATE_RE = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]{1,12}\s*(?:,|(?=\s+[a-z]))")
# "anti- inflation plan": a prefix the wire split from its word.
SPLIT_PREFIX_RE = re.compile(
    r"\b(?P<prefix>anti|non|pre|post|co|ex|pro|semi|multi|inter|over|under)-\s+(?=[a-z])"
)
# "Ford Motor Credit on April One will redeem", "to redeem on March 31 all ...":
# the date between the verb and what it acts on is the story's.
DATE_BEFORE_ACT_RE = re.compile(
    r",?\s+on\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?:,\s+\d{4})?,?"
    r"(?=\s+(?:will|would|all)\b|\s+\d[\d,.]*\s+(?:mln|billion|dlrs?|pct|shares)\b)"
)


def _nth_quarter(match: re.Match[str]) -> str:
    return f"{NTH[match['nth'].casefold()]} qtr"


# (words one of which the text must hold, what goes, what it becomes), in order.
STRIKES: tuple[tuple[tuple[str, ...], re.Pattern[str], Any], ...] = (
    (("here",), HERE_RE, ""),
    (("what ",), HEDGE_RE, ""),
    (("back in",), BACK_RE, ""),
    (("last year",), MONTH_LAST_YEAR_RE, r"\g<month>"),
    (("subject to", "payable", "of record"), SUBJECT_TO_RE, ""),
    ((" board ",), BOARD_RE, " "),
    ((" or ",), OR_PER_SHARE_RE, ""),
    ((" to ",), GIVEN_TO_RE, r"\g<thing> "),
    (("time to time",), TIME_TO_TIME_RE, ""),
    (("statement",), STATEMENT_RE, ""),
    (("following",), FOLLOWING_RE, ""),
    (("uarter",), QUARTER_RE, _nth_quarter),  # "quarter", "Quarter"
    ((", "), DATE_ASIDE_RE, ""),
    (("undisclosed", "previously"), SAYS_NOTHING_RE, ""),
    (("adjusted", "defined", "estimated", "preliminary", "revised"), QUALIFIERS_RE, ""),
    ((" after ",), AFTER_FIGURE_RE, ""),
    (("stock",), SHARES_OF_STOCK_RE, "shares"),
    ((" par",), AT_PAR_RE, ""),
    ((" par price and",), PAR_AND_RE, "with "),
    ((" on ",), DATE_BEFORE_ACT_RE, ""),
    (("ended", "ending", "to end"), PERIOD_ENDED_RE, r"\g<period>"),
    (("- ",), SPLIT_PREFIX_RE, r"\g<prefix>-"),
    (("D-", "R-", "I-"), PARTY_STATE_RE, ""),
    (("value of", "Representatives", "Delegat"), STAND_IN_RE, ""),
    (("watch", "Watch", "review"), WATCH_RE, r"\g<verb> \g<what> on \g<watch>"),
    ((" share",), PER_SHARE_RE, r"\g<amount>"),
)


def strike_wordiness(text: str, place: str | None = None) -> str:
    """Drop "here", "what many see as", "back" of "back in 2021", "last year".

    A company's board acting is the company acting ("Acme's board declared" ->
    "Acme declared"), a dividend "of 10 cts per share" is one "of 10 cts", and
    ", subject to approval", ", payable April 2" and "to holders of record March
    20" go; so do the cents a share after a dollar amount ("1.8 mln dlrs or 56 cts
    per share") and the participle of "the invitation extended to Cuba"; a
    "fourth quarter" is the wire's "4th qtr"; a list's lead-in ("The following
    offerings were filed" -> "offerings were filed"), "from time to time" and "in a
    statement" go, as do a date between commas (", March 4,"), "for undisclosed
    terms" and "previously announced", and so do a figure's qualifiers ("seasonally
    adjusted", "broadly defined", "estimated") and the period before it ("after a
    2.3 pct December gain"); "shares of its common stock" are "shares"; so is a
    date between a verb and what it acts on ("to redeem on March 31 all") and the
    end of a quarter ("ended January 31") and "at par"; a split prefix joins its
    word again ("anti- inflation"); what is placed on creditwatch or review comes
    before it.

    "in this northeastern city" is the dateline's place: named when known.
    """
    if "in this " in text:
        text = THIS_PLACE_RE.sub(f" in {place}" if place else "", text)
    for hints, pattern, replacement in STRIKES:
        if any(hint in text for hint in hints):
            text = pattern.sub(replacement, text)
    return text
