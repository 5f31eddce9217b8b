from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st
from pelican.plugins.wiredesk.extract.keywords import count_labels
from pelican.plugins.wiredesk.extract.topics import find_tags

RULES = {
    "Rates": ("interest rate", "interest rates", "rate cut"),
    "Oil": ("oil", "oil spill", "opec"),
    "Spills": ("spill",),
}


def test_the_longest_keyword_at_a_place_counts_once():
    counts = count_labels("Interest rates rose; an interest rate cut looms.", RULES)
    assert counts == {"Rates": 2}


def test_keywords_sharing_a_start_are_told_apart():
    counts = count_labels("OPEC met over the oil spill and oil prices.", RULES)
    assert counts == {"Oil": 3}


def test_a_keyword_inside_a_longer_word_does_not_count():
    text = "Farmers tested the soil and spoiled boiling ratepayers."
    assert count_labels(text, RULES) == {}


def test_hits_in_the_lede_weigh_more():
    text = "Oil rose.\nA spill and a spill."
    counts = count_labels(text, RULES, weighted_chars=9, weight=3)
    assert counts == {"Oil": 3, "Spills": 2}


def test_topic_tags_rank_by_hits():
    text = "Talks on crude oil exports: OPEC and oil ministers met. Exports fell."
    assert find_tags(text) == ("Oil", "Trade", "Diplomacy")


def test_rule_sets_asked_in_turn_each_count_their_own_keywords():
    other = {"Farming": ("soil", "harvest")}
    text = "Oil spill hits soil before harvest."
    for _ in range(3):
        assert count_labels(text, RULES) == {"Oil": 1}
        assert count_labels(text, other) == {"Farming": 2}


def test_a_changed_rule_set_is_a_new_one():
    rules = {"Oil": ("oil",)}
    assert count_labels("Oil and gas.", rules) == {"Oil": 1}
    more = {**rules, "Gas": ("gas",)}
    assert count_labels("Oil and gas.", more) == {"Oil": 1, "Gas": 1}


def test_a_keyword_edged_with_punctuation_is_bounded_as_a_pattern_bounds_it():
    # a boundary lies between a word character and another: "-led" follows a
    # word, "u.s." never ends one before a space
    rules = {"US": ("u.s.",), "Led": ("-led",)}
    assert count_labels("The U.S.-led talks; U.S. talks", rules) == {}
    assert count_labels("a NATO-led force", rules) == {"Led": 1}


def test_a_keyword_two_labels_share_counts_for_the_first():
    rules = {"Energy": ("oil",), "Markets": ("oil", "stocks")}
    assert count_labels("Oil and stocks fell.", rules) == {"Energy": 1, "Markets": 1}


def test_rules_without_keywords_count_nothing():
    assert count_labels("Oil rose.", {"Empty": ()}) == {}
    assert count_labels("Oil rose.", {}) == {}


def _as_a_pattern_counts(text, rules, weighted_chars, weight):
    """Count as one regular expression of the keywords, longest first, would."""
    owner = {}
    for label, words in rules.items():
        for word in words:
            owner.setdefault(word.casefold(), label)
    keys = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b")
    counts = Counter()
    for match in pattern.finditer(text.casefold()):
        counts[owner[match[0]]] += weight if match.start() < weighted_chars else 1
    return counts


KEYWORDS = [
    "oil",
    "oil spill",
    "spill",
    "rate",
    "rates",
    "u.s.",
    "opec",
    "oil-rich",
    "ß",
]
PIECES = st.sampled_from(
    [
        *KEYWORDS,
        "Oil",
        "SPILL",
        " ",
        ", ",
        "-",
        ".",
        "b",
        "boil",
        "é",
        "_",
        "\n",
        "1",
        "STRASSE",
    ]
)


@given(
    text=st.lists(PIECES, max_size=30).map("".join),
    split=st.integers(0, len(KEYWORDS)),
    weighted_chars=st.integers(0, 40),
)
def test_counts_are_those_of_a_pattern_of_the_keywords_between_word_boundaries(
    text, split, weighted_chars
):
    rules = {"A": tuple(KEYWORDS[:split]), "B": tuple(KEYWORDS[split:])}
    expected = _as_a_pattern_counts(text, rules, weighted_chars, 3)
    assert count_labels(text, rules, weighted_chars, 3) == expected
