"""A headline keeps the source of a claim: an organisation, a role, a quoted speaker.

Invented stories, one per shape; what an editor would want, written by hand.
"""

import pytest
from pelican.plugins.wiredesk.extract.credit import credit_source
from pelican.plugins.wiredesk.extract.nation import name_the_nation, name_the_side
from pelican.plugins.wiredesk.extract.sourcecredit import (
    organisation_credit,
    quoted_speaker,
    role_credit,
)

from tests.support.stories import headline


@pytest.mark.parametrize(
    ("source", "credit"),
    [
        ("the Norwegian Foreign Ministry", "Foreign Ministry"),
        ("the Treasury Board", None),  # its figures are its own: no claim
        ("the Ministry of Trade's press office", None),
        ("the New York Times", "New York Times"),
        ("the Saudi Press Agency SPA", None),  # an acronym is no suffix
        ("the company", None),
        ("the Ministry", None),
    ],
)
def test_an_organisation_is_credited_by_its_short_name(source, credit):
    assert organisation_credit(source) == credit


@pytest.mark.parametrize(
    ("source", "lede", "credit"),
    [
        ("NAPM", "", "NAPM"),
        ("the IFAD", "", "IFAD"),
        (
            "the International Association of Grain Brokers",
            "Trade slows, the International Association of Grain Brokers, IAGB, said.",
            "IAGB",
        ),
        # no acronym in the copy: none is made up
        (
            "the International Association of Grain Brokers",
            "Trade is slow, the International Association of Grain Brokers said.",
            None,
        ),
        ("USA", "", None),  # a country, not an organisation
    ],
)
def test_an_organisation_goes_by_the_acronym_the_copy_gives(source, lede, credit):
    assert organisation_credit(source, lede) == credit


def test_a_crowd_named_by_its_place_is_credited_by_its_role():
    assert credit_source("Wall Street arbitrageurs") is None  # no "— Street"
    assert role_credit("Wall Street arbitrageurs") == "arbitrageurs"
    title = headline(
        "NEW YORK, Feb 26 - Dunmore Lawn Corp could attract a higher bid than the "
        "30 dlrs a share offered by Kellerman Waste Inc, Wall Street arbitrageurs "
        "said.\nReuter\n"
    )
    assert title.endswith(" — arbitrageurs")


def test_a_judgement_of_a_body_is_credited_by_its_acronym():
    title = headline(
        "PARIS, Feb 26 - Norway's economy, combining low inflation and a large "
        "trade surplus, is in sound condition and faces a bright future, the "
        "Organisation for Economic Cooperation and Development, OECD, said.\n"
    )
    assert title.endswith(" — OECD")


@pytest.mark.parametrize(
    ("source", "credit"),
    [
        ("grain analysts", "analysts"),
        ("Velto analysts", "Velto analysts"),
        ("a Velto official", None),  # speaks for the subject: no credit
        ("an independent research group", None),  # a group of no role
        ("a public policy study group", "study group"),
        ("several traders", "traders"),
        ("the board", None),
        ("a letter seen by bankers", None),  # the letter speaks, not the bankers
        ("Regional analysts", "analysts"),  # a word, not a name
    ],
)
def test_a_role_is_credited_by_its_noun(source, credit):
    assert role_credit(source) == credit


def test_a_fact_traders_report_needs_no_credit():
    title = headline(
        "KARACHI, March 4 - Pakistan will hold an import tender on Saturday for "
        "6,000 tonnes of palm oil, traders said.\nReuter\n"
    )
    assert "traders" not in title


def test_a_claim_of_unnamed_analysts_is_credited_to_them():
    title = headline(
        "CHICAGO, March 4 - Midland Grain Corp is not under pressure to sell its "
        "barge unit quickly, grain analysts said.\nReuter\n"
    )
    assert title.endswith(" — analysts")
    assert "barge unit" in title  # the claim is never cut for its credit


def test_a_ministry_statement_is_credited_to_the_ministry():
    title = headline(
        "OSLO, March 4. /TASS/. Sweden has blocked the transfer of Norway's "
        "contribution to the fisheries fund, the Norwegian Foreign Ministry said.\n"
    )
    assert title.endswith(" — Foreign Ministry")


def test_a_credit_that_would_crowd_the_claim_is_left_out():
    title = headline(
        "LONDON, March 4 - Britain's largest independent grain merchants are "
        "expected to announce a joint venture for barley exports to Saudi Arabia "
        "and the Gulf states next month, grain trade analysts said.\nReuter\n"
    )
    assert "analysts" not in title or len(title) <= 110
    assert len(title) <= 110


def test_a_claim_credited_only_in_the_next_quote_is_credited_to_the_speaker():
    lede = (
        "President Anna Lind offered Prime Minister Karl Berg in 2019 to delay "
        "the bridge toll increase by five years."
    )
    quote = (
        '"She offered me exactly this - to delay the bridge toll increase by five '
        'years, because the region was not ready," Berg told reporters.'
    )
    assert quoted_speaker(lede, [lede, quote]) == "Berg"
    title = headline(f"OSLO, March 4. /TASS/. {lede}\n{quote}\n")
    assert title.endswith(" — Berg")


