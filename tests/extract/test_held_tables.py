"""A table whose copy names no company waits as a draft; a header publishes it."""

from dataclasses import replace

import pytest
from pelican.plugins.wiredesk.extract import HELD_TABLE, ExtractOptions, extract_story

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=1987)

NAMELESS_EARNINGS = (
    "DAYTON, Ohio, March 3 - Shr 41 cts vs 38 cts\n"
    "Net 2,100,000 vs 1,950,000\nRevs 40.1 mln vs 37.7 mln\nReuter\n"
)
NAMELESS_DIVIDEND = (
    "SPOKANE, Wash., March 3 - Qtly div 12 cts vs 12 cts prior\n"
    "Pay April 15\nRecord March 31\nReuter\n"
)
NAMELESS_PARENT = (
    "ZUG, Switzerland, March 2 - Parent company net profit 4.1 mln Swiss francs "
    "vs 3.9 mln.\nSales 210 mln francs vs 198 mln.\n"
    "Group sales 1.31 billion francs vs 1.27 billion.\nReuter\n"
)
NAMED_EARNINGS = (
    "DAYTON, Ohio, March 3 - Shr 41 cts vs 38 cts\n"
    "Net 2,100,000 vs 1,950,000\nNOTE: Full name is Gem City Tool Inc.\nReuter\n"
)
PROSE = (
    "DAYTON, Ohio, March 3 - Gem City Tool Inc said its fourth quarter net rose "
    "to 2.1 mln dlrs from 1.95 mln dlrs.\nReuter\n"
)


def extract(text: str, **over) -> object:
    return extract_story(
        text.encode(), name="story.txt", options=replace(OPTIONS, **over)
    )


@pytest.mark.parametrize(
    "text", [NAMELESS_EARNINGS, NAMELESS_DIVIDEND, NAMELESS_PARENT]
)
def test_a_table_that_names_no_company_is_held_as_a_draft(text):
    story = extract(text)
    assert story.status == "draft"
    assert HELD_TABLE in story.warnings
    assert "company" in HELD_TABLE and "Title:" in HELD_TABLE  # says why and how


@pytest.mark.parametrize("text", [NAMED_EARNINGS, PROSE])
def test_a_table_or_story_that_names_its_company_is_published(text):
    story = extract(text)
    assert story.status == "published"
    assert HELD_TABLE not in story.warnings
    assert "Gem City Tool" in story.title


def test_a_title_header_publishes_a_held_table():
    title = "Gem City Tool 4th qtr net rises"
    story = extract(f"Title: {title}\n\n" + NAMELESS_EARNINGS)
    assert (story.status, story.title) == ("published", title)
    assert HELD_TABLE not in story.warnings


def test_a_status_header_decides_whatever_the_table_says():
    story = extract("Status: published\n\n" + NAMELESS_EARNINGS)
    assert story.status == "published"
    hidden = extract("Status: hidden\n\n" + NAMED_EARNINGS)
    assert hidden.status == "hidden"


def test_the_setting_off_publishes_nameless_tables():
    story = extract(NAMELESS_EARNINGS, hold_nameless_tables=False)
    assert story.status == "published"
    assert story.title.startswith("Dayton company reports")
