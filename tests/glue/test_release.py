"""Once every file is written, the stories leave Pelican's context for search."""

from __future__ import annotations

from types import SimpleNamespace

from pelican.plugins.wiredesk.glue.articles import release_groupings


def _context() -> dict:
    stories = ["story-1", "story-2"]
    return {
        "SITENAME": "Wire",
        "articles": stories,
        "dates": stories,
        "hidden_articles": [],
        "drafts": [],
        "categories": [("World", stories)],
        "tags": [("trade", stories)],
        "authors": [("TASS", stories)],
        "pages": ["about"],
    }


def test_wiredesk_theme_empties_the_story_entries_and_keeps_the_rest():
    context = _context()
    release_groupings(context, None, own_theme=True)
    for key in ("articles", "dates", "categories", "tags", "authors"):
        assert context[key] == []
    assert context["SITENAME"] == "Wire"
    assert context["pages"] == ["about"]


def test_a_sites_theme_keeps_the_generators_articles_for_pelicans_summary():
    context = _context()
    generator = SimpleNamespace(
        articles=["story-1", "story-2", "post"],
        hidden_articles=["hidden"],
        drafts=[],
        dates=["story-1"],
        categories=[("World", ["story-1"])],
        tags={"trade": ["story-1"]},
        authors=[("TASS", ["story-1"])],
        period_archives={"year": [{"period": (2024,), "articles": ["story-1"]}]},
    )
    release_groupings(context, generator, own_theme=False)
    assert generator.articles == ["story-1", "story-2", "post"]
    assert generator.hidden_articles == ["hidden"]
    assert (generator.dates, generator.categories, generator.authors) == ([], [], [])
    assert generator.tags == {}
    assert generator.period_archives == {"year": []}
    assert context["period_archives"] is generator.period_archives
