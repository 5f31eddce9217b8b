"""What the search index reads of each story in a site whose theme is not Wiredesk's.

Pagefind takes a result's title from a page's first heading and its words from the
page's body. Another theme's story page opens with the site's name and carries the
site's navigation, so every result would be titled with the site's name. In such a
site the index is made from one small document per story instead, at the story
page's own path (so results link to the page the theme wrote), holding what readers
search: the headline and the story's text.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Protocol

from ..model import Story
from ..output.lock import work_folder
from ..prints import fingerprint


class Searchable(Protocol):
    """A story as the site plans it: the story, its body HTML and its page."""

    story: Story
    save_as: str

    @property
    def content(self) -> str:
        """Return the body HTML."""
        ...


def search_document(story: Story, body: str) -> bytes:
    """Return the document the index reads for one story (body: its HTML)."""
    lang, title = escape(story.lang or "en"), escape(story.title)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><main data-pagefind-body>"
        f"<h1>{title}</h1>{body}</main></body></html>\n"
    ).encode()


def write_documents(views: Iterable[Searchable], folder: Path) -> dict[str, str]:
    """Write each story's document into folder at its page's path; return prints."""
    prints: dict[str, str] = {}
    for view in views:
        if not view.save_as:
            continue
        data = search_document(view.story, view.content)
        path = folder / view.save_as
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        prints[view.save_as] = fingerprint(data)
    return prints


def shard_prints(
    shards: Mapping[str, list[str]], prints: Mapping[str, str]
) -> dict[str, str]:
    """Return the print of each shard from its files' prints (changes when one does)."""
    return {
        shard: fingerprint(*((name, prints.get(name)) for name in files))
        for shard, files in shards.items()
    }


def changed_months(
    now: Mapping[str, str], before: Mapping[str, str]
) -> tuple[str, ...]:
    """Return the shards whose print changed, appeared or went since before."""
    changed = {m for m in now if before.get(m) != now[m]}
    return tuple(sorted(changed | {m for m in before if m not in now}))


@dataclass
class StoryDocuments:
    """The documents of one build, in the output's staging area, and their prints."""

    folder: Path
    shards: dict[str, str]  # shard -> print of its documents

    @classmethod
    def write(
        cls, output: Path, views: Iterable[Searchable], shards: Mapping[str, list[str]]
    ) -> StoryDocuments:
        """Write every story's document for output's index; keep the shard prints."""
        folder = work_folder(output, "search-docs")
        return cls(folder, shard_prints(shards, write_documents(views, folder)))

    def remove(self) -> None:
        """Remove the documents (the index has been made)."""
        shutil.rmtree(self.folder, ignore_errors=True)
