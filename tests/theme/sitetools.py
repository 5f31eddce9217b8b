"""Helpers for the theme tests: seeds, tools, the Playwright browser settings."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, require_tool  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

PREFIX = "/wiredesk"
TOPICS = (
    (
        "Foreign Minister Sergey Lavrov met envoys to discuss the talks on the treaty.",
        "The minister said the United Nations Security Council should meet soon.",
    ),
    (
        "The central bank kept its interest rate unchanged as inflation slowed.",
        "Economists expect the budget deficit to narrow this year.",
    ),
    (
        "The local football club won the championship match in the evening.",
        "The coach praised the team after the final of the tournament.",
    ),
)
CITIES = ("MOSCOW", "ST. PETERSBURG", "KAZAN")


def write_seeds(folder: Path) -> None:
    """Write the shipped seed, the fixture seeds and 25 made-up stories into folder."""
    folder.mkdir(parents=True)
    for seed in [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted(FIXTURES.glob("seeds/*.txt")),
    ]:
        shutil.copy(seed, folder / seed.name)
    for n in range(24):
        lede, more = TOPICS[n % 3]
        day = 1 + n % 6
        text = (
            f"{CITIES[n % 3]}, January {day}. /TASS/. Story {n}: {lede}\n{more}\n"
            f"Officials gave no further details on case number {n}.\n"
        )
        (folder / f"2020-01-{day:02d}-generated-{n:02d}.txt").write_text(
            text, encoding="utf-8"
        )
    (folder / "2020-01-05-german.txt").write_text(
        "Lang: de\n\nBERLIN, January 5. /TASS/. Die Bundesregierung hat am Sonntag "
        "neue Gespräche mit Frankreich angekündigt.\n"
        "Das Treffen soll in Paris stattfinden.\n",
        encoding="utf-8",
    )


def story_pages(site: Path) -> list[Path]:
    """Return the built story pages, sorted."""
    return sorted(site.glob("20*/*/*/*/index.html"))


def seed_story_page(site: Path, key: str = "lavrov-wang-yi-phone-call") -> Path:
    """Return the built page of the story whose id ends with key."""
    marker = f':{key}"'.encode()
    return next(p for p in story_pages(site) if marker in p.read_bytes())
