"""Headlines keep the small words and stops a price or a name needs (invented)."""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.sentences import sentence_ends

LEDES = [
    # a price per unit keeps its "a"
    (
        "Rex Oil said it cut the price it pays for all grades of crude oil by one "
        "dlr a barrel, effective today.",
        "Rex Oil cuts price it pays for all grades of crude oil by one dlr a barrel",
    ),
    (
        "Andean Copper said it raised its cathode price by one cent to 71 cents a lb.",
        "Andean Copper raises cathode price by one cent to 71 cents a lb",
    ),
    # "2.5 billion dlr, three-part bond issue": one noun's modifiers, no aside
    (
        "The finance ministry announced the new 2.5 billion dlr, three-part bond "
        "issue, to be dated April 1 and delivered April 2, will be priced as follows.",
        "Finance ministry announces new 2.5 billion dlr, three-part bond issue",
    ),
    # the sentence's full stop was the initials' own
    (
        "Chile plans another round of tariff cuts this year to help narrow its trade "
        "deficit with the U.S.",
        "Chile plans another round of tariff cuts this year to help narrow its trade "
        "deficit with U.S.",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_small_words_and_stops_stay(lede, expected):
    assert make_headline(lede) == expected


def test_initials_after_a_hyphen_end_no_sentence():
    text = (
        "Delta signed a deal to set up the first Sino-U.S. Joint venture. It said so."
    )
    assert list(sentence_ends(text)) == [text.index(" It")]
