"""The pure core on arbitrary input: a Story or an ExtractError, nothing else."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.model import Story
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS

OPTIONS = ExtractOptions(
    id_authority="example.org,2026", default_year=2020, sections=DEFAULT_SECTIONS
)
DATELINES = [
    "MOSCOW, January 4. /TASS/. ",
    "NEW YORK, February 29. /TASS/. ",
    "ST. PETERSBURG, March 3, 2021. /TASS/. ",
    "WASHINGTON /DC/, Dec. 31. /TASS/. ",
    "МОСКВА, 4 января. /ТАСС/. ",
    "",
]
KEYS = [
    "Title",
    "Date",
    "Modified",
    "Slug",
    "Id",
    "Section",
    "Category",
    "Tags",
    "Summary",
    "Lang",
    "Status",
    "Save_as",
    "X",
]
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-8-sig", "cp1251", "cp1252"]
CHECKS = settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)


def extract(data: bytes, name: str = "2020-01-04-seed.txt") -> Story | None:
    """Return the Story of data, or None when the core reports it."""
    try:
        story = extract_story(data, name=name, options=OPTIONS)
    except ExtractError as e:
        assert e.reason
        return None
    assert isinstance(story, Story)
    shown = [story.title, story.summary, story.section, *story.paragraphs, *story.tags]
    assert not any(XML_ILLEGAL.search(text) for text in shown)
    assert story.paragraphs and story.title.strip()
    return story


@CHECKS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data):
    extract(data)


@CHECKS
@given(st.sampled_from(DATELINES), st.text(max_size=2000), st.sampled_from(ENCODINGS))
def test_arbitrary_text_behind_a_real_dateline(dateline, text, encoding):
    data = (dateline + text).encode(encoding, errors="replace")
    extract(data)


@CHECKS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(KEYS),
            st.text(
                st.characters(
                    exclude_characters="\r\n\x85\u2028\u2029", exclude_categories=["Cs"]
                ),
                max_size=60,
            ),
        ),
        max_size=6,
    ),
    st.sampled_from(DATELINES),
    st.text(max_size=300),
)
def test_arbitrary_header_values(header, dateline, text):
    block = "".join(f"{key}: {value}\n" for key, value in header)
    story = extract(f"{block}\n{dateline}{text}".encode())
    if story is not None:
        assert (
            re.fullmatch(r"[A-Za-z0-9._~-]+", story.key)
            or story.key == "2020-01-04-seed"
        )
        assert ".." not in story.slug.split("/")


@CHECKS
@given(st.text(max_size=200), st.sampled_from(DATELINES))
def test_arbitrary_file_names(name, dateline):
    extract(f"{dateline}The talks went on.".encode(), name=f"{name}.txt")
