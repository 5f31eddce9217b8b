"""Golden story JSON: what the extractor makes of each fixture seed."""

from __future__ import annotations

import json
from pathlib import Path

from pelican.plugins.wiredesk.build.inspect import story_record
from pelican.plugins.wiredesk.errors import ExtractError
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS

GOLDEN_OPTIONS = ExtractOptions(
    id_authority="news.example.org,2026",
    default_year=2020,
    sections=DEFAULT_SECTIONS,
)


def story_json(seed: Path) -> str:
    """Return the inspect record of one seed as indented, sorted JSON."""
    story = extract_story(seed.read_bytes(), name=seed.name, options=GOLDEN_OPTIONS)
    record = story_record(seed.name, story)
    return json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_story_goldens(seeds: Path, golden: Path) -> list[Path]:
    """Write golden/<stem>.json for every seed in seeds; return the files written."""
    golden.mkdir(parents=True, exist_ok=True)
    written = []
    for seed in sorted(seeds.glob("*.txt")):
        try:
            text = story_json(seed)
        except ExtractError:
            continue  # a seed that is a report has no story to keep
        target = golden / f"{seed.stem}.json"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
