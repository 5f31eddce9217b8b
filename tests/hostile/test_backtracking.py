"""Long adversarial input ends in bounded time: no regex or loop may go quadratic.

Each case runs in a child process and must finish within a generous bound; the
speed target itself lives in `invoke bench`.
"""

from __future__ import annotations

import contextlib
import multiprocessing

import pytest
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.extract.decode import decode_seed
from pelican.plugins.wiredesk.extract.header import parse_header
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS

BOUND = 10.0  # seconds: a hang guard, far above what any case needs
OPTIONS = ExtractOptions(
    id_authority="example.org,2026",
    default_year=2020,
    sections=DEFAULT_SECTIONS,
    max_bytes=64 * 1024 * 1024,
)
D = "MOSCOW, January 4. /TASS/. "
CASES = [
    ("according to", D + "according to x " * 2000 + ","),
    ("words without punctuation", D + "word " * 60_000),
    ("one long word", D + "A" * 200_000),
    ("capitalised run", D + "John Smith " * 30_000),
    ("open parentheses", D + "(" * 50_000 + ")"),
    ("commas", D + ", " * 50_000 + "x"),
    ("quotes", D + "'\"«" * 30_000 + "x"),
    ("said", D + "said " * 50_000),
    ("city run", "MOSCOW " * 30_000),
    ("slashes", D + "/" * 100_000 + "x"),
    ("dateline spaces", "MOSCOW, January 4" + " " * 100_000 + "x"),
    ("header key", "Title" + "a" * 100_000 + ": x\n\n" + D + "x"),
    ("dots", D + "." * 100_000 + "x"),
    ("hyphens", D + "-" * 100_000 + "x"),
    ("ages", D + "Smith, 45, a b, " * 20_000),
    ("perfect tense", D + "has been " * 30_000),
    ("digits", D + "1" * 200_000),
    ("short sentences", D + "A. " * 50_000),
    ("abbreviations", D + "St. Mr. U.S. A.B. " * 20_000),
]


def _extract(text: str) -> None:
    with contextlib.suppress(ExtractError):
        extract_story(text.encode(), name="seed.txt", options=OPTIONS)


def _decode_and_split(data: bytes) -> None:
    with contextlib.suppress(ExtractError):
        parse_header(decode_seed(data).text)


@pytest.fixture(scope="module", autouse=True)
def _loaded_data():
    """Load the gazetteer and word lists once, so each child starts warm."""
    _extract(D + "The talks in Moscow went on.")


def finishes(target, *args) -> bool:
    """Return whether target(*args) returns within BOUND seconds."""
    child = multiprocessing.get_context("fork").Process(target=target, args=args)
    child.start()
    child.join(BOUND)
    if child.is_alive():
        child.kill()
        child.join()
        return False
    return child.exitcode == 0


@pytest.mark.parametrize(("case", "text"), CASES)
def test_extraction_of_adversarial_text_ends(case, text):
    assert finishes(_extract, text), case


@pytest.mark.parametrize(
    "data",
    [
        b"\x00A" * 4_000_000,
        b"A\x00" * 4_000_000,
        bytes(range(128, 256)) * 30_000,
        b"\xd0" * 4_000_000,
        ("Title: " + "x" * 4_000_000 + "\n\nText").encode(),
        ("Title: x\n" * 400_000 + "\nText").encode(),
        b"\r" * 4_000_000,
    ],
)
def test_decoding_and_header_of_adversarial_bytes_end(data):
    assert finishes(_decode_and_split, data)
