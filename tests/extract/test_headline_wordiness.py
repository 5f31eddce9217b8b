"""Words an editor strikes from a company lede: invented stories, hand-written heads."""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.wordiness import strike_wordiness

# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # "due today": when goes, and "due" with it
    (
        "Talks due today between management and unions to try to end the strike at "
        "the Halden paper mill have been rescheduled for Thursday, a company "
        "spokesman said.",
        "Talks between management and unions to try to end strike at Halden paper "
        "mill rescheduled for Thursday",
    ),
    # what the agency placed on creditwatch, then where
    (
        "Standard and Poor's Corp said it placed on creditwatch with negative "
        "implications Halvorsen Shipping Corp's 85 mln dlrs of BB-minus "
        "subordinated debt.",
        "Standard and Poor's places Halvorsen Shipping's 85 mln dlrs of BB-minus "
        "subordinated debt on creditwatch",
    ),
    # a time zone in capitals; a suffix typed in lower case goes, "will" is "to"
    (
        "Talks on cocoa export quotas at the cocoa council's special session will "
        "resume at noon gmt today.",
        "Talks on cocoa export quotas at cocoa council's special session to resume at "
        "noon GMT",
    ),
    (
        "State-owned (Kestrel Power co) will boost its domestic borrowings.",
        "State-owned Kestrel Power to boost domestic borrowings",
    ),
    (
        "Singapore's broadly defined M3 money supply rose 1.8 pct to 98.20 billion "
        "S. Dlrs in January, the central bank said.",
        "Singapore's M3 money supply rises 1.8 pct to 98.20 billion S. dlrs in January",
    ),
    # the company acts through its board: the company is the subject
    (
        "Harmon Systems Inc said its board declared an initial quarterly dividend "
        "of eight cts per share, payable May 4.",
        "Harmon Systems declares initial quarterly dividend of eight cts",
    ),
    (
        "Delta Ledger Corp's board of directors has approved a two-for-one stock "
        "split, subject to approval by shareholders at the annual meeting.",
        "Delta Ledger approves two-for-one stock split",
    ),
    # a dividend is per share; the record date is for the story
    (
        "Northgate Income Fund raised its monthly dividend to 7.2 cts a share from "
        "6.9 cts to holders of record April 10.",
        "Northgate Income Fund raises monthly dividend to 7.2 cts from 6.9 cts",
    ),
    # the dollar amount is the news; the same in cents a share is for the story
    (
        "Harmon Systems Inc said it will report a gain of 2,450,000 dlrs or 61 cts "
        "per share primary and 48 cts fully diluted from the sale of its plant.",
        "Harmon Systems to report gain of 2,450,000 dlrs from sale of its plant",
    ),
    # "the offer made to": an offer to
    (
        "The offer made to Norway to join the fishing pact as an observer shows "
        "its standing in the Arctic, Icelandic Fisheries Minister Jon Gunnarsson said.",
        "Offer to Norway to join fishing pact as observer shows its standing in "
        "Arctic — Gunnarsson",
    ),
    # a long claim keeps its credit when claim and credit fit in 110 characters
    (
        "The decision by the council to open the northern border crossing to trucks "
        "strengthens trade ties with Finland, Norwegian Trade Minister Per Lunde said.",
        "Decision by council to open northern border crossing to trucks strengthens "
        "trade ties with Finland — Lunde",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_headline(lede: str, expected: str) -> None:
    assert make_headline(lede, lang="en") == expected


# (text, what stays): only the shapes above go
STRUCK = [
    ("Acme's board declared a dividend", "Acme declared a dividend"),
    ("it said its board voted to sell", "it said it voted to sell"),
    # a board that is the news stays
    ("Acme's board members resigned", "Acme's board members resigned"),
    ("Acme named a new board chairman", "Acme named a new board chairman"),
    # "a share" of a price is not a dividend's
    ("Acme offers 12 dlrs a share for Bolt", "Acme offers 12 dlrs a share for Bolt"),
    ("dividend of 10 cts per share", "dividend of 10 cts"),
    # the wire's quarter, as its tables say it
    ("Acme's fourth quarter net rose", "Acme's 4th qtr net rose"),
    ("sales in the First Quarter fell", "sales in the 1st qtr fell"),
    ("a gain of 2.1 mln dlrs or nine cts a share", "a gain of 2.1 mln dlrs"),
    # cents a share alone are the figure: they stay
    ("a gain of nine cts a share", "a gain of nine cts a share"),
    # a list's lead-in points at the list; the list's subject says what it is
    (
        "The following proposed bond issues were filed with the SEC:",
        "proposed bond issues were filed with the SEC:",
    ),
    ("The following are the latest rates:", "The following are the latest rates:"),
    ("Acme sold the following units", "Acme sold the following units"),
    # how it was said is no news
    ("Acme approved the plan in a statement", "Acme approved the plan"),
    ("Acme said in a written statement it", "Acme said it"),
    # a date between commas, undisclosed terms, "previously announced"
    (
        "India will hold a buying tender, March 4, for two cargoes",
        "India will hold a buying tender for two cargoes",
    ),
    ("it said on March 4, 1987, that", "it said on March 4, 1987, that"),
    ("Bolt acquired Kerr Inc for undisclosed terms.", "Bolt acquired Kerr Inc."),
    ("sold it for an undisclosed sum, it said", "sold it, it said"),
    ("closed the previously announced sale", "closed the sale"),
    # what is placed on creditwatch or review comes first
    (
        "it placed on creditwatch with negative implications Bolt Inc's 90 mln "
        "dlrs of senior debt.",
        "it placed Bolt Inc's 90 mln dlrs of senior debt on creditwatch.",
    ),
    (
        "it placed on review for possible downgrade Bolt Inc's debt, citing losses",
        "it placed Bolt Inc's debt on review for possible downgrade, citing losses",
    ),
    (
        "the plan was placed on review by the board",
        "the plan was placed on review by the board",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRUCK)
def test_strike(text: str, expected: str) -> None:
    assert strike_wordiness(text) == expected
