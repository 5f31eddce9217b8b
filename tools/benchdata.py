"""The bench corpus: deterministic wire stories in the mix a desk receives.

In every 20 stories: 11 TASS-style English stories with dated datelines; 4 modern
English ones with undated datelines (AP twice, Reuters, The Canadian Press); 5 in
other languages: AFP French, EFE Spanish, ANSA Italian and TASS Russian, dated,
and dpa German, undated. The seeds folder is a git repository, a folder a month
(`2019-01/`), one commit a day at noon UTC, so the undated quarter is dated from
git history. (One flat folder would make every commit's tree as big as the
archive: git's pass over 2,500 daily commits of 100k seeds then takes ~30 s.)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from pelican.plugins.wiredesk.model import GIT_HISTORY, Received

from tools.benchenglish import (
    MODERN_ENGLISH,
    ap_dateline,
    cp_credit,
    cp_dateline,
    reuters_dateline,
)
from tools.benchgerman import GERMAN, RUSSIAN, dpa_dateline, tass_russian_dateline
from tools.benchgit import Day, commit_days, commit_files, commit_time
from tools.benchlang import Language, paragraphs
from tools.benchromance import (
    FRENCH,
    ITALIAN,
    SPANISH,
    afp_dateline,
    ansa_dateline,
    efe_dateline,
)
from tools.benchtass import TASS_ENGLISH, tass_dateline, tass_tags

STORIES_PER_DAY = 40
FIRST_DAY = date(2019, 1, 1)
EDIT_DELAY = timedelta(minutes=15)  # the edit and the new story: after the last day
ADD_DELAY = timedelta(minutes=30)


@dataclass(frozen=True, slots=True, eq=False)  # kinds compare by identity
class Kind:
    """One kind of wire copy: its agency, language and dateline."""

    agency: str
    language: Language
    dateline: Callable[[random.Random, date], str]
    dated: bool  # whether the dateline carries the day (else git history does)
    credit: Callable[[date], str] | None = None  # a closing credit line


TASS = Kind("TASS", TASS_ENGLISH, tass_dateline, dated=True)
AP = Kind("AP", MODERN_ENGLISH, ap_dateline, dated=False)
REUTERS = Kind("Reuters", MODERN_ENGLISH, reuters_dateline, dated=False)
CP = Kind("CP", MODERN_ENGLISH, cp_dateline, dated=False, credit=cp_credit)
AFP = Kind("AFP", FRENCH, afp_dateline, dated=True)
EFE = Kind("EFE", SPANISH, efe_dateline, dated=True)
DPA = Kind("dpa", GERMAN, dpa_dateline, dated=False)
ANSA = Kind("ANSA", ITALIAN, ansa_dateline, dated=True)
TASS_RU = Kind("TASS", RUSSIAN, tass_russian_dateline, dated=True)
# Story i is of kind MIX[i % 20]: the mix above, spread through each day.
MIX: tuple[Kind, ...] = (
    TASS, AP, TASS, AFP, TASS, REUTERS, TASS, EFE, TASS, CP,
    TASS, DPA, AP, TASS, ANSA, TASS, TASS_RU, TASS, TASS, TASS,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BenchSeed:
    """One generated seed: its file name, text, kind and the day it was filed."""

    name: str
    text: str
    kind: Kind
    day: date

    @property
    def path(self) -> str:
        """Return where the seed lives in the seeds folder: a folder a month."""
        return f"{self.day:%Y-%m}/{self.name}"


def kind_of(index: int) -> Kind:
    """Return the kind of story number index."""
    return MIX[index % len(MIX)]


def day_of(index: int) -> date:
    """Return the day story number index was filed (and committed)."""
    return FIRST_DAY + timedelta(days=index // STORIES_PER_DAY)


def file_name(index: int) -> str:
    """Return the seed's file name: dated copy by day, undated by agency alone.

    An undated seed's name carries no date, or the name would date it before git.
    """
    kind = kind_of(index)
    if kind.dated:
        return f"{day_of(index).isoformat()}-{index:06d}.txt"
    return f"{kind.agency.lower()}-{index:06d}.txt"


def make_seed(index: int, seed: int = 7, *, edited: bool = False) -> BenchSeed:
    """Return story number index of the corpus (edited: with a closing sentence)."""
    r = random.Random(seed * 1_000_003 + index)
    kind, day = kind_of(index), day_of(index)
    body = paragraphs(kind.language, r, day, (5, 12))
    body[0] = kind.dateline(r, day) + body[0]
    if edited:
        body[-1] += " " + kind.language.closing
    header = tass_tags(r) if kind is TASS and index % 17 == 0 else ""
    lines = [*body, kind.credit(day)] if kind.credit else body
    return BenchSeed(file_name(index), header + "\n".join(lines) + "\n", kind, day)


def received(story: BenchSeed) -> Received:
    """Return when the desk received story: its day's commit (as write_corpus makes).

    For extracting a seed outside its repository, as the build would date it.
    """
    return Received(commit_time(story.day), GIT_HISTORY)


def mix_note() -> str:
    """Say what the corpus holds, for the head of the bench's report."""
    share = {k: sum(m is k for m in MIX) * 100 // len(MIX) for k in MIX}
    parts = [
        f"{share[k]}% {k.agency} {k.language.code}{'' if k.dated else ' undated'}"
        for k in dict.fromkeys(MIX)
    ]
    undated = sum(not k.dated for k in MIX) * 100 // len(MIX)
    return (
        f"corpus: {', '.join(parts)}; in git, a folder a month, one commit a day "
        f"({STORIES_PER_DAY} stories) at noon UTC: the {undated}% undated are "
        "dated from git history"
    )


def _days(folder: Path, count: int, seed: int, sizes: list[int]) -> Iterator[Day]:
    stories = []
    for index in range(count):
        story = make_seed(index, seed)
        data = story.text.encode()
        path = folder / story.path
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
        elif path.read_bytes() != data:
            path.write_bytes(data)
        sizes.append(len(data))
        stories.append((story.path, data))
        if index + 1 == count or day_of(index + 1) != story.day:
            yield story.day, stories
            stories = []


def write_corpus(folder: Path, count: int, seed: int = 7) -> int:
    """Write count seeds into folder, commit them one day at a time; return bytes.

    Identical files are kept; the repository is made afresh.
    """
    folder.mkdir(parents=True, exist_ok=True)
    sizes: list[int] = []
    commit_days(folder, _days(folder, count, seed, sizes))
    return sum(sizes)


def edit_story(folder: Path, count: int, seed: int = 7) -> str:
    """Add a closing sentence to the middle story and commit it; return its path."""
    story = make_seed(count // 2, seed, edited=True)
    (folder / story.path).write_text(story.text, encoding="utf-8")
    when = commit_time(day_of(count - 1)) + EDIT_DELAY
    commit_files(folder, [story.path], when, f"Edit {story.name}")
    return story.path


def add_story(folder: Path, count: int, seed: int = 7) -> tuple[str, datetime]:
    """Write the first undated story from number count on and commit it.

    A desk commits the copy it receives: the new story is dated by that commit,
    so the step measures the date chain's git pass again. Returns name and time.
    """
    index = next(i for i in range(count, count + len(MIX)) if not kind_of(i).dated)
    story = make_seed(index, seed)
    (folder / story.path).parent.mkdir(exist_ok=True)
    (folder / story.path).write_text(story.text, encoding="utf-8")
    when = commit_time(day_of(index)) + ADD_DELAY
    commit_files(folder, [story.path], when, f"Copy {story.name}")
    return story.path, when
