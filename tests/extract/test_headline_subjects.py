"""Headlines that name their subject the way an editor would: invented stories."""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.phrases import is_complete
from pelican.plugins.wiredesk.extract.tagging import tag_clause

# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # an acronym between commas stands for the long name
    (
        "The Federation of Grain Exporters, FGE, will present a proposal for new "
        "export rules at next month's council meeting, delegates said.",
        "FGE to present proposal for new export rules at next month's council meeting",
    ),
    (
        "The Baltic Timber Association, BTA, said its members will cut log exports "
        "by a fifth this year.",
        "BTA's members to cut log exports by fifth this year",
    ),
    # a headline future's verb is the verb, so what its object needs stays
    (
        "Pacific grain producers will present a plan for lower tariffs and for a new "
        "quota system to the trade council in April, under a scheme agreed by the "
        "region's ministers last year.",
        "Pacific grain producers to present plan for lower tariffs and for new quota "
        "system",
    ),
    # a subject that lists nouns: the verb after the list, in the present
    (
        'Opposition lawmakers, unions and newspapers criticised Peru"s newly unveiled '
        "1988 budget and its large projected deficit.",
        "Opposition lawmakers, unions and newspapers criticise Peru's newly unveiled "
        "1988 budget",
    ),
    # a quotation mark typed for an apostrophe
    (
        'Union leaders criticised Chile"s new labour code on Monday.',
        "Union leaders criticise Chile's new labour code",
    ),
    # a visitor by surname; a state that is over, in the present
    (
        "Brazilian President Carlos Mendes told visiting German Chancellor Anna "
        "Keller Brazil's debt troubles were over.",
        "Mendes tells Keller Brazil's debt troubles are over",
    ),
    # a portfolio and a two-word nationality are titles too: the surname goes
    (
        "West German Economics Minister Martin Bangemann will visit Tokyo next month "
        "for trade talks, officials said.",
        "Bangemann to visit Tokyo next month for trade talks",
    ),
    (
        "Chilean Mining Minister Hector Salas will visit Lima next month for copper "
        "talks, officials said.",
        "Salas to visit Lima next month for copper talks",
    ),
    # "Fed chairman Pryor": the short name, the title, the surname
    (
        "The recent cabinet shake-up has increased the odds that Federal Reserve "
        "Board chairman Alan Pryor will serve another term, sources close to the "
        "central bank said.",
        "Recent cabinet shake-up increases odds that Fed chairman Pryor will serve "
        "another term",
    ),
    # after a number alone, an -ed word qualifies the noun: no verb
    (
        "Two affiliated investment firms said they raised their combined stake in "
        "Kestrel Corp to 653,600 shares, or 10.9 pct of the total outstanding, from "
        "585,600 shares, or 9.7 pct.",
        "Two affiliated investment firms raise combined stake in Kestrel to 653,600 "
        "shares",
    ),
    # "takes steps" says nothing without what they are for; the option, without
    # what it is to do
    (
        "Halden Energy Inc said a group of utilities, called the Norse group, has "
        "taken steps to exercise its option to acquire the Fjord Mining Co unit of "
        "Halden's North Sea Coal Co.",
        "Halden Energy says group of utilities moves to exercise its option to buy "
        "Fjord Mining unit",
    ),
    # a name that ends in s is one person; what he told goes whole
    (
        "Mendes told the bankers the loan would be repaid in full.",
        "Mendes tells bankers loan would be repaid in full",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_subject_named_as_an_editor_would(lede, expected):
    assert make_headline(lede) == expected


@pytest.mark.parametrize(
    ("clause", "complete"),
    [
        ("Canada to offer 2.5 billion dlr", False),  # "dlr" qualifies what follows
        ("Canada to offer 2.5 billion dlrs", True),
        ("Talks on the ferry link were over", True),
        ("The dock strike was off", True),
        ("The dock strike was on the", False),
    ],
)
def test_where_a_clause_may_end(clause, complete):
    words, main = tag_clause(clause)
    assert is_complete(list(words), main) is complete
