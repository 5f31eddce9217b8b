"""A headline keeps its clause whole, or says what dropping part of it changes.

Invented stories, with the headline a copy editor would run.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline

LEDES = [
    # a condition that has to go leaves a possibility, not a certainty
    (
        "Trade minister Ana Ruiz today said that if the Andean Pact's council of "
        "ministers approves a levy on imported palm oil and soybean oil, another major "
        "regional trade dispute will erupt over farm goods.",
        "Ruiz says another major regional trade dispute could erupt over farm goods",
    ),
    (
        "The Nordic ferry union said its members will strike on the Baltic routes next "
        "week unless the operators and the port authorities in Helsinki and Stockholm "
        "agree to restore the cuts in night shift pay.",
        "Nordic ferry union's members could strike on Baltic routes next week",
    ),
    # "even if" concedes: what the panel will do stands, the concession goes whole
    (
        "The committee chairman said the panel will consider a fishing quota package "
        "by June even if the ministry and the fishing fleet do not ask for help "
        "before then.",
        "Panel to consider fishing quota package by June",
    ),
    # "police" are many
    (
        "Chilean police said they charged a former clerk of Banco Austral with taking "
        "9,400 dlrs in June in an alleged currency fraud.",
        "Chilean police charge former clerk of Banco Austral with taking 9,400 dlrs "
        "in June",
    ),
    # "copper producing countries" is one noun: no cut inside it
    (
        "Mexican copper sales should have little effect on an accord reached last week "
        "by copper producing countries to limit exports to 80,000 tonnes in the year "
        "that started in April, an official said.",
        "Mexican copper sales should have little effect on accord reached last week",
    ),
    # "package signed last March" qualifies the package: "agree" is the verb;
    # changes to what: the package, its amount dropped to fit
    (
        "Peru and its bank steering committee have agreed in principle on changes to "
        "the terms of a 14 billion dlr debt-rescheduling package signed last March, "
        "bankers said.",
        "Peru and its bank steering committee agree in principle on changes to terms "
        "of debt-rescheduling package",
    ),
    # where a deal holds stays when it fits: without it, it reads as the world's
    (
        "Lindqvist Toys Inc said it agreed to become the exclusive distributor of "
        "Osaka-based Hoshi Co Ltd board games in Norway and Denmark and also agreed "
        "to buy the business of Hoshi Nordic.",
        "Lindqvist Toys agrees to become exclusive distributor of Osaka-based Hoshi "
        "board games in Norway and Denmark",
    ),
    # what a verb pits them against stays when it fits
    (
        "A bidding war for Harrow Entertainment Inc, one of the largest U.S. cinema "
        "chains, pitted a management group and other investors against Lakeside "
        "Theatres Inc, a closely held theater operator.",
        "Bidding war for Harrow Entertainment pitted management group and other "
        "investors against Lakeside Theatres",
    ),
    # "prevent a deal from turning sour": cut before "from", it says the reverse
    (
        "Nordic fisheries ministers were fighting hard early today to prevent a deal "
        "on cutting herring catches from turning sour before trying to agree quotas "
        "in other sectors.",
        "Nordic fisheries ministers fight hard to prevent deal on cutting herring "
        "catches from turning sour",
    ),
    # a cut that has to end on "all common shares" goes on to whose they are
    (
        "Harlow Mining Inc said it plans to accept for payment after the close of "
        "business today all the common shares of Kestrel Resources Inc that were "
        "tendered under its 14.50 dlr per share tender offer.",
        "Harlow Mining to accept for payment after close of business all common shares "
        "of Kestrel Resources",
    ),
    # what the shares were: "pursuant to" the offer may go
    (
        "Alder Mining Inc said 9.6 mln of the outstanding 10 mln shares in Kestrel "
        "Resources Inc were tendered pursuant to its 14.50 dlr a share offer that "
        "closed at midnight EST March 2.",
        "Alder Mining says 9.6 mln of outstanding 10 mln shares in Kestrel Resources "
        "tendered",
    ),
    # what a study could show is no fact: the hedge stays, the subject makes room
    (
        "A report on farm subsidies due out next month from the National Audit "
        "Office could show that subsidies cost taxpayers 20 pct more than direct "
        "payments, officials said.",
        "Report on farm subsidies could show subsidies cost taxpayers 20 pct more "
        "than direct payments",
    ),
    (
        "A review of port charges due out shortly from the Transport Ministry may "
        "show that tariffs cut shipping volumes by about a tenth, industry sources "
        "said.",
        "Review of port charges due out shortly from Transport Ministry may show "
        "tariffs cut shipping volumes",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_clause_whole_or_hedged(lede, expected):
    assert make_headline(lede) == expected
