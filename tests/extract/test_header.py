import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract.header import parse_header


def test_header_block_is_split_from_the_story():
    header, body = parse_header(
        "Title: Hello\nTAGS: a, b\n\nMOSCOW, January 4. /TASS/. Text"
    )
    assert header.get("title") == "Hello"
    assert header.get("tags") == "a, b"
    assert body == "MOSCOW, January 4. /TASS/. Text"


def test_agency_is_a_header_key_in_any_case():
    header, body = parse_header("AGENCY: PA\nTitle: Hi\n\nPolice in Leeds said.")
    assert (header.get("agency"), body) == ("PA", "Police in Leeds said.")


def test_category_is_section():
    header, _ = parse_header("Category: Sports\n\nText")
    assert header.get("section") == "Sports"


def test_no_header_when_the_first_line_is_not_a_known_key():
    text = "Note: this is the story.\n\nMore."
    assert parse_header(text)[1] == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Title: x\nSave_as: ../../evil.html\n\nText", "unknown header Save_as"),
        ("Slug: ../evil\n\nText", "invalid Slug"),
        ("Id: a b\n\nText", "invalid Id"),
    ],
)
def test_bad_headers_are_errors(text, message):
    with pytest.raises(ExtractError, match=message):
        parse_header(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Slug: .\n\nText", "invalid Slug '.': use only A-Z a-z 0-9 . _ ~ -"),
        ("Slug: ..\n\nText", "invalid Slug '..': use only A-Z a-z 0-9 . _ ~ -"),
        ("Id: ...\n\nText", "invalid Id '...': use only A-Z a-z 0-9 . _ ~ -"),
        ("Slug:\n\nText", "invalid Slug '': use only A-Z a-z 0-9 . _ ~ -"),
        ("Id: a/b\n\nText", "invalid Id 'a/b': use only A-Z a-z 0-9 . _ ~ -"),
        (
            "Lang: ../../x\n\nText",
            "invalid Lang '../../x': expected a code such as en or pt-BR",
        ),
        (
            "Lang: english\n\nText",
            "invalid Lang 'english': expected a code such as en or pt-BR",
        ),
        ("Status: deleted\n\nText", "invalid Status 'deleted'"),
        (
            "Title: x\nMOSCOW, January 4. /TASS/. Text",
            "malformed header line 'MOSCOW, January 4. /TASS/. Text': "
            "expected 'Key: value' lines, then an empty line",
        ),
    ],
)
def test_header_values_are_checked(text, message):
    with pytest.raises(ExtractError) as info:
        parse_header(text)
    assert info.value.reason == message


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Lang: pt-BR\n\nText", "lang", "pt-BR"),
        ("Slug: a.b_c~d-e\n\nText", "slug", "a.b_c~d-e"),
        ("Id: .hidden\n\nText", "id", ".hidden"),
        (
            "Title: <b>x</b> & [y](javascript:z)\n\nText",
            "title",
            "<b>x</b> & [y](javascript:z)",
        ),
    ],
)
def test_header_values_kept_as_plain_text(text, key, value):
    assert parse_header(text)[0].get(key) == value


def test_a_blank_line_with_spaces_ends_the_header():
    header, body = parse_header("Title: Hello\n  \t\nMOSCOW, January 4. /TASS/. Text")
    assert (header.get("title"), body) == ("Hello", "MOSCOW, January 4. /TASS/. Text")
