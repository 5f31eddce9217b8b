"""Time writing every feed for N synthetic stories (default 10,000).

Usage: .venv/bin/python scripts/bench_feeds.py [N]

Stories come from the deterministic bench corpus (tools.benchdata) through the real
extractor; only the feed work is timed: Story -> FeedItem, every Atom, RSS and JSON
Feed file with the RFC 5005 archive pages, and the writes to a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story
from pelican.plugins.wiredesk.feeds.bundle import render_feeds
from pelican.plugins.wiredesk.feeds.generator import write_files
from pelican.plugins.wiredesk.feeds.geo import place_point
from pelican.plugins.wiredesk.feeds.items import story_item
from pelican.plugins.wiredesk.feeds.model import SiteConfig, Topic
from pelican.plugins.wiredesk.feeds.paths import place_slug
from pelican.plugins.wiredesk.render.body import render_paragraphs
from pelican.plugins.wiredesk.settings import DEFAULT_SECTIONS
from slugify import slugify

from tools.benchdata import make_seed, received

SITE = SiteConfig(
    siteurl="https://news.example.org",
    name="Wiredesk",
    authority="news.example.org,2026",
)


def topics(story):
    """Return the feed topics of a story, as the Pelican glue derives them."""
    found = [Topic("section", slugify(story.section), story.section)]
    names = dict.fromkeys([*story.tags, *story.people, *story.places, *story.orgs])
    found += [Topic("tag", slugify(name), name) for name in names]
    if story.agency:
        found.append(Topic("agency", slugify(story.agency), story.agency))
    if story.city:
        found.append(Topic("place", place_slug(story.city), story.city))
    return found


def items(count):
    """Return count feed items made from extracted bench stories."""
    options = ExtractOptions(id_authority=SITE.authority, sections=DEFAULT_SECTIONS)
    out = []
    for index in range(count):
        seed = make_seed(index)
        story = extract_story(
            seed.text.encode(), name=seed.name, options=options, received=received(seed)
        )
        link = f"{SITE.siteurl}/{story.date:%Y/%m/%d}/{story.slug}/"
        out.append(
            story_item(
                story,
                link=link,
                content_html=render_paragraphs(story.paragraphs),
                siteurl=SITE.siteurl,
                topics=topics(story),
                point=place_point(story.city) if story.city and story.country else None,
            )
        )
    return out


def main(count):
    """Extract count stories, then time rendering and writing all their feeds."""
    stories = items(count)
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu = time.perf_counter(), time.process_time()
        files = render_feeds(stories, SITE)
        render_wall, render_cpu = time.perf_counter() - wall, time.process_time() - cpu
        write_files(Path(tmp), files)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = sum(len(d) for d in files.values())
    sys.stdout.write(
        f"{count} stories: {len(files)} feed files, {size / 1e6:.1f} MB; "
        f"render {render_wall:.2f} s wall / {render_cpu:.2f} s CPU, "
        f"render + write {wall:.2f} s wall / {cpu:.2f} s CPU\n"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
