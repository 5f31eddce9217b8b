import codecs

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract.decode import decode_seed

TEXT = "MOSCOW, January 4. /TASS/. Лавров и Ван И провели переговоры.\nВторой абзац."

GERMAN = "BERLIN, January 4. /TASS/. Der Minister äußerte sich über die Größe."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_unicode_encodings(data, encoding):
    decoded = decode_seed(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_cp1251_russian_is_decoded():
    text = (
        "МОСКВА, 4 января. /ТАСС/. "
        "Министр иностранных дел России провёл переговоры с коллегой."
    )
    assert decode_seed(text.encode("cp1251")).text == text


def test_png_is_binary_data():
    with pytest.raises(ExtractError, match="binary data"):
        decode_seed(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def test_a_few_controls_are_stripped_with_a_warning():
    decoded = decode_seed(b"MOSCOW, January 4. /TASS/. Talks\x00 ended\x07.")
    assert decoded.text == "MOSCOW, January 4. /TASS/. Talks ended."
    assert decoded.warnings == ("stripped 2 control characters",)


def test_decomposed_text_becomes_nfc():
    assert decode_seed("Cafe\u0301".encode()).text == "Café"


RUSSIAN = "MOSCOW, January 4. /TASS/. Министр иностранных дел России провёл переговоры."


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (RUSSIAN.encode("utf-16-le"), "utf-16-le", RUSSIAN),
        (RUSSIAN.encode("utf-16-be"), "utf-16-be", RUSSIAN),
        (RUSSIAN.encode("utf-32"), "utf-32", RUSSIAN),
        (
            "PARIS, January 4. /TASS/. L’économie « reste forte » — 5 €.".encode(
                "cp1252"
            ),
            "cp1252",
            "PARIS, January 4. /TASS/. L’économie « reste forte » — 5 €.",
        ),
        (
            "MADRID, January 4. /TASS/. El señor García habló.".encode("latin-1"),
            "cp1252",
            "MADRID, January 4. /TASS/. El señor García habló.",
        ),
        (
            GERMAN.encode("latin-1"),
            "cp1252",
            GERMAN,
        ),
        (
            "MOSCOW, January 4. /TASS/. Café".encode("cp1252"),
            "cp1252",
            "MOSCOW, January 4. /TASS/. Café",
        ),
    ],
)
def test_encodings_without_a_bom(data, encoding, text):
    decoded = decode_seed(data)
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, encoding, ())


@pytest.mark.parametrize(
    "data",
    [
        RUSSIAN.encode("utf-8")[:-2],  # cut inside "ы"
        codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le")[:-3],  # half of "ы"
    ],
)
def test_a_truncated_last_character_is_dropped_with_a_warning(data):
    decoded = decode_seed(data)
    assert decoded.text == RUSSIAN[:-2]
    assert decoded.warnings == (
        "dropped an incomplete character at the end (truncated file?)",
    )


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 1000 + b"MOSCOW, January 4. /TASS/. Text.",
        bytes(range(32)) * 40,
        b"GIF89a" + b"MOSCOW" * 10,
        b"%PDF-1.7\n",
        b"PK\x03\x04" + bytes(100),
        codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00" * 4,  # a lone surrogate
        bytes(range(128, 256)) * 3,
    ],
)
def test_binary_data(data):
    with pytest.raises(ExtractError, match=r"^binary data$"):
        decode_seed(data)


def test_crlf_and_lone_cr_become_newlines():
    assert decode_seed(b"One\r\nTwo\rThree\n").text == "One\nTwo\nThree\n"


def test_del_and_c1_controls_are_stripped():
    decoded = decode_seed("Talks\x7f ended\x85.".encode())
    assert decoded.text == "Talks ended."
    assert decoded.warnings == ("stripped 2 control characters",)
