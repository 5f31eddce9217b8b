import pytest

from wiredesk.extract.headline import fit_words, make_headline


@pytest.mark.parametrize(("lede", "headline"), [
    ("Russian lawmakers have approved a bill on the federal budget, the State Duma said on "
     "Tuesday.", "Russian lawmakers approve a bill on the federal budget"),
    ("Lavrov and Wang Yi have stressed the need for restraint, the ministry said.",
     "Lavrov and Wang Yi stress the need for restraint"),
    ("The company has denied the report. Shares fell 3%.", "The company denies the report"),
    ("Ministers agreed on a plan.", "Ministers agreed on a plan"),
])
def test_headline_rules(lede, headline):
    assert make_headline(lede) == headline


def test_long_lede_is_cut_at_a_word_and_never_dangles():
    lede = ("Officials from the ministry of economic development and the central bank met "
            "representatives of the largest exporters and the association of regional banks "
            "to discuss the exchange rate")
    headline = make_headline(lede)
    assert len(headline) <= 110
    assert lede.startswith(headline)
    assert headline.split()[-1] not in {"the", "and", "of", "to"}
    assert headline == ("Officials from the ministry of economic development and the central "
                        "bank met representatives")


@pytest.mark.parametrize(("text", "limit", "cut"), [
    ("one two three four", 9, "one two"),
    ("talks between the", 110, "talks"),
    ("a word that", 110, "a word"),
    ("ends with a comma,", 110, "ends with a comma"),
])
def test_fit_words(text, limit, cut):
    assert fit_words(text, limit) == cut
