from wiredesk.extract.summary import make_summary


def test_short_lede_is_the_summary():
    assert make_summary("Talks ended. Both sides left.") == "Talks ended. Both sides left."


def test_long_lede_is_cut_after_a_whole_sentence():
    lede = "First sentence is here. " + "Second sentence goes on and on " * 20 + "."
    assert make_summary(lede, 100) == "First sentence is here."


def test_lede_without_sentence_end_is_cut_at_a_word_with_an_ellipsis():
    summary = make_summary("word " * 100, 50)
    assert summary.endswith("word…")
    assert len(summary) <= 50
