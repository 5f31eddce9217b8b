"""Hostile and broken seeds, and the worst time the core takes on one of them."""

from __future__ import annotations

import codecs
import contextlib
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

LEDE = (
    "MOSCOW, January 4. /TASS/. Russian Foreign Minister Sergey Lavrov and his Chinese "
    "counterpart Wang Yi discussed the situation around Iran by telephone."
)
BASIC = f"{LEDE}\nThe ministers agreed to stay in contact.\n"
RUSSIAN = (
    "МОСКВА, 4 января. /ТАСС/. Министр иностранных дел России Сергей Лавров "
    "провёл телефонный разговор с китайским коллегой Ван И.\n"
    "Стороны обсудили ситуацию.\n"
)
FRENCH = (
    "PARIS, January 4. /TASS/. Le ministre français a déclaré que l’économie "
    "« reste forte » — malgré la crise. Coût : 5 €, Œuvre, naïve.\nFin.\n"
)
SPANISH = (
    "MADRID, January 4. /TASS/. El señor García habló con el presidente sobre la "
    "situación económica en España.\nFin.\n"
)
RTL = (
    "JERUSALEM, January 4. /TASS/. ראש הממשלה נפגש היום עם שר החוץ 🇮🇱 🤝 "
    "ووزير الخارجية 🙂 said the statement.\nשלום 👋 مرحبا\n"
)
INJECTION = (
    "<script>alert('body-script')</script> <img src=x onerror=alert('body-img')> "
    "<iframe src=\"javascript:alert('body-iframe')\"></iframe> "
    "[click](javascript:alert('body-link')) **bold** _em_ "
    '<a href="javascript:alert(1)">a</a>'
)
HEADER_INJECTION = (
    "Title: <script>alert('title')</script> & \"quoted\" <b>bold</b>\n"
    "Summary: <img src=x onerror=alert('summary')> "
    "[x](javascript:alert('summary-link'))\n"
    "Tags: <script>alert('tag')</script>, **markdown**\n"
    "Section: <iframe src=\"javascript:alert('section')\"></iframe>\n\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
LARGE = 2 * 1024 * 1024  # twice the default WIREDESK_MAX_SEED_BYTES


def _unique(text: str, n: int) -> str:
    """Return text with a last paragraph of its own, so no two seeds are duplicates."""
    return f"{text}Update {n}.\n"


def _big_paragraph(size: int) -> bytes:
    """Return a seed of exactly size bytes: the lede, then one long paragraph."""
    head = f"{LEDE}\n".encode()
    sentence = b"The talks went on for hours and covered trade, energy and security. "
    body = (sentence * (size // len(sentence) + 1))[: size - len(head)]
    return head + body


def hostile_seeds() -> dict[str, bytes]:
    """Return the hostile seed set: file name -> bytes (symlinks: the caller's)."""
    return {
        "basic.txt": BASIC.encode(),
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\n \r\n   ",
        "dateline-only.txt": b"MOSCOW, January 4. /TASS/.\n",
        "punctuation-only.txt": "MOSCOW, January 4. /TASS/. . — «» …\n".encode(),
        "image.txt": PNG,
        "nul-bytes.txt": b"\x00" * 4000 + BASIC.encode(),
        "too-large.txt": _big_paragraph(LARGE),
        "february-30.txt": BASIC.replace("January 4", "February 30").encode(),
        "unknown-header.txt": f"Title: Talks\nSave_as: ../x.html\n\n{BASIC}".encode(),
        "bad-slug.txt": f"Slug: ../../../../tmp/evil\n\n{BASIC}".encode(),
        "dot-slug.txt": f"Slug: ..\n\n{BASIC}".encode(),
        "bad-id.txt": f"Id: ../../cache/evil\n\n{BASIC}".encode(),
        "bad-lang.txt": f"Lang: ../../../../tmp/evil\n\n{BASIC}".encode(),
        "few-controls.txt": _unique(
            BASIC.replace("Wang Yi", "Wang\x00 Yi\x07\x1b"), 1
        ).encode(),
        "no-dateline.txt": b"Date: 2020-01-04\n\nThe ministers spoke by telephone.\n",
        "weekday.txt": _unique(
            BASIC.replace("discussed", "on Tuesday discussed"), 2
        ).encode(),
        "utf16-bom.txt": codecs.BOM_UTF16_LE + _unique(RUSSIAN, 3).encode("utf-16-le"),
        "utf16-no-bom.txt": RUSSIAN.replace("ТАСС", "TASS").encode("utf-16-be"),
        "cp1251.txt": RUSSIAN.encode("cp1251"),
        "cp1252.txt": FRENCH.encode("cp1252"),
        "latin1.txt": SPANISH.encode("latin-1"),
        "utf8-bom-crlf.txt": codecs.BOM_UTF8
        + _unique(BASIC, 4).replace("\n", "\r\n").encode(),
        "emoji-rtl.txt": RTL.encode(),
        "2020-01-04 Сводка ñandú.txt": _unique(
            BASIC.replace("MOSCOW", "BEIJING"), 5
        ).encode(),
        "long-sentence.txt": (LEDE[:26] + " word" * 600 + "\nEnd.\n").encode(),
        "short-lines.txt": (LEDE + "\n" + "Line.\n" * 50_000).encode(),
        "inject-body.txt": f"{LEDE} {INJECTION}\n{INJECTION}\n".encode(),
        "inject-header.txt": f"{HEADER_INJECTION}{LEDE} Plain text.\n".encode(),
        "z-duplicate.txt": ("Title: Same text\n\n" + BASIC)
        .replace("\n", "\r\n")
        .encode("utf-16"),
    }


def write_hostile_seeds(folder: Path) -> list[Path]:
    """Write the hostile seed set into folder (created) and return the paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in hostile_seeds().items():
        (folder / name).write_bytes(data)
    return sorted(folder.glob("*.txt"))


WARM_UP = b"MOSCOW, January 4, 2020. /TASS/. The ministers spoke by telephone.\n"


def worst_extraction(folder: Path, options: ExtractOptions) -> tuple[float, str]:
    """Return the slowest extraction (seconds, file name) over the seeds in folder.

    The size limit is raised so that the largest seed is extracted, not just refused.
    """
    roomy = replace(options, max_bytes=max(options.max_bytes, 4 * LARGE))
    # Load the gazetteer and compile patterns first, so no seed's time includes them.
    extract_story(WARM_UP, name="warm-up.txt", options=roomy)
    worst = (0.0, "")
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        started = time.perf_counter()
        with contextlib.suppress(ExtractError):
            extract_story(data, name=path.name, options=roomy)
        worst = max(worst, (time.perf_counter() - started, path.name))
    return worst


def measure_hostile(options: ExtractOptions) -> tuple[float, str, int]:
    """Write the hostile set to a scratch folder; return (worst seconds, seed, count).

    One plain story is extracted first, so loading the gazetteer is not counted.
    """
    with contextlib.suppress(ExtractError):
        extract_story(BASIC.encode(), name="warm-up.txt", options=options)
    with tempfile.TemporaryDirectory() as scratch:
        seeds = write_hostile_seeds(Path(scratch))
        seconds, name = worst_extraction(Path(scratch), options)
    return seconds, name, len(seeds)
