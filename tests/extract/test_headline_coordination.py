"""A list goes whole into a headline or not at all; so does a second predicate.

And a verb after "will" is a verb.

Invented stories, one per shape; what an editor would want, written by hand.
"""

import pytest
from pelican.plugins.wiredesk.extract.tagging import tag_clause

from tests.support.stories import headline


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "ROME, March 2 - Animal health experts from West African states called "
            "for a campaign to eradicate the cattle disease Rinderpest in Ghana, "
            "Togo, Benin, Niger and Mali, a statement from a regional veterinary "
            "meeting here said.",
            "campaign to eradicate cattle disease Rinderpest",
        ),
        (
            "TOKYO, Feb 27 - Japanese pension funds, regional banks and insurers, "
            "long the main buyers of domestic government bonds, are now eyeing "
            "equities in the U.S., Canada, Australia and Singapore, fund managers "
            "said.",
            "Japanese pension funds, regional banks and insurers now eye equities",
        ),
    ],
)
def test_a_list_that_does_not_fit_goes_whole(lede, expected):
    assert headline(lede).endswith(expected)  # not "... in Ghana", not "funds now"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Bolt will supply yarn to Acme", "supply"),
        ("Bolt could not supply yarn", "supply"),
        ("Acme may report loss", "report"),
    ],
)
def test_a_word_after_a_modal_is_a_verb(text, verb):
    words, _ = tag_clause(text)
    assert next(w.tag for w in words if w.text == verb) == "VB"


def test_a_name_after_a_modal_stays_a_name():
    words, _ = tag_clause("What Acme will Supply Co do")
    assert next(w.tag for w in words if w.text == "Supply") == "NNP"


def test_the_main_verb_of_joined_predicates_is_the_first():
    words, main = tag_clause(
        "Forums like Eurasia Media Summit provide fresh views and should be held yearly"
    )
    assert words[main].text == "provide"


def test_a_second_predicate_goes_whole_when_room_is_short():
    title = headline(
        "MOSCOW, December 26. /TASS/. Forums like the Eurasia Media Summit organized "
        "by BelTA in October 2024 provide alternative viewpoints and should be held "
        "regularly, Belarusian Foreign Minister Maxim Ryzhenkov said in an interview "
        "on Thursday.\n"
    )
    assert (
        title
        == "Forums like Eurasia Media Summit provide alternative viewpoints — Ryzhenkov"
    )


def test_a_base_verb_after_a_joined_subject_is_the_main_verb():
    words, main = tag_clause(
        "Helmut Kohl and his new chief of staff begin trying to revive coalition "
        "shaken by scandal"
    )
    assert words[main].text == "begin"


def test_a_participle_after_the_object_keeps_its_by_phrase_or_goes():
    title = headline(
        "BONN, March 2 - After a week that left his coalition shaken and his "
        "popularity at a new low, Helmut Kohl and his new chief of staff today begin "
        "trying to revive a government tattered by the Flick party-funding scandal.\n"
    )
    assert not title.endswith("tattered")
