"""The Pelican Reader for .txt seeds: a Story mapped to Pelican metadata."""

from __future__ import annotations

from html import escape
from typing import Any

from pelican.readers import BaseReader
from pelican.utils import SafeDatetime

from .catalog import Catalog, scan_seeds
from .extract.identity import make_slug
from .model import Story
from .render import render_paragraphs
from .settings import cache_folder, check_settings, extract_options, seed_roots

CATALOG_SLOT = "_wiredesk_catalog"  # runtime state kept on the build's settings dict
PROGRESS_SLOT = "_wiredesk_progress"  # the build's Progress, when it reports one


def catalog_for(settings: dict[str, Any]) -> Catalog:
    """Return the build's catalog, scanning every seed on first use."""
    if CATALOG_SLOT not in settings:
        check_settings(settings)
        settings[CATALOG_SLOT] = scan_seeds(
            seed_roots(settings),
            extract_options(settings),
            cache=cache_folder(settings),
            progress=settings.get(PROGRESS_SLOT),
        )
    return settings[CATALOG_SLOT]


def _aware(value: Any) -> SafeDatetime:
    return SafeDatetime.fromtimestamp(value.timestamp(), value.tzinfo)


class WireReader(BaseReader):
    """Read a raw wire story; seed text is escaped, never Markdown or HTML."""

    enabled = True
    file_extensions = ("txt",)

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Return the body HTML and the metadata of one seed (raises its report)."""
        story = catalog_for(self.settings).story(source_path)
        return render_paragraphs(story.paragraphs), self.story_metadata(story)

    def story_metadata(self, story: Story) -> dict[str, Any]:
        """Map a Story to Pelican's metadata names (the agency is Pelican's author)."""
        meta: dict[str, Any] = {
            "title": story.title,
            "date": _aware(story.date),
            "modified": _aware(story.updated),
            "slug": story.slug,
            "category": self.taxonomy("category", story.section),
            "summary": escape(story.summary, quote=False),
            "lang": story.lang,
            "status": story.status,
            "story": story,
        }
        if story.agency:
            meta["author"] = self.taxonomy("author", story.agency)
        # People, places and organisations have pages of their own; tags are topics.
        if story.tags:
            meta["tags"] = self.taxonomy("tags", list(story.tags))
        return meta

    def taxonomy(self, kind: str, value: Any) -> Any:
        """Return Pelican's category, author or tags of value, each with a slug."""
        result = self.process_metadata(kind, value)
        for item in result if isinstance(result, list) else [result]:
            if not item.slug:  # Pelican strips markup-like text: "<b></b>" leaves ""
                item.slug = make_slug(item.name, kind)
        return result
