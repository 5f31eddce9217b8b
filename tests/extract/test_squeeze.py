"""A headline past a glance's length sheds weight, never its news.

Invented stories, with the headline a copy editor would run.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.squeeze import squeeze

LEDES = [
    # "to take steps to keep" is "aims to keep" when the headline runs long
    (
        "The Ruritanian government will take steps to keep its 1988 current account "
        "deficit below three billion dlrs, Finance Minister Karel Novak said.",
        "Ruritanian government aims to keep 1988 current account deficit below three "
        "billion dlrs — Novak",
    ),
    # ... and stays when the headline is short enough as it is
    (
        "The Ruritanian government will take steps to keep its trade deficit below "
        "three billion dlrs, the minister said.",
        "Ruritanian government to take steps to keep trade deficit below three "
        "billion dlrs",
    ),
    # a pair of adjectives goes whole
    (
        "Moscow is ready to assist the organization of undeniable and generally "
        "recognized elections in Ruritania, Foreign Minister Sergey Lavrov said.",
        "Moscow ready to assist organization of elections in Ruritania — Lavrov",
    ),
    # filler adjectives go; "new" is news and stays
    (
        "Corvel Motors Corp said it will take steps to build its proposed new utility "
        "vehicle at an unspecified alternative location in the Midwest.",
        "Corvel Motors aims to build proposed new utility vehicle at alternative "
        "location",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), LEDES)
def test_headline(lede: str, headline: str) -> None:
    assert make_headline(lede, lang="en") == headline


KEPT = [
    # nouns on both sides of "and": no pair of adjectives
    "sells pipeline and terminal operations units",
    # "current account", "new high": the words are the thing
    "keeps current account surplus below five billion dlrs",
    "index hits new high",
    # "Its" opening the headline is its subject's
    "Its sales rose 12 pct",
]


@pytest.mark.parametrize("text", KEPT)
def test_squeeze_keeps(text: str) -> None:
    assert squeeze(text) == text


def test_squeeze_sheds_weight() -> None:
    assert (
        squeeze("committee expresses major concern, will cut its deep losses")
        == "committee expresses concern, will cut losses"
    )


def test_squeeze_drops_its_before_the_name_that_ends_a_headline() -> None:
    assert (
        squeeze("Acme obtains order to seize 15,000 unauthorized copies of its Ledger")
        == "Acme obtains order to seize 15,000 unauthorized copies of Ledger"
    )
