import pytest
from pelican.plugins.wiredesk.extract.compact import (
    drop_adverbials,
    drop_relatives,
    main_verb,
)


@pytest.mark.parametrize(
    ("text", "shorter"),
    [
        (
            "strike near airport that killed General Qasem Soleimani violates law",
            "strike near airport violates law",
        ),
        (
            "sanctions which Washington imposed on banks clearly violate rules",
            "sanctions clearly violate rules",
        ),
        # no comma-less relative to drop: the text stays as it is
        (
            "Russia hopes that talks will continue",
            "Russia hopes that talks will continue",
        ),
        (
            "company signs contract under which Acme Corp will supply parts",
            "company signs contract under which Acme Corp will supply parts",
        ),
        (
            "system that can handle 3,000 calls per hour is ready",
            "system that can handle 3,000 calls per hour is ready",
        ),
    ],
)
def test_relative_clauses_go_only_when_their_end_is_clear(text, shorter):
    assert drop_relatives(text) == shorter


@pytest.mark.parametrize(
    ("text", "shorter"),
    [
        ("strike grossly violates law", "strike violates law"),
        ("ministers met by telephone last week", "ministers met"),
        # adverbs before participles and "of this year" stay
        (
            "M-1 rose to seasonally adjusted 736 billion",
            "M-1 rose to seasonally adjusted 736 billion",
        ),
        ("exports before end of this year", "exports before end of this year"),
        ("climb to 3.5 pct within next year", "climb to 3.5 pct within next year"),
    ],
)
def test_adverbials_go_but_not_inside_phrases(text, shorter):
    assert drop_adverbials(text) == shorter


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "strike near airport that killed General Soleimani grossly violates law",
            "grossly",
        ),
        ("attack on convoy shows need for ceasefire", "shows"),
        ("output last month fell to 3.5 mln bpd", "fell"),
    ],
)
def test_main_verb_is_found_outside_relative_clauses(text, verb):
    index = main_verb(text)
    assert index is not None
    assert text.split()[index] == verb
