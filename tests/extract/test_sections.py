import pytest
from pelican.plugins.wiredesk.extract.sections import choose_section
from pelican.plugins.wiredesk.extract.topics import find_tags
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "Russian lawmakers approved a bill, the State Duma said after the vote.",
            "Politics",
        ),
        (
            "Troops repelled an offensive as artillery shelling continued on the "
            "frontline.",
            "Military",
        ),
        ("Shr 34 cts vs 1.19 dlrs\nNet 807,000 vs 2,858,000", "Business"),
        ("Qtly div ten cts vs ten cts\nPay April 1", "Business"),
        (
            "Cocoa and coffee futures fell as the dollar rose against the yen.",
            "Markets",
        ),
        (
            "Inflation slowed and the central bank kept interest rates on hold.",
            "Economy",
        ),
        ("The hockey championship final ended after the coach was sent off.", "Sports"),
        ("Nothing here names any topic at all.", "World"),
    ],
)
def test_default_sections(text, section):
    assert choose_section(text, DEFAULT_SECTIONS, "World") == section


def test_lede_keywords_weigh_more_than_later_ones():
    rules = {"Politics": ("minister",), "Sports": ("football",)}
    text = (
        "The minister spoke.\nFootball fans cheered. Football was played. Football won."
    )
    assert choose_section(text, rules, "World") == "Sports"
    text = "The minister spoke at the minister's desk.\nFootball fans cheered."
    assert choose_section(text, rules, "World") == "Politics"


def test_user_rules_replace_the_defaults():
    assert (
        choose_section("The gallery opened.", {"Arts": ("gallery",)}, "News") == "Arts"
    )


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("OPEC agreed to cut crude oil output by 1 mln barrels.", ("Oil",)),
        (
            "Shr 34 cts vs 1.19 dlrs. The company raised its dividend.",
            ("Earnings", "Dividends"),
        ),
        ("No topic words at all.", ()),
    ],
)
def test_topic_tags(text, tags):
    assert find_tags(text) == tags
