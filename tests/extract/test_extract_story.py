from dataclasses import replace

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

OPTIONS = ExtractOptions(
    id_authority="news.example.org,2026",
    default_year=2020,
    sections={"Politics": ("minister",)},
    default_section="World",
)


def extract(text: str, name: str = "story.txt", **over):
    options = replace(OPTIONS, **over)
    return extract_story(text.encode("utf-8"), name=name, options=options)


def test_tass_story(seed_text):
    story = extract(seed_text("tass_basic.txt"), "tass_basic.txt")
    assert story.id == "tag:news.example.org,2026:tass_basic"
    assert (
        story.title
        == "Russian lawmakers approve bill on federal budget for next three years"
    )
    assert (story.city, story.country, story.agency) == ("Moscow", "RU", "TASS")
    assert story.date.isoformat() == "2020-03-03T00:00:00+03:00"
    assert story.timezone == "Europe/Moscow"
    assert not story.has_time
    assert story.summary.startswith("Russian lawmakers have approved")
    assert len(story.paragraphs) == 3


def test_header_values_win(seed_text):
    story = extract(
        seed_text("2021-06-15-with-header.txt"), "2021-06-15-with-header.txt"
    )
    assert (story.title, story.slug, story.section) == (
        "Hand-written headline wins",
        "hand-written",
        "Economy",
    )
    assert story.tags == ("Budget", "Parliament")
    assert story.date.year == 2021  # from the file name, before the default year


def test_no_dateline_is_published_with_a_warning():
    story = extract(
        "Date: 2020-05-01\n\nTalks between the ministers ended without a deal."
    )
    assert story.warnings == ("no dateline",)
    assert story.timezone == "UTC"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no text"),
        ("   \n\n  \n", "no text"),
        ("MOSCOW, January 4. /TASS/.", "no text"),
        ("MOSCOW, February 30. /TASS/. Text.", "invalid date"),
    ],
)
def test_unusable_seeds(text, reason):
    with pytest.raises(ExtractError, match=reason):
        extract(text)


def test_no_year_anywhere():
    with pytest.raises(ExtractError, match="no year"):
        extract("MOSCOW, January 4. /TASS/. Text.", default_year=None)


def test_too_large():
    with pytest.raises(ExtractError, match=r"too large \(2097152 > 1048576 bytes\)"):
        extract_story(b"x" * 2097152, name="big.txt", options=OPTIONS)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("tass_basic", "tag:news.example.org,2026:tass_basic"),
        (
            "2020-01-04 Lavrov talks",
            "tag:news.example.org,2026:2020-01-04%20Lavrov%20talks",
        ),
        ("Москва", "tag:news.example.org,2026:%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0"),
        ("50%", "tag:news.example.org,2026:50%25"),
    ],
)
def test_ids_are_valid_tag_uris_whatever_the_file_is_called(key, expected):
    story = extract_story(
        b"MOSCOW, January 4. /TASS/. The talks began on Saturday.",
        name=f"{key}.txt",
        options=ExtractOptions(id_authority="news.example.org,2026", default_year=2020),
    )
    assert story.id == expected
