"""What an editor leaves out when room is short: invented stories, hand-written heads.

A figure's qualifiers and the period before it, a tail that only says when or on
what terms, what an object is for, a maturity: the story tells them.
"""

import pytest
from pelican.plugins.wiredesk.extract.circumstance import says_when_only
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.tagging import tag_clause

# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # the statistician's qualifiers go, the figure stays
    (
        "Chile's broadly defined, seasonally adjusted M-3 money supply grew an "
        "estimated 2.9 pct in March, the central bank said.",
        "Chile's M-3 money supply grows 2.9 pct in March",
    ),
    # the period before is the story's comparison
    (
        "Chile's index of leading indicators fell 0.8 pct in May after a revised "
        "1.9 pct April gain, the ministry said.",
        "Chile's index of leading indicators falls 0.8 pct in May",
    ),
    # when the oil ships is no part of the headline
    (
        "Egypt will hold an import tender on Monday for 50,000 tonnes of refined "
        "bleached deodorised soybean oil for second half April shipment, traders said.",
        "Egypt to hold import tender for 50,000 tonnes of refined bleached deodorised "
        "soybean oil",
    ),
    # the price of a bond issue is its terms; a lead manager is a bank, no person
    (
        "Norsk Kraft Finance is issuing a 150 mln Swiss franc, 10-year bond with a "
        "5-1/4 pct coupon priced at 100-3/4 pct, lead manager Credit Suisse said.",
        "Norsk Kraft Finance issues 150 mln Swiss franc, 10-year bond with 5-1/4 pct "
        "coupon",
    ),
    # what a committee is for may go when room is short
    (
        "Harlan Tobacco Co said it has formed an executive management committee to "
        "oversee the company's worldwide tobacco operations and its export business "
        "in Asia.",
        "Harlan Tobacco forms executive management committee",
    ),
    # a maturity and a yield go; the underwriter is a firm
    (
        "Tromso Capital Inc raised 150 mln dlrs through an offering of sinking fund "
        "debentures due 2016 yielding 9.12 pct, underwriter Salomon Brothers said.",
        "Tromso Capital raises 150 mln dlrs through offering of sinking fund "
        "debentures",
    ),
    # shares of its common stock are shares
    (
        "Halden Mills Inc said its board authorized the repurchase of up to two mln "
        "shares of the company's common stock in the open market from time to time.",
        "Halden Mills authorizes repurchase of up to two mln shares in open market",
    ),
    # "to change its policies": a verb, so the meeting may go
    (
        "The Norges Bank is unlikely to change its credit policies at its board "
        "meeting on Thursday despite the krone's recent weakness, dealers said.",
        "Norges Bank unlikely to change credit policies at board meeting",
    ),
    # a place name inside a noun phrase goes whole or not at all
    (
        "Lindqvist Industries Inc said it signed a letter of intent with Harbor Foods "
        "Corp for the sale of its Duluth, Minnesota, frozen vegetables business.",
        "Lindqvist Industries signs letter of intent with Harbor Foods",
    ),
    # what is said keeps its verb: never "says Lund and Holm of Northgate Realty"
    (
        "Kestrel Securities Corp said Anders Lund and Maria Holm of Northgate Realty "
        "have purchased 212,400 shares of its common stock, or 6.1 pct of those "
        "outstanding.",
        "Kestrel Securities says Anders Lund and Maria Holm of Northgate Realty "
        "purchase 212,400 shares",
    ),
    # the owner the next name repeats goes: never "Harlow's Harlow Chemical's"
    (
        "Harlow Corp's Harlow Chemical Co's subsidiary, the largest maker of plastic "
        "film in Europe, said it will enter the medical packaging market.",
        "Harlow Chemical unit to enter medical packaging market",
    ),
    # a lede that lost its "it": the company itself begins, no "says to begin"
    (
        "Northway Airlines Inc said will begin to serve four new cities in Canada "
        "this year, starting May 2 with new flights to Calgary from Toronto.",
        "Northway Airlines to begin to serve four new cities in Canada, starting May",
    ),
    # "in year" asks which one: the figure ends the headline
    (
        "Kobe Electric Power Co expects its profits to fall to 95 billion yen in the "
        "year ending March 31, 1988 from a projected 104 billion this year, the "
        "company said.",
        "Kobe Electric Power expects profits to fall to 95 billion yen",
    ),
    # a verb's particle ends the clause: never "efforts ... fall"
    (
        "Harbor Cable Inc said talks on the sale of its Oregon systems to Delta "
        "Media have fallen through.",
        "Harbor Cable says talks on sale of its Oregon systems to Delta Media fall "
        "through",
    ),
    # a named speaker with a role after the comma is credited; "last year" is past;
    # "per cent" is "%" against its figure
    (
        "Lindholm Steel's output rose 12 per cent last year to 2.1 mln tonnes, Erik "
        "Sandvik, president of the Nordic Steel Association, said.",
        "Lindholm Steel's output rose 12% last year to 2.1 mln tonnes — Sandvik",
    ),
    # when a redemption falls is the story's; the owner the next name repeats goes
    (
        "Harlow Motor Co said its Harlow Credit Co on April One will redeem 6.0 mln "
        "dlrs of its 9.25 pct debentures due April 1, 2001.",
        "Harlow Motor's Harlow Credit to redeem 6.0 mln dlrs of its 9.25 pct "
        "debentures",
    ),
    # shares of stock are shares
    (
        "Tessel Networks Inc said it was offering 310,500 shares of stock at 12.25 "
        "dlrs a share through underwriters Dain Bosworth Inc.",
        "Tessel Networks offers 310,500 shares at 12.25 dlrs a share",
    ),
    # a company's sales are its own: no "says"; the quarter's end date goes
    (
        "Brennan Tools Inc said sales for the third quarter ended February 28 were up "
        "11.2 pct to 46.3 mln dlrs.",
        "Brennan Tools' sales for 3rd qtr up 11.2 pct to 46.3 mln dlrs",
    ),
    # what a side says of its own forces stays its claim
    (
        "Armenia said its forces had repelled an overnight attack on border posts "
        "near Ijevan in a two-hour battle.",
        "Armenia says its forces repelled overnight attack on border posts near Ijevan",
    ),
    # the acronym says federal
    (
        "The federal Securities and Exchange Commission (SEC) is looking into trading "
        "in Harbor Foods shares before the bid was announced, lawyers said.",
        "SEC looks into trading in Harbor Foods shares",
    ),
    # the company acts: its chairman needs no credit; a cost "each" is never cut
    # from its "each"
    (
        "Tasman Airways Ltd has placed a firm order with Airbus for six A320 aircraft "
        "at a cost of 40 mln dlrs each, chairman John Reid said.",
        "Tasman Airways places firm order with Airbus for six A320 aircraft",
    ),
    # a government's own act is no claim
    (
        "Malaysia said it will raise the export duty on processed palm oil to 70 "
        "ringgit per tonne from April 1.",
        "Malaysia to raise export duty on processed palm oil to 70 ringgit per tonne "
        "from April 1",
    ),
    # what a jury finds needs no "that", and is never told as fact without the jury
    (
        "Harlan Pharmaceuticals Inc said a jury found that Velorin did not cause the "
        "birth defects of a six-year-old girl whose mother took the drug during "
        "pregnancy.",
        "Jury finds Velorin did not cause birth defects of six-year-old girl whose "
        "mother took drug",
    ),
    # an owner's members strike both staffs: the coordination stays whole, and
    # neither company keeps its suffix
    (
        "The Writers Guild of Canada said its members have struck the news staffs of "
        "Global Inc and Rogers Media Inc this morning after talks broke down.",
        "Writers Guild of Canada's members strike news staffs of Global and Rogers "
        "Media",
    ),
    # an aside led by a participle goes whole; a split prefix joins its word
    (
        'Chile\'s "Austral" anti- inflation plan, initially hailed at home and abroad '
        "as the saviour of the economy, is limping towards its first anniversary amid "
        "soaring prices.",
        "Austral anti-inflation plan limps towards its first anniversary amid soaring "
        "prices",
    ),
    # whose shares a tender offer is for
    (
        "Harwich Holdings Co Ltd said it was making a tender offer for up to 12 mln "
        "ordinary shares in Northern Continental Water Association.",
        "Harwich Holdings makes tender offer for up to 12 mln ordinary shares in "
        "Northern Continental Water Association",
    ),
    # "in week" asks which one
    (
        "Six major Chicago banks had 38 mln dlrs in average borrowings from the "
        "Federal Reserve in the week ended March 4, a Fed spokesman said.",
        "Six major Chicago banks have 38 mln dlrs in average borrowings from Fed",
    ),
    # a number is no surname: "Bank One" is a bank, never Mr One; the place after
    # its comma is in the name
    (
        "Banc Two Corp said the Second National Bank of Alma has become Bank Two, "
        "Alma, bringing the number of its affiliates to four in Michigan.",
        "Banc Two says Second National Bank of Alma becomes Bank Two, Alma",
    ),
    # a company's own representative needs no credit for what it did
    (
        "Brazilian state mining firm Vale do Sul signed for a 200 mln dlr loan from "
        "a group of Japanese banks, Vale Tokyo representative Paulo Lima said.",
        "Brazilian state mining firm Vale do Sul signs for 200 mln dlr loan",
    ),
    # one plural title names both senators
    (
        "Sens. John Harlan and Mary Becker introduced export licensing reform "
        "legislation on Tuesday.",
        "Harlan, Becker introduce export licensing reform legislation",
    ),
    # the price of an issue at par, and the figure the last one came after, go
    (
        "Nordic Oil Co will issue at par 120 mln Swiss francs of non-callable 8-year "
        "notes, lead manager Credit Suisse said.",
        "Nordic Oil to issue 120 mln Swiss francs of non-callable 8-year notes",
    ),
    (
        "Danish capital exports rose to 3.12 billion crowns in January after 2.41 "
        "billion in December, the central bank said.",
        "Danish capital exports rise to 3.12 billion crowns in January",
    ),
    # what a country says it has is its claim; "in area" asks which one
    (
        "Turkey said it had the right to decide where and how to do research or "
        "drilling work in the area.",
        "Turkey says it has right to decide where and how to do research or drilling "
        "work",
    ),
    # a guess says whose it is, a tail of it makes way for the credit
    (
        "Prime Minister Erik Lindqvist is likely to leave office this autumn amid "
        "opposition to his controversial pension-reform package, political analysts "
        "said.",
        "Lindqvist likely to leave office this autumn amid opposition — analysts",
    ),
    # a body's finding says whose it is, by the acronym the lede gives
    (
        "The Federal Aviation Bureau (FAB) has concluded that a ban on mobile phones "
        "on all domestic flights is not justified at this time.",
        "FAB says ban on mobile phones on all domestic flights not justified at this "
        "time",
    ),
    (
        "Gulf bond markets have grown reasonably well during the past decade, but "
        "stock markets lag behind, Gulf Investment Bank BSC (GIB) said.",
        "Gulf bond markets have grown reasonably well during past decade — GIB",
    ),
    # what a study group reads as a sign is its reading
    (
        "Norway's decision to join the talks was a sign of new confidence in Oslo, a "
        "public policy study group said.",
        "Norway's decision to join talks is sign of new confidence in Oslo — study "
        "group",
    ),
    # "Co-operation" is no company's "Co"; "ministers" is no verb: "ended" is
    (
        "Deputy oil ministers of the six-nation Gulf Co-operation Council ended a "
        "meeting in Bahrain on Sunday.",
        "Deputy oil ministers of six-nation Gulf Co-operation Council end meeting in "
        "Bahrain",
    ),
    (
        "International Cocoa Organization council talks on reintroducing buffer stock "
        "rules continued with an extended session, delegates said.",
        "International Cocoa Organization council talks continue with extended session",
    ),
    # a body readers know by its acronym goes by it
    (
        "The Federal Food and Drug Administration approved for U.S. marketing a drug "
        "that reduces nausea in chemotherapy patients.",
        "FDA approves for U.S. marketing drug that reduces nausea in chemotherapy "
        "patients",
    ),
    # what a named firm is goes when the headline runs long
    (
        "Ohio-based overnight courier Lakeshore Express Inc said it agreed to be "
        "acquired by a management group for about 185 mln dlrs in cash.",
        "Lakeshore Express agrees to be acquired by management group",
    ),
    (
        "Venezuelan state oil firm Petroleos Orinoco SA signed for a 300 mln dlr "
        "untied loan from a group of Japanese banks, finance director Luis Ayala said.",
        "Petroleos Orinoco signs for 300 mln dlr untied loan — Ayala",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_headline(lede: str, expected: str) -> None:
    assert make_headline(lede, lang="en") == expected


# What a noun is for stays when the noun asks for it.
KEPT = [
    (
        "Brenner Tool Corp said it signed a letter of intent to acquire Lakeside "
        "Precision Inc.",
        "to buy Lakeside Precision",
    ),
    # what a mandate is for stays with it
    (
        "Halvorsen Capital Markets said it has received a mandate from Delta Trust to "
        "arrange a letter of credit facility.",
        "from Delta Trust to arrange letter of credit facility",
    ),
    (
        "Midland Grain Corp is not under pressure to sell its barge unit quickly, "
        "grain analysts said.",
        "to sell",
    ),
    # when a meeting is, is its news
    (
        "Delegates of seven Arab states will meet on March 11 to discuss the regional "
        "water crisis, a spokesman said.",
        "to meet on March 11",
    ),
    # a bond's maturity stays when there is room: a date's year is no loose tail
    (
        "Baltic Shipping Finance NV is issuing a 75 mln dlr eurobond due June 1, "
        "1994, lead manager Nordbank said.",
        "due June 1, 1994",
    ),
    # "due" before the clause's verb is no maturity that may go
    (
        "Asgard Steel Corp said the offering of 40 mln dlrs of sinking fund "
        "debentures due 2012 was priced to yield 9.35 pct.",
        "priced to yield 9.35 pct",
    ),
]


def test_a_ministry_the_lede_leaves_unowned_is_the_countrys() -> None:
    title = make_headline(
        "The trade department announced a new 800 mln dlr, three-part bond issue, to "
        "be dated April 2.",
        lang="en",
        country="Canada",
    )
    assert (
        title
        == "Canada's trade department announces new 800 mln dlr, three-part bond issue"
    )


@pytest.mark.parametrize(("lede", "kept"), KEPT)
def test_headline_keeps(lede: str, kept: str) -> None:
    assert kept in make_headline(lede, lang="en")


@pytest.mark.parametrize(
    ("tail", "when"),
    [
        (" for March/April shipment", True),
        (" this year", True),
        (" in February 16 week", True),
        (" priced at 100-1/4 pct", True),
        (" carrying 7-1/4 pct coupon", True),
        (" for sale of its business", False),
        (" in Lebanon", False),
        (" for 100,000 dlrs cash", False),
        ("", False),
    ],
)
def test_says_when_only(tail: str, when: bool) -> None:
    assert says_when_only(tail) is when


def test_a_noun_after_to_before_its_object_is_a_verb() -> None:
    words, _ = tag_clause("Bank unlikely to change its rates")
    assert words[3].tag == "VB"
