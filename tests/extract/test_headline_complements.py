"""A headline keeps what carries the news and never ends wanting its complement."""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline

# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # a participle pointing back with "it" goes; the place it happens through stays
    (
        "Norway is still maintaining the supply of at least 20 million cubic meters "
        "of water through Sweden paying for it, Norwegian Energy Minister Per Lunde "
        "said answering a question from reporters.",
        "Norway still maintains supply of at least 20 million cubic meters of water "
        "through Sweden — Lunde",
    ),
    # "to acquire interests": in what? with its "in ..." when it fits
    (
        "Harmon Mining Corp said it agreed to issue 4.2 mln treasury shares to "
        "acquire interests in four copper mines in Chile and an option on a fifth "
        "property near Antofagasta.",
        "Harmon Mining agrees to issue 4.2 mln treasury shares to acquire interests "
        "in four copper mines in Chile",
    ),
    # ... else the complete clause before it
    (
        "Harmon Mining Corp said it agreed to issue 4.2 mln treasury shares of its "
        "class B stock to acquire interests in several copper, silver and gold mines "
        "in the Atacama region.",
        "Harmon Mining agrees to issue 4.2 mln treasury shares of its class B stock",
    ),
    # a purchase says what is bought; how often is the story's to tell
    (
        "Dunmore Corp said its board authorized the purchase from time to time of a "
        "significant portion of its 8-1/4 pct convertible subordinated debentures.",
        "Dunmore authorizes purchase of significant portion of its 8-1/4 pct "
        "convertible subordinated debentures",
    ),
    # a commitment says to what: the whole object when it fits
    (
        "Kuwaiti Oil Minister Ali Khalifa al-Sabah reiterated the emirate's "
        "commitment to last December's OPEC accord to boost world oil prices and "
        "stabilize the market.",
        "Kuwaiti Oil Minister Ali Khalifa al-Sabah reiterates emirate's commitment "
        "to last December's OPEC accord",
    ),
    # "keep ... below": where it is kept is what the story is about
    (
        "Taiwan plans to take steps to keep its 1987 trade surplus below 12 billion "
        "dlrs, Economics Minister Lee Ta-hai said.",
        "Taiwan to take steps to keep 1987 trade surplus below 12 billion dlrs "
        "— Lee Ta-hai",
    ),
    # offering wheat to whom: the recipient stays, the program may go
    (
        "The Canadian Wheat Board is not actively considering offering subsidized "
        "barley to the People's Republic of China under the federal export credit "
        "program, board officials said.",
        "Canadian Wheat Board not actively considering offering subsidized barley to "
        "People's Republic of China",
    ),
    # "plans" after a verb is its object; "plans to" after the subject, an intent
    (
        "The city council approved a $25 million plan to rebuild two piers late "
        "Thursday, officials said.",
        "City council approves $25 million plan to rebuild two piers",
    ),
    (
        "President Ana Ruiz announced government plans to spend 3 billion pesos on "
        "rural schools.",
        "Ruiz announces government plans to spend 3 billion pesos on rural schools",
    ),
    (
        "Harlow Corp said it plans to sell its pump unit.",
        "Harlow to sell its pump unit",
    ),
    # short of room, an adverb of manner goes before the object is cut
    (
        "A Korean trade mission will leave next week for Washington to renegotiate "
        "an agreement severely limiting the growth of its shoe exports, a trade "
        "ministry official said.",
        "Korean trade mission to leave for Washington to renegotiate agreement "
        "limiting growth of its shoe exports",
    ),
    # ... but not one that hedges or measures
    (
        "The Canadian Wheat Board is not actively considering offering subsidized "
        "barley to the People's Republic of China, board officials said.",
        "Canadian Wheat Board not actively considering offering subsidized barley to "
        "People's Republic of China",
    ),
    # short of room, weightless adjectives go before the object is cut
    (
        "The Association of Savings Banks of Austria released its proposal for the "
        "early creation of a comprehensive options and futures exchange in Vienna.",
        "Association of Savings Banks of Austria releases proposal for creation of "
        "options and futures exchange",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_headline(lede: str, expected: str) -> None:
    assert make_headline(lede, lang="en") == expected
