"""Synthetic wire stories for `invoke bench`: deterministic, realistic in size."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pelican.plugins.wiredesk.extract.months import MONTH_NAMES

CITIES = (
    "MOSCOW",
    "ST. PETERSBURG",
    "BEIJING",
    "WASHINGTON",
    "LONDON",
    "BERLIN",
    "PARIS",
    "ANKARA",
    "MINSK",
    "TOKYO",
    "NEW DELHI",
    "CAIRO",
    "VLADIVOSTOK",
    "KAZAN",
    "NOVOSIBIRSK",
    "GENEVA",
    "VIENNA",
    "ISTANBUL",
    "TBILISI",
    "BAKU",
    "YUZHNO-SAKHALINSK /Sakhalin region/",
    "MURMANSK",
    "SOCHI",
    "HAVANA",
)
AGENCIES = ("TASS",) * 6 + ("Interfax", "Xinhua", "BelTA", "Anadolu")
PEOPLE = (
    "Sergey Lavrov",
    "Wang Yi",
    "Maria Zakharova",
    "Dmitry Peskov",
    "Elvira Nabiullina",
    "Anton Siluanov",
    "Alexander Novak",
    "Antonio Guterres",
    "Hakan Fidan",
    "Olaf Scholz",
    "Narendra Modi",
    "Kassym-Jomart Tokayev",
    "Rafael Grossi",
)
ORGS = (
    "the UN Security Council",
    "the Central Bank",
    "Gazprom",
    "Rosatom",
    "OPEC+",
    "the IAEA",
    "the State Duma",
    "the Foreign Ministry",
    "Russian Railways",
    "BRICS",
    "the Shanghai Cooperation Organisation",
    "Roscosmos",
    "the World Health Organization",
)
TOPICS = (
    "the federal budget",
    "grain exports",
    "the interest rate",
    "a new satellite",
    "the hockey championship",
    "a film festival",
    "oil prices",
    "the gas pipeline",
    "a vaccine trial",
    "the election campaign",
    "missile defense",
    "a museum exhibition",
    "the Northern Sea Route",
    "wildfires in Siberia",
    "the football league",
    "trade turnover",
    "the nuclear power plant",
    "a court ruling",
    "port facilities",
)
VERBS = (
    "discussed",
    "announced plans for",
    "approved",
    "criticised",
    "welcomed",
    "called for talks on",
    "reported progress on",
    "warned about",
    "backed",
)
TAILS = (
    "the ministry said in a statement",
    "according to preliminary data",
    "a source told reporters",
    "in the first quarter",
    "by the end of the year",
    "the press service reported",
    "despite the sanctions",
    "over the next five years",
)
QUOTES = (
    "We are ready to continue the dialogue on all issues of mutual interest",
    "The situation remains difficult but is under control",
    "This decision will help to stabilise the market",
    "All the necessary measures are being taken",
    "There is no alternative to a political settlement",
)
ACTION_SHARE, FIGURE_SHARE, EARLIER_SHARE = 0.5, 0.25, 0.1  # the rest: quotes
STORIES_PER_DAY = 40
FIRST_DAY = date(2019, 1, 1)


@dataclass(frozen=True, slots=True)
class BenchSeed:
    """One generated seed: its file name and text."""

    name: str
    text: str


def _sentence(r: random.Random) -> str:
    kind = r.random()
    if kind < ACTION_SHARE:
        who, verb = r.choice(PEOPLE), r.choice(VERBS)
        return f"{who} {verb} {r.choice(TOPICS)}, {r.choice(TAILS)}."
    if kind < ACTION_SHARE + FIGURE_SHARE:
        return (
            f"{r.choice(ORGS)[0].upper()}{r.choice(ORGS)[1:]} said {r.choice(TOPICS)} "
            f"grew by {r.randint(1, 40)}.{r.randint(0, 9)}% {r.choice(TAILS)}."
        )
    if kind < 1 - EARLIER_SHARE:
        return f'"{r.choice(QUOTES)}," {r.choice(PEOPLE)} told reporters.'
    return f"Earlier, {r.choice(ORGS)} {r.choice(VERBS)} {r.choice(TOPICS)}."


def _paragraph(r: random.Random, words: int) -> str:
    out: list[str] = []
    while sum(s.count(" ") + 1 for s in out) < words:
        out.append(_sentence(r))
    return " ".join(out)


def _dateline(r: random.Random, day: date) -> str:
    month = MONTH_NAMES[day.month - 1]
    return f"{r.choice(CITIES)}, {month} {day.day}. /{r.choice(AGENCIES)}/. "


def make_seed(index: int, seed: int = 7) -> BenchSeed:
    """Return story number index of the deterministic bench corpus."""
    r = random.Random(seed * 1_000_003 + index)
    day = FIRST_DAY + timedelta(days=index // STORIES_PER_DAY)
    paragraphs = [_paragraph(r, r.randint(35, 90)) for _ in range(r.randint(5, 12))]
    paragraphs[0] = _dateline(r, day) + paragraphs[0]
    header = ""
    if index % 17 == 0:
        header = f"Tags: {r.choice(TOPICS)}, {r.choice(PEOPLE)}\n\n"
    text = header + "\n".join(paragraphs) + "\n"
    return BenchSeed(f"{day.isoformat()}-{index:06d}.txt", text)


def write_corpus(folder: Path, count: int, seed: int = 7) -> int:
    """Write count seeds into folder (identical files are kept); return their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(count):
        story = make_seed(index, seed)
        data = story.text.encode()
        path = folder / story.name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        total += len(data)
    return total
