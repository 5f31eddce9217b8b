import codecs

import pytest

from wiredesk.errors import ExtractError
from wiredesk.extract.decode import decode_seed

TEXT = "MOSCOW, January 4. /TASS/. Лавров и Ван И провели переговоры.\nВторой абзац."


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8-bom"),
    (TEXT.encode("utf-16"), "utf-16"),
])
def test_unicode_encodings(data, encoding):
    decoded = decode_seed(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_cp1251_russian_is_decoded():
    text = "МОСКВА, 4 января. /ТАСС/. Министр иностранных дел России провёл переговоры с коллегой."
    assert decode_seed(text.encode("cp1251")).text == text


def test_png_is_binary_data():
    with pytest.raises(ExtractError, match="binary data"):
        decode_seed(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def test_a_few_controls_are_stripped_with_a_warning():
    decoded = decode_seed("MOSCOW, January 4. /TASS/. Talks\x00 ended\x07.".encode())
    assert decoded.text == "MOSCOW, January 4. /TASS/. Talks ended."
    assert decoded.warnings == ("stripped 2 control characters",)


def test_decomposed_text_becomes_nfc():
    assert decode_seed("Cafe\u0301".encode()).text == "Café"
