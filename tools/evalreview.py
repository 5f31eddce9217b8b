"""Blind headline review: a sheet of story starts and headlines, a key, a tally.

Generated headlines and real ones (the controls) are shuffled together; the sheet
never says which is which nor which agency sent a story, the key does. Verdicts come
back one a line as `NUMBER VERDICT` (publish, light or broken).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

VERDICTS = ("publish", "light", "broken")
CONTROL = "real"
GENERATED = "generated"
START_CHARS = 420
MAX_CONTROLS = 20
MAX_PER_AGENCY = 45
VERDICT_RE = re.compile(
    r"^\s*#?(?P<n>\d+)\s*[.:)\-–—]?\s*(?P<verdict>publish|light(?:\s+edit)?|broken)\b",
    re.IGNORECASE,
)
HEADER = """# Headline review

Each item is the start of a wire story and a headline for it. Judge the headline as a
wire-service copy editor would, and answer one line per item in a separate file:

    NUMBER VERDICT

where VERDICT is `publish` (run it as it is), `light` (needs a light edit) or `broken`
(would not run it: ungrammatical, cut off, wrong or misleading).
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One headline of the sheet: its story, where it came from, what it says."""

    file: str
    agency: str
    kind: str
    headline: str
    start: str


def is_control(title: str | None) -> bool:
    """Return whether a real headline can stand among generated ones unnoticed.

    A slug in capitals ("BAHIA COCOA REVIEW") would give itself away.
    """
    return bool(title) and not str(title).isupper()


def story_start(text: str, limit: int = START_CHARS) -> str:
    """Return the first limit characters of a story, on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def pick_entries(
    controls: list[Entry],
    generated: list[Entry],
    seed: int = 0,
    max_controls: int = MAX_CONTROLS,
    per_agency: int = MAX_PER_AGENCY,
) -> list[Entry]:
    """Return a shuffled sample: some real controls and generated ones per agency."""
    rng = random.Random(seed)
    chosen = rng.sample(controls, min(max_controls, len(controls)))
    by_agency: dict[str, list[Entry]] = {}
    for entry in generated:
        by_agency.setdefault(entry.agency, []).append(entry)
    for agency in sorted(by_agency):
        pool = by_agency[agency]
        chosen += rng.sample(pool, min(per_agency, len(pool)))
    rng.shuffle(chosen)
    return chosen


def review_sheet(entries: list[Entry]) -> str:
    """Return the sheet a reviewer sees: numbered story starts and headlines only."""
    items = [
        f"## {n}\n\nStory: {entry.start}\n\nHeadline: {entry.headline}\n"
        for n, entry in enumerate(entries, start=1)
    ]
    return HEADER + "\n" + "\n".join(items)


def review_key(entries: list[Entry]) -> dict[str, Any]:
    """Return the key of a sheet: item number -> file, agency, kind, headline."""
    return {
        "items": {
            str(n): {k: v for k, v in asdict(entry).items() if k != "start"}
            for n, entry in enumerate(entries, start=1)
        }
    }


def parse_verdicts(lines: Iterable[str]) -> dict[str, str]:
    """Return item number -> verdict from `NUMBER VERDICT` lines; others are skipped."""
    verdicts = {}
    for line in lines:
        if match := VERDICT_RE.match(line):
            verdicts[match["n"]] = match["verdict"].split()[0].casefold()
    return verdicts


def tally(key: dict[str, Any], verdicts: dict[str, str]) -> dict[str, Counter[str]]:
    """Count verdicts per group: "real" for controls, else the agency's name.

    Raises ValueError naming the items the key does not know.
    """
    items = key["items"]
    unknown = sorted(set(verdicts) - set(items), key=int)
    if unknown:
        raise ValueError(f"items not in the key: {', '.join(unknown)}")
    groups: dict[str, Counter[str]] = {}
    for n, verdict in verdicts.items():
        item = items[n]
        group = "real controls" if item["kind"] == CONTROL else item["agency"]
        groups.setdefault(group, Counter())[verdict] += 1
    generated = Counter()
    for group, counts in groups.items():
        if group != "real controls":
            generated.update(counts)
    if generated:
        groups["generated, all"] = generated
    return groups


def format_tally(groups: dict[str, Counter[str]], missing: int = 0) -> str:
    """Return publish / light / broken per group, counts and shares."""
    width = max([len(g) for g in groups] + [5])
    lines = [
        f"{'group':<{width}}  {'n':>3}  " + "  ".join(f"{v:>14}" for v in VERDICTS)
    ]
    for group in sorted(groups, key=lambda g: (g.startswith("generated"), g)):
        counts = groups[group]
        total = sum(counts.values())
        cells = [
            f"{counts[v]:>4} ({counts[v] / total:>4.0%})".rjust(14) for v in VERDICTS
        ]
        lines.append(f"{group:<{width}}  {total:>3}  " + "  ".join(cells))
    if missing:
        lines.append(f"items without a verdict: {missing}")
    return "\n".join(lines)
