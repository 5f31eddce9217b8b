"""Any text in any of the six languages gets a headline that fits, without an error."""

from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.wiredesk.extract.foreign import LANGS, foreign_headline

WORDS = st.sampled_from(
    [
        "Путин",
        "заявил,",
        "что",
        "в",
        "Президент",
        "Le",
        "ministre",
        "a",
        "déclaré",
        "qu'il",
        "de",
        "la",
        "El",
        "dijo",
        "que",
        "hat",
        "gesagt,",
        "dass",
        "wird",
        "ha",
        "detto",
        "che",
        "(AFP)",
        "«Газпром»",
        "M.",
        "2,5%",
        ",",
        "—",
        "selon",
        "Sánchez,",
        "Olaf",
        "Scholz",
        "x" * 120,
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=60),
    lang=st.sampled_from(sorted(LANGS)),
)
def test_headline_fits_whatever_the_words(words, lang):
    headline = foreign_headline(" ".join(words), lang)
    assert len(headline) <= 110


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), lang=st.sampled_from([*sorted(LANGS), "uk", "nl"]))
def test_headline_never_fails_on_any_text(text, lang):
    assert len(foreign_headline(text, lang)) <= 110
