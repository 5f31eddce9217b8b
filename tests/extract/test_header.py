import pytest

from wiredesk.errors import ExtractError
from wiredesk.extract.header import parse_header


def test_header_block_is_split_from_the_story():
    header, body = parse_header("Title: Hello\nTAGS: a, b\n\nMOSCOW, January 4. /TASS/. Text")
    assert header.get("title") == "Hello"
    assert header.get("tags") == "a, b"
    assert body == "MOSCOW, January 4. /TASS/. Text"


def test_category_is_section():
    header, _ = parse_header("Category: Sports\n\nText")
    assert header.get("section") == "Sports"


def test_no_header_when_the_first_line_is_not_a_known_key():
    text = "Note: this is the story.\n\nMore."
    assert parse_header(text)[1] == text


@pytest.mark.parametrize(("text", "message"), [
    ("Title: x\nSave_as: ../../evil.html\n\nText", "unknown header Save_as"),
    ("Slug: ../evil\n\nText", "invalid Slug"),
    ("Id: a b\n\nText", "invalid Id"),
])
def test_bad_headers_are_errors(text, message):
    with pytest.raises(ExtractError, match=message):
        parse_header(text)
