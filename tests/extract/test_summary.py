import pytest
from pelican.plugins.wiredesk.extract.summary import make_summary

LONG_LEDE = (
    "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi have "
    "stressed in a telephone conversation that the strike near the airport that killed "
    "the general grossly violates the principles of international law, the ministry "
    "said on Saturday."
)


def test_short_lede_is_the_summary():
    assert (
        make_summary("Talks ended. Both sides left.") == "Talks ended. Both sides left."
    )


def test_long_lede_is_cut_after_a_whole_sentence():
    lede = "First sentence is here. " + "Second sentence goes on and on " * 20 + "."
    assert make_summary(lede, 100) == "First sentence is here."


def test_one_long_sentence_is_kept_whole_not_cut_mid_sentence():
    assert len(LONG_LEDE) > 200
    assert make_summary(LONG_LEDE, 200) == LONG_LEDE


def test_a_long_first_sentence_is_kept_without_what_follows():
    lede = LONG_LEDE + " The ministers also discussed the nuclear deal at length."
    assert make_summary(lede, 200) == LONG_LEDE


@pytest.mark.parametrize("hard_max", [250, 120])
def test_only_a_sentence_over_the_hard_cap_is_cut_with_an_ellipsis(hard_max):
    summary = make_summary(LONG_LEDE, 100, hard_max)
    assert summary.endswith("…")
    assert len(summary) <= hard_max
    assert summary.startswith("Russian Foreign Minister Sergey Lavrov and his Chinese")


def test_lede_without_sentence_end_is_cut_at_a_word_with_an_ellipsis():
    summary = make_summary("word " * 100, 50, 50)
    assert summary.endswith("word…")
    assert len(summary) <= 50
