"""Headlines in the right tense and number: invented stories, the editor's headline."""

import pytest
from pelican.plugins.wiredesk.extract.agreement import drop_own, own_pronoun
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.presenttense import present_main

# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # a figure that moved: the news in the present, with the figure
    (
        "Retail deposits at Nordic savings banks fell to 12.4 billion crowns in "
        "March, the banking association said.",
        "Retail deposits at Nordic savings banks fall to 12.4 billion crowns in March",
    ),
    (
        "Finland's broadly defined M2 money supply rose 1.8 pct in February, the "
        "central bank said.",
        "Finland's M2 money supply rises 1.8 pct in February",
    ),
    # what a country had: it has it
    (
        "Portugal had 1986 trade surplus of 2.3 billion escudos, the statistics "
        "office said.",
        "Portugal has 1986 trade surplus of 2.3 billion escudos",
    ),
    # an end under way is one to come
    (
        "The lease on the harbour terminal at Kotka is ending, and the port will "
        "not renew it before the summer, Finnish Transport Minister Aino Kallas said.",
        "Lease on harbour terminal at Kotka to end — Kallas",
    ),
    (
        "Bolt Shipping Corp is closing its office in Lagos, the company said.",
        "Bolt Shipping to close office in Lagos",
    ),
    # a short "but not" qualifier carries the news: it stays
    (
        "Norway has icebreakers for the Arctic route, but not many yet, Norwegian "
        "Defence Minister Per Lunde told reporters.",
        "Norway has icebreakers for Arctic route, but not many yet — Lunde",
    ),
    # an event the lede dates "back in" a year happened then: the past stays
    (
        "Harmon Systems Inc said it agreed back in 2015 to sell its Ohio plant to "
        "Bolt Corp for 12 mln dlrs, and the sale has still not closed.",
        "Harmon Systems agreed in 2015 to sell Ohio plant to Bolt for 12 mln dlrs",
    ),
    # "last Friday" goes like "on Friday"; a plural subject keeps a plural verb,
    # and "12,400" is a number, not an age between commas
    (
        "Dutch traders last Friday requested licences to export 8,500 tonnes of "
        "malting barley, 12,400 tonnes of feed wheat and 3,000 tonnes of oats to "
        "non-EC countries, trade sources said.",
        "Dutch traders request licences to export 8,500 tonnes of malting barley",
    ),
    # a group is one: its stake (kept: no name opens the headline)
    (
        "A group of Boston investment firms said they lowered their stake in Harmon "
        "Systems Inc to 4.1 pct from 6.2 pct.",
        "Group of Boston investment firms lowers its stake in Harmon Systems "
        "to 4.1 pct",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_headline(lede: str, expected: str) -> None:
    assert make_headline(lede) == expected


# (headline with its main verb in the past, the headline an editor runs)
PRESENT = [
    # a past verb before a participle and its noun: "reflected reduced costs"
    (
        "Harbor Metals' return to profit reflected reduced costs, improved prices",
        "Harbor Metals' return to profit reflects reduced costs, improved prices",
    ),
    ("Sight deposits at central bank rose", "Sight deposits at central bank rise"),
    (
        "Output of steel declined by 2 pct in May",
        "Output of steel declines by 2 pct in May",
    ),
    # reported speech keeps its tense: the saying is the main verb
    ("Acme says sales were up 5 pct", "Acme says sales were up 5 pct"),
    ("Acme says sales fell 5 pct", "Acme says sales fell 5 pct"),
    # a past participle as an adjective is no verb
    ("Acme buys fallen rival", "Acme buys fallen rival"),
    # an adverb before the verb, an aside before it: the verb is still the main one
    (
        "Dunmore privately placed 25 mln dlrs of notes",
        "Dunmore privately places 25 mln dlrs of notes",
    ),
    (
        "Narrow measure of money supply, M1, rose seasonally adjusted 2.1 pct",
        "Narrow measure of money supply, M1, rises seasonally adjusted 2.1 pct",
    ),
    # a participle qualifying the subject is not its verb
    (
        "Number of shares traded on LSE reached record 9,120 mln in June",
        "Number of shares traded on LSE reaches record 9,120 mln in June",
    ),
    ("Acme listed on Nasdaq in 1985", "Acme listed on Nasdaq in 1985"),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_present_main(text: str, expected: str) -> None:
    assert present_main(text) == expected


# (headline, the headline with the subject's own things)
OWN = [
    ("Board of Acme raises their dividend", "Board of Acme raises its dividend"),
    # plural subjects keep "their"
    (
        "Pension funds raise their stake in Acme",
        "Pension funds raise their stake in Acme",
    ),
    # "their" of the object, not the subject
    (
        "Acme urges holders to tender their shares",
        "Acme urges holders to tender their shares",
    ),
    ("They cut their forecast", "They cut their forecast"),
]


@pytest.mark.parametrize(("text", "expected"), OWN)
def test_own_pronoun(text: str, expected: str) -> None:
    assert own_pronoun(text) == expected


# (headline, with the subject's "its" after a verb or "to", "at" ... left out)
DROPPED = [
    ("Acme raises its quarterly dividend", "Acme raises quarterly dividend"),
    ("Acme adds printer to its product line", "Acme adds printer to product line"),
    (
        "Acme completes its planned merger with Bolt",
        "Acme completes planned merger with Bolt",
    ),
    # after "of" it stays: not "100,000 of shares"
    ("Acme to buy 100,000 of its shares", "Acme to buy 100,000 of its shares"),
    (
        "Norway has right to set its own limits",
        "Norway has right to set its own limits",
    ),
    # a reported clause speaks of another's things
    (
        "Acme says court ruled Bolt infringed its patent",
        "Acme says court ruled Bolt infringed its patent",
    ),
    # no name opens it: whose role is not the subject's
    (
        "invitation to Chile to join pact highlights its role",
        "invitation to Chile to join pact highlights its role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED)
def test_drop_own(text: str, expected: str) -> None:
    assert drop_own(text) == expected
