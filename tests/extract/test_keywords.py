from __future__ import annotations

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
