"""Modern agency copy: bare days after verbs, quotations, Inc. and Co.

Invented stories in the shape AP, Reuters, dpa and Canadian Press write today, with
the headline a copy editor would run.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline

LEDES = [
    # the bare day after a verb goes, as American copy writes it ("said Tuesday")
    (
        "Harbor Air Corp. said Tuesday its chief executive, Dana Ruiz, will step "
        "down at the end of the year.",
        "Harbor Air's chief executive, Dana Ruiz, to step down at end of year",
    ),
    # a day after a preposition says how long: it stays
    (
        "The strike at the port will continue until Monday, the union said.",
        "Strike at port to continue until Monday",
    ),
    # "has ruled out" is "rules out": a verb and its particle, not a ruling on a clause
    (
        "Chancellor Anna Berg has ruled out sending long-range cruise missiles to "
        "the region, warning that the country must not become a party to the war.",
        "Berg rules out sending long-range cruise missiles to region",
    ),
    # a quotation stays the speaker's words, credited, never rewritten
    (
        '"We will not let this happen again," Prime Minister Karl Lindqvist told '
        "reporters in Oslo on Wednesday.",
        "“We will not let this happen again” — Lindqvist",
    ),
    # a quotation no person is credited with is told as a claim
    (
        '"The talks were constructive and useful," a spokesman for the ministry said.',
        "Talks constructive and useful",
    ),
    # "keeps rates unchanged": the object's state ends the clause
    (
        "The Riksbank kept interest rates unchanged on Thursday but signaled it "
        "could cut them in June.",
        "Riksbank keeps interest rates unchanged",
    ),
    # a relative clause ending on an adverb goes whole, its comma with it
    (
        "A federal judge on Monday blocked a state law that would have let police "
        "arrest people suspected of crossing the border illegally, handing a victory "
        "to the governor's opponents.",
        "Federal judge blocks state law, handing victory to governor's opponents",
    ),
    # an apposition after a comma goes whole, never "..., biggest deal"
    (
        "Corvel Systems Inc. agreed to buy Northwind Games for $8.2 billion in cash, "
        "the biggest deal in the history of the industry.",
        "Corvel Systems agrees to buy Northwind Games for $8.2 billion in cash",
    ),
    # "police" are plural, whatever place follows them
    (
        "Police in Hamburg arrested two men suspected of planning an attack on a "
        "Christmas market, prosecutors said on Saturday.",
        "Police in Hamburg arrest two men suspected of planning attack on Christmas "
        "market",
    ),
    # "Statistics Canada" is an agency, no Mr Canada: no false credit
    (
        "Canada's jobless rate rose to 6.1 per cent in March, Statistics Canada said "
        "Friday.",
        "Canada's jobless rate rises to 6.1% in March",
    ),
    # "shrank" is told in the present like the other moves of a figure
    (
        "Norway's economy shrank by 0.4% in the third quarter, the statistics office "
        "said on Tuesday.",
        "Norway's economy shrinks by 0.4% in 3rd qtr",
    ),
    # "Sunday's general election" is the election: the day goes with its "'s"
    (
        "Norway's opposition Labour Party won a clear victory in Sunday's general "
        "election, official results showed.",
        "Norway's opposition Labour Party wins clear victory in general election",
    ),
    # "after Turkey and Egypt said": why prices rose, no one's claim; "prices rise"
    (
        "Gold prices rose more than 1% on Tuesday after Turkey and Egypt said they "
        "would add to their reserves.",
        "Gold prices rise over 1%",
    ),
    (
        "Shares of Harbor Air rose 5% after the company said it would cut 500 jobs.",
        "Shares of Harbor Air rise 5% after company said it would cut 500 jobs",
    ),
    # two named leaders, listed, agree in the present
    (
        "Chinese Premier Li Qiang and Chancellor Anna Berg agreed on Wednesday to "
        "expand trade in green technology, officials said.",
        "Li Qiang, Berg agree to expand trade in green technology",
    ),
    # a senator's party and state go; "called on" is hers, in the present
    (
        "Sen. Maria Lopez, D-Ore., on Tuesday called on federal regulators to block "
        "the proposed merger.",
        "Lopez calls on federal regulators to block proposed merger",
    ),
    # "weakens against" is the verb (not "supplies to"); the "as" clause goes whole
    (
        "The Canadian dollar weakened against its U.S. counterpart on Tuesday as oil "
        "prices fell and investors awaited domestic inflation data.",
        "Canadian dollar weakens against its U.S. counterpart",
    ),
    # "said it would cut" is "to cut"; "weeks after ..." goes whole with its span
    (
        "Harbor Telecom Inc. said on Thursday it would cut about 600 jobs as part of a "
        "cost-cutting plan, weeks after it completed its takeover of Coastline Cable.",
        "Harbor Telecom to cut about 600 jobs as part of cost-cutting plan",
    ),
    # the "after" clause keeps its verb: never "... after state audit"
    (
        "The governor's approval rating fell after a state audit criticised his "
        "handling of the budget crisis, a poll showed.",
        "Governor's approval rating falls after state audit criticised his handling "
        "of budget crisis",
    ),
    # a relative clause's "would" is not the company's future
    (
        "Dunmore Legal Services Inc said it signed a letter of intent under which it "
        "would receive financing from Harbor Corp.",
        "Dunmore Legal Services signs letter of intent under which it would receive "
        "financing from Harbor",
    ),
    # "customs data showed" says whose figures: the tail after it is no headline
    (
        "Ruritania's exports grew faster than expected in March, customs data "
        "showed on Friday, offering some relief to policymakers.",
        "Ruritania's exports grow faster than expected in March",
    ),
    # a court that extended a detention extends it, in the present
    (
        "A court in Vilnius on Friday extended the pre-trial detention of a local "
        "reporter by three months.",
        "Court in Vilnius extends pre-trial detention of local reporter by three "
        "months",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), LEDES)
def test_headline(lede: str, headline: str) -> None:
    assert make_headline(lede, lang="en") == headline
