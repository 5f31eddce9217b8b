"""What `invoke inspect` prints: the fields of DESIGN.md, per seed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..catalog.catalog import scan_seeds
from ..catalog.seedfiles import list_seeds
from ..model import Story
from ..settings import extract_options


def story_record(source: str, story: Story) -> dict[str, Any]:
    """Return the inspect fields of one story."""
    return {
        "source": source,
        "id": story.id,
        "title": story.title,
        "date": story.date.isoformat()
        if story.has_time
        else story.date.date().isoformat(),
        "timezone": story.timezone,
        "city": story.city,
        "country": story.country,
        "agency": story.agency,
        "lang": story.lang,
        "summary": story.summary,
        "section": story.section,
        "tags": list(story.tags),
        "people": list(story.people),
        "places": list(story.places),
        "orgs": list(story.orgs),
        "encoding": story.encoding,
        "warnings": list(story.warnings),
    }


def inspect_paths(paths: list[str], settings: dict[str, Any]) -> list[dict[str, Any]]:
    """Return one record per seed below each path (seeds in code-point order)."""
    catalog = scan_seeds([Path(p) for p in paths], extract_options(settings))
    records = []
    for given in paths:
        root = Path(given)
        for seed in list_seeds(root):
            source = (
                given if root.is_file() else str(Path(given) / seed.relative_to(root))
            )
            # The catalog keys seeds by normalised (not resolved) absolute path.
            key = os.path.abspath(seed)  # noqa: PTH100
            if key in catalog.reports:
                records.append({"source": source, "error": catalog.reports[key].reason})
            else:
                records.append(story_record(source, catalog.stories[key]))
    return records
