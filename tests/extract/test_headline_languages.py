"""What every headline in every language keeps: at most 110 characters, no dangling end.

The ledes are the invented stories of each language's table (test_headline_XX.py).
"""

import pytest
from pelican.plugins.wiredesk.extract.foreign import LANGS
from pelican.plugins.wiredesk.extract.headline import make_headline

from tests.extract import (
    test_headline_de,
    test_headline_es,
    test_headline_fr,
    test_headline_it,
    test_headline_pt,
    test_headline_ru,
    test_headline_uk,
)

TABLES = {
    "de": test_headline_de.CASES,
    "es": test_headline_es.CASES,
    "fr": test_headline_fr.CASES,
    "it": test_headline_it.CASES,
    "pt": test_headline_pt.CASES,
    "ru": test_headline_ru.CASES,
    "uk": test_headline_uk.CASES,
}
# German verb particles end a clause ("schließt ... nicht mehr aus").
MAY_END = {"de": test_headline_de.PARTICLES}
LEDES = [
    pytest.param(lang, lede, id=f"{lang}-{i}")
    for lang, cases in TABLES.items()
    for i, (lede, _) in enumerate(cases)
]


def test_every_language_with_rules_has_a_table():
    assert set(TABLES) == set(LANGS)


@pytest.mark.parametrize(("lang", "lede"), LEDES)
def test_headline_fits_and_never_ends_on_a_function_word(lang, lede):
    got = make_headline(lede, lang=lang)
    last = got.split()[-1].casefold()
    assert len(got) <= 110
    assert last not in LANGS[lang].function - MAY_END.get(lang, set())
    assert last not in LANGS[lang].no_end
