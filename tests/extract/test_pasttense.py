import pytest
from pelican.plugins.wiredesk.extract.lexicon import lexicon_tag
from pelican.plugins.wiredesk.extract.pasttense import present_main_verb

from tests.support.stories import headline


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Senate passed spending bill", "Senate passes spending bill"),
        ("Oil prices rose to $80", "Oil prices rise to $80"),
        ("North Korea fired ballistic missile", "North Korea fires ballistic missile"),
        (
            "Lukashenko and Putin discussed security",
            "Lukashenko and Putin discuss security",
        ),
        ("Ministers agreed plan", "Ministers agree plan"),
        ("Talks ended without deal", "Talks end without deal"),
        ("Coleco reported net loss", "Coleco reports net loss"),
        # a participle, a copula or a perfect is not the simple past: left alone
        (
            "Invitation extended to Cuba highlights role",
            "Invitation extended to Cuba highlights role",
        ),
        ("Russia is determined to win", "Russia is determined to win"),
        (
            "More than 50 children have been killed",
            "More than 50 children have been killed",
        ),
        ("deposit growth seasonally adjusted", "deposit growth seasonally adjusted"),
        ("Company denies report", "Company denies report"),
    ],
)
def test_main_verb_in_the_present(text, present):
    assert present_main_verb(text) == present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a present verb ends the subject: the participle after it is an adjective
        ("it expects improved results in 1987", "it expects improved results in 1987"),
        ("Acme will need revised plans", "Acme will need revised plans"),
        # an irregular participle before "by" is a passive, not the verb (the
        # verb after it is the tagger's to find: see the headline test below)
        (
            "Zinc stocks held by smelters rose to 9,000 tonnes",
            "Zinc stocks held by smelters rose to 9,000 tonnes",
        ),
        ("Acme held talks with Bolt", "Acme holds talks with Bolt"),
    ],
)
def test_only_the_main_verb_goes_in_the_present(text, present):
    assert present_main_verb(text, lexicon_tag) == present


def test_a_typing_slip_is_put_right_before_the_words_are_tagged():
    # "epxertise" read as a verb would end the subject after "U.S."
    title = headline(
        "LOS ANGELES, March 2 - Dunmore Corp said it has formed a joint venture "
        "with Lyon-based Verrier Group to export U.S. epxertise in specialty "
        "glass coatings and industrial ceramics to the European market.\nReuter\n"
    )
    assert title.startswith("Dunmore forms joint venture with Lyon-based Verrier Group")


def test_stocks_held_by_someone_keep_their_participle():
    title = headline(
        "NEW YORK, March 2 - Refined zinc stocks held by smelters outside the U.S. "
        "increased to 41,200 tonnes at the end of January, the Zinc Bureau said.\n"
    )
    assert title.startswith(
        "Refined zinc stocks held by smelters outside U.S. increase"
    )
