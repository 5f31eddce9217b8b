"""A headline's last noun keeps what it is of, to or for when the lede says so.

Invented stories, with the headline a copy editor would run.
"""

import pytest
from pelican.plugins.wiredesk.extract.complement import complements
from pelican.plugins.wiredesk.extract.headline import make_headline

LEDES = [
    # "no contribution" to what: the growth it is about
    (
        "Domestic consumption is now expected to make no contribution to Norwegian "
        "economic growth in fiscal 1988/89, ending June 30, while net exports will "
        "account for all of the overall increase, Finance Minister Kari Lund said "
        "here.",
        "Domestic consumption now expected to make no contribution to Norwegian "
        "economic growth — Lund",
    ),
    # "all 415,000 dlrs" of what: the head noun, its long modifiers dropped
    (
        "Halvorsen Shipping Corp said its Nordlys Lines subsidiary will redeem on "
        "April 30 all 415,000 dlrs of its outstanding 9-3/4 pct convertible "
        "subordinated debentures due 2011 at 104.25 pct of par.",
        "Halvorsen Shipping's Nordlys Lines unit to redeem all 415,000 dlrs of "
        "its debentures",
    ),
    # talks with whom: both parties of the coordination, never one of them
    (
        "Tarragon Leisure Group Plc said its Sunwing Air subsidiary was in advanced "
        "talks with aircraft makers and leasing banks for the lease of eight Airbus "
        "Industrie planes and six engines.",
        "Tarragon Leisure Group's Sunwing Air unit in advanced talks with "
        "aircraft makers and leasing banks",
    ),
    # an agreement with whom, a service to whom: the name, without its suffix
    (
        "Morrow Software Inc said it signed a 640,000 dlr agreement with Baltic Data "
        "Systems Inc to develop and supply cash register software for its stores.",
        "Morrow Software signs 640,000 dlr agreement with Baltic Data Systems",
    ),
    (
        "Harbor Telecom Corp said it has received a contract to provide "
        "telecommunications services to Morrow Grocery Co Inc to accommodate much of "
        "Morrow's nationwide voice and data transfer needs, via a private satellite "
        "network.",
        "Harbor Telecom receives contract to provide telecommunications services to "
        "Morrow Grocery",
    ),
    # where: the whole "at" phrase the news turns on
    (
        "Harbor Tractor Corp said it will take steps to build a proposed new compact "
        "tractor at an unspecified alternative location after talks with the "
        "machinists union broke down over the weekend.",
        "Harbor Tractor aims to build proposed new compact tractor at alternative "
        "location",
    ),
    # ... never "at end" without what it is the end of
    (
        "Refined zinc stocks fell to 12,400 tonnes at the end of January from 15,100 "
        "tonnes at the end of December, the institute said.",
        "Refined zinc stocks fall to 12,400 tonnes at end of January from 15,100 "
        "tonnes",
    ),
    # placed on review: the debt it is about, whole, before where it is placed
    (
        "Moody's Investors Service Inc said it placed on review with negative "
        "implications Dunmore Motors Inc's 220 mln dlrs of senior debt.",
        "Moody's places Dunmore Motors' 220 mln dlrs of senior debt on review",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), LEDES)
def test_a_headline_says_what_its_last_noun_is_of(lede, headline):
    assert make_headline(lede) == headline


# (clause, text): nothing the clause can go on with
NO_COMPLEMENT = [
    # "to" opening a verb, not a noun phrase
    (
        "Party gives full power to government",
        "Party gives full power to government to decree trade sanctions",
    ),
    # when, not what
    ("Acme to redeem debentures", "Acme to redeem debentures on March 31"),
    # "options to buy": what options is the verb's to say, and it is cut
    (
        "Skyways signs firm orders for six jets",
        "Skyways signs firm orders for six jets with options to buy six more",
    ),
    # the last word is a name, not a noun with a complement
    (
        "Bank appoints Joseph Biafora",
        "Bank appoints Joseph Biafora to post of chairman",
    ),
]


@pytest.mark.parametrize(("clause", "text"), NO_COMPLEMENT)
def test_no_complement_where_the_lede_has_none_to_give(clause, text):
    assert complements(clause, text) == []


def test_a_power_goes_on_to_what_it_is_to_do_and_to_what():
    clause = "Party gives full power"
    text = "Party gives full power to decree trade sanctions against Ruritania"
    assert complements(clause, text)[0] == (
        "Party gives full power to decree trade sanctions"
    )


def test_a_quantity_is_never_shortened_away():
    # "Board lifts quota to tonnes" would say nothing: the figure stays or all goes
    text = "Board lifts export quota to 6.5 mln tonnes from 6.1 mln"
    forms = complements("Board lifts export quota", text)
    assert forms == ["Board lifts export quota to 6.5 mln tonnes"]