def test_a_quote_about_something_else_credits_no_one():
    lede = "Heavy rain flooded the main square of Bergen on Tuesday."
    quote = '"We are proud of our new stadium," Mayor Ola Dahl told reporters.'
    assert quoted_speaker(lede, [lede, quote]) is None


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "The federal government's spending will rise 3.8 pct next year.",
            "Canada's spending will rise 3.8 pct next year.",
        ),
        (
            "The central bank cut its discount rate to 4 pct.",
            "Canada's central bank cut its discount rate to 4 pct.",
        ),
        (
            "The government of Ontario said it would cut taxes.",  # says whose
            "The government of Ontario said it would cut taxes.",
        ),
        ("Acme Corp said its sales rose.", "Acme Corp said its sales rose."),
    ],
)
def test_an_unnamed_government_is_the_datelines_country(sentence, named):
    assert name_the_nation(sentence, "Canada") == named


def test_a_country_written_with_points_owns_without_an_apostrophe():
    named = name_the_nation("The central bank cut rates.", "U.S.")
    assert named == "U.S. central bank cut rates."  # not "U.S.'s", read as a quote


def test_a_headline_names_the_country_of_the_dateline():
    title = headline(
        "OTTAWA, March 2 - The federal government's expenditures will rise 3.8 pct "
        "in the fiscal year beginning April 1, the Treasury Board said.\nReuter\n"
    )
    assert title.startswith("Canada's expenditures to rise 3.8 pct")


def test_a_firm_with_a_comma_in_its_name_is_one_subject():
    title = headline(
        "CHICAGO, March 2 - Kellogg, Barnes and Co said it will restructure its "
        "distribution operations, resulting in a 20 mln dlr charge.\nReuter\n"
    )
    assert title == "Kellogg, Barnes and Co to restructure distribution operations"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The Norwegian side is ready to help", "Norway is ready to help"),
        ("talks with the Ukrainian side ended", "talks with Ukraine ended"),
        ("The British side said", "Britain said"),
        ("the American side of the border", "the American side of the border"),
        ("the Gaza side", "the Gaza side"),  # a place's side, no country's
        ("the left side", "the left side"),
    ],
)
def test_a_side_in_diplomatic_idiom_is_its_country(text, named):
    assert name_the_side(text) == named


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Economics Minister Lee Ta-hai", "Lee Ta-hai"),  # the title is no name
        ("Finance Minister Sergei Petrov", "Petrov"),
        ("President Vladimir Putin", "Putin"),
    ],
)
def test_a_titled_speaker_is_credited_by_name_alone(source, name):
    credit = credit_source(source)
    assert credit is not None
    assert credit.name == name


def test_a_subject_named_again_before_said_is_the_source():
    # "Acme's U.S. unit, Bolt Inc said ...": no headline "Acme's U.S. unit"
    title = headline(
        "OMAHA, March 2 - <Harlow AG's> U.S. subsidiary, Harlow Pumps Inc said it "
        "has opened a plant in Ohio.\nReuter\n"
    )
    assert title == "Harlow Pumps opens plant in Ohio"


def test_a_source_with_its_title_in_commas_is_no_part_of_the_claim():
    title = headline(
        "CAIRO, March 2 - Delegates of seven Arab states will meet here on March 11 "
        "to discuss the regional water crisis, the Sudan border dispute and other "
        "issues, Jordan's Minister of State for Foreign Affairs, Karim Nasser, said.\n"
    )
    assert "Affairs" not in title
    assert "Minister" not in title
    assert title.startswith("Seven Arab states to meet on March 11")


def test_a_forecast_with_a_figure_is_credited_to_the_embassy_that_made_it():
    title = headline(
        "JAKARTA, March 4 - Malaysia's exports of rubber and cocoa will continue "
        "to rise in calendar 1987, the U.S. Embassy said in its annual report.\n"
    )
    assert title == (
        "Malaysia's exports of rubber and cocoa to continue to rise in calendar "
        "1987 — U.S. Embassy"
    )


def test_a_forecast_of_a_firm_is_credited_to_the_firm():
    title = headline(
        "LONDON, March 4 - Interest rate moves may reassert their influence on the "
        "platinum market in the near future, bullion dealers Harwick Sterne and Co "
        "Ltd said in a market report.\n"
    )
    assert title.endswith(" — Harwick Sterne")


def test_a_chief_of_staff_is_credited_by_surname():
    title = headline(
        "WASHINGTON, March 4 - White House Chief of Staff Howard Baker said "
        'President Reagan will meet the press "very soon."\n'
    )
    assert title == "Baker says Reagan to meet press very soon"
