"""Stories made from invented copy, for tests of what extraction makes of them."""

from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=1987)


def headline(text: str) -> str:
    """Return the headline extraction gives a story of text (1987 copy)."""
    return extract_story(text.encode(), name="s.txt", options=OPTIONS).title
