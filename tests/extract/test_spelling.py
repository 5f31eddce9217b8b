"""A headline's typing slips are put right; names, figures and real words are not."""

import pytest
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.extract.spelling import correction, fix_slips

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=1987)


@pytest.mark.parametrize(
    ("slip", "meant"),
    [
        ("techical", "technical"),  # a letter left out
        ("occures", "occurs"),  # one too many
        ("compnay", "company"),  # two swapped
        ("reveune", "revenue"),
        ("securties", "securities"),
        ("takeeover", "takeover"),  # a key held down
    ],
)
def test_a_slip_a_keystroke_from_one_word_is_put_right(slip, meant):
    assert correction(slip) == meant


@pytest.mark.parametrize(
    "word",
    [
        "tonnes",  # a unit the tagger does not know, spelled right
        "organisations",  # British spelling
        "aluminium",
        "programme",
        "counterparty",  # not "counterpart" typed on
        "forex",  # not "fore"
        "politican",  # political or politician: ask, do not guess
        "retender",  # not "pretender": a slip keeps its first letter
        "recieved",  # received or relieved
        "announces",
    ],
)
def test_words_spelled_right_or_ambiguous_are_left_alone(word):
    assert correction(word) is None


def test_names_figures_and_compounds_stay_as_written():
    headline = "Muncipal Fund of Kapok sets 3.5 pct eurobond, mid-techical review"
    assert fix_slips(headline) == headline


def test_an_english_headline_made_from_a_slip_is_put_right():
    text = (
        "NEW YORK, March 3 - Acme Steel Corp said it is in techical default "
        "of its loans from First Union Bank.\nReuter\n"
    )
    story = extract_story(text.encode(), name="a.txt", options=OPTIONS)
    assert "technical default" in story.title
    assert "techical" in story.paragraphs[0]  # the copy itself is never rewritten


def test_copy_in_another_language_is_not_put_right_in_english():
    assert correction("scorsa") == "scoria"  # to an English list, a slip
    text = (
        "ROMA, 3 marzo (ANSA) - La produzione industriale italiana è scesa la "
        "scorsa settimana, secondo i dati diffusi oggi.\n"
    )
    story = extract_story(text.encode(), name="b.txt", options=OPTIONS)
    assert story.lang == "it"
    assert "scorsa settimana" in story.title
