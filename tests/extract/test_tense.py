import pytest
from pelican.plugins.wiredesk.extract.lexicon import lexicon_tag
from pelican.plugins.wiredesk.extract.tense import (
    base_form,
    present_progressive,
    third_person,
    to_headline_tense,
)


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("stressed", "stress"),
        ("approved", "approve"),
        ("denied", "deny"),
        ("stopped", "stop"),
        ("called", "call"),
        ("decided", "decide"),
        ("stated", "state"),
        ("visited", "visit"),
        ("declared", "declare"),
        ("urged", "urge"),
        ("held", "hold"),
        ("signed", "sign"),
        ("raised", "raise"),
        ("passed", "pass"),
        ("noted", "note"),
        ("postponed", "postpone"),
        ("abandoned", "abandon"),
    ],
)
def test_base_form(past, base):
    assert base_form(past) == base


@pytest.mark.parametrize(
    ("base", "third"),
    [
        ("deny", "denies"),
        ("stress", "stresses"),
        ("say", "says"),
        ("hold", "holds"),
        ("approve", "approves"),
        ("reach", "reaches"),
    ],
)
def test_third_person(base, third):
    assert third_person(base) == third


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Ministers have stressed the need", "Ministers stress the need"),
        ("The bank has raised rates", "The bank raises rates"),
        ("Russia has also denied it", "Russia denies it"),
        ("They have a plan", "They have a plan"),
    ],
)
def test_to_headline_tense(text, headline):
    assert to_headline_tense(text) == headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Acme is adding printers to its line", "Acme adds printers to its line"),
        ("Acme is cutting prices", "Acme cuts prices"),
        ("Acme is planning a merger", "Acme plans a merger"),
        ("Acme is putting plant up for sale", "Acme puts plant up for sale"),
        ("Firms are shipping grain", "Firms ship grain"),
    ],
)
def test_a_progressive_reads_as_the_present(text, headline):
    assert present_progressive(text, lexicon_tag) == headline
