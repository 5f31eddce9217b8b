from __future__ import annotations

import pytest
from pelican.plugins.wiredesk.extract.lexicon import tagger
from pelican.plugins.wiredesk.extract.tagging import split_tokens, tag_clause

from tests.support.imports import modules_loaded

CLAUSES = [
    "The Bank of Japan raised rates by 0.25 pct on Tuesday",
    "Rates rose as Acme files for bankruptcy, ministry says",
    "Zorblax Corp reports 4th qtr net, shr 39 cts vs 50 cts",
    "Putin, Xi discuss security ahead of summit in Astana",
    "Talks to resume after ceasefire collapses",
    "Oil output of OPEC members fell sharply in March",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_words_keep_the_tags_the_tagger_gives_the_whole_clause(clause):
    words, _ = tag_clause(clause)
    whole = [tag for _, tag in tagger().find_tags(split_tokens(clause))]
    # The main verb and "X of" nouns are retagged on purpose; every other word
    # keeps the tagger's tag for it in this clause.
    _, main = tag_clause(clause)
    kept = [
        (w.tag, t)
        for i, (w, t) in enumerate(zip(words, whole, strict=True))
        if i != main and not (i + 1 < len(words) and words[i + 1].text == "of")
    ]
    assert all(mine == theirs for mine, theirs in kept)


def test_a_word_first_in_one_clause_and_inside_another_is_tagged_for_each():
    first, _ = tag_clause("Rates rose on Monday")
    inside, _ = tag_clause("Mortgage Rates rose on Monday")
    assert first[0].tag == tagger().find_tags(["Rates", "rose"])[0][1]
    assert inside[1].tag == tagger().find_tags(["Mortgage", "Rates"])[1][1]


def test_tagging_the_same_clause_again_gives_the_same_words():
    once = tag_clause("Acme signs pact to develop oil field")
    tag_clause.cache_clear()
    again = tag_clause("Acme signs pact to develop oil field")
    assert once == again
    assert isinstance(once[0], tuple)  # shared between callers, so not mutable


def test_tagging_leaves_nltk_unimported():
    # TextBlob's package imports NLTK, a slow import no tag needs: an edit's
    # rebuild would pay it for one story.
    loaded = modules_loaded(
        "from pelican.plugins.wiredesk.extract.tagging import tag_clause\n"
        "words, main = tag_clause('Rates rose on Monday')\n"
        "assert words[main].text == 'rose', words\n"
    )
    assert not {m.split(".")[0] for m in loaded} & {"nltk", "textblob"}
