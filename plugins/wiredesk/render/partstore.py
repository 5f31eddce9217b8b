"""Story fragments kept between builds of one setup, so a rebuild renders few.

A story's fragments (its card, its related-story line) show what its card print
covers, under the theme, code and settings of the build. Kept in the cache
folder under the print of that setup, they let a rebuild that renders many
list pages take every unchanged story's fragments as the last build made them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from ..catalog.pickles import LOAD_ERRORS, dump_pickles, load_pickles
from ..prints import fingerprint
from ..site.views import StoryView

Fragments = dict[str, Any]  # partial name -> its HTML (Markup) for one story
# Fewer pages than this render few fragments: reading the store would cost more.
LEND_FROM = 50
HANDED = ".handed"  # suffix of the fragments a forked renderer hands over
CHUNK = 1000  # stories' fragments per pickle: its memo holds a copy of their text
K = TypeVar("K")


@dataclass(slots=True)
class PartStore:
    """The fragments of the last build by card print, and where they are kept."""

    file: Path | None
    kept: dict[str, Fragments] = field(default_factory=dict)

    @classmethod
    def open(cls, folder: Path | None, setup: str, *, read: bool = True) -> PartStore:
        """Return the store of this setup in folder (empty if absent or unreadable)."""
        if folder is None:
            return cls(None)
        file = folder / f"parts-{fingerprint(setup)[:16]}.pickle"
        if not read:
            return cls(file)
        try:
            return cls(file, _merged(load_pickles(file)))
        except LOAD_ERRORS:
            return cls(file)

    def lend(self, views: Iterable[StoryView]) -> None:
        """Give each view the fragments kept for its card print."""
        kept = self.kept
        for view in views:
            found = kept.get(view.card_print)
            if found is not None:
                view.parts = {**found, **(view.parts or {})}

    def fresh(self, views: Sequence[StoryView]) -> dict[str, Fragments]:
        """Return the fragments the views hold that the store does not."""
        return {views[i].card_print: p for i, p in self._fresh(views).items()}

    def _fresh(self, views: Sequence[StoryView]) -> dict[int, Fragments]:
        """Return fresh fragments by the position of their view in views.

        With nothing kept, no card print is read: a forked renderer would
        copy every page of the build's memory that holds one.
        """
        made, kept = {}, self.kept
        for index, view in enumerate(views):
            parts = view.parts
            if not parts:
                continue
            found = kept.get(view.card_print) if kept else None
            if found is None or parts.keys() - found.keys():
                made[index] = parts
        return made

    def hand_over(self, views: Iterable[StoryView]) -> Path | None:
        """Write the fresh fragments of the views to a file of this process.

        A forked renderer hands its fragments over this way rather than through
        a pipe: pickled to a file as they are read, they never lie in memory
        twice. Return the file (None: nothing to hand over).
        """
        fresh = self._fresh(views)
        if self.file is None or not fresh:
            return None
        handed = self.file.with_name(f"{self.file.stem}-{os.getpid()}{HANDED}")
        dump_pickles(handed, _chunks(fresh))
        return handed

    def save(self, views: list[StoryView], made: Iterable[Mapping | Path]) -> None:
        """Keep the fragments of the views, with those made in other processes.

        made: fragments by card print, or files hand_over wrote for the same
        views (then removed).
        """
        if self.file is None:
            return
        for found in (self.fresh(views), *made):
            fragments = _take(found, views) if isinstance(found, Path) else found
            for print_, parts in fragments.items():
                self.kept[print_] = {**self.kept.get(print_, {}), **parts}
        cards = {view.card_print for view in views}
        kept = {p: parts for p, parts in self.kept.items() if p in cards}
        dump_pickles(self.file, _chunks(kept))
        for other in self.file.parent.glob("parts-*.pickle"):
            if other != self.file:
                other.unlink(missing_ok=True)  # another theme, code or settings
        # This build's renderers' files are taken by now: any other is what a
        # renderer killed mid-build left (up to half of the 113 MB of cards a
        # 100,000-story build keeps).
        for left in self.file.parent.glob(f"parts-*{HANDED}"):
            left.unlink(missing_ok=True)


def _chunks(fragments: Mapping[K, Fragments]) -> Iterator[dict[K, Fragments]]:
    """Yield fragments in dicts of at most CHUNK stories, each pickled apart."""
    items = iter(fragments.items())
    while chunk := dict(islice(items, CHUNK)):
        yield chunk


def _merged(chunks: Iterable[object]) -> dict[Any, Fragments]:
    """Return the chunks _chunks made as one dict (a foreign value: empty)."""
    merged: dict[Any, Fragments] = {}
    for chunk in chunks:
        if not isinstance(chunk, dict):
            return {}
        merged.update(chunk)
    return merged


def _take(file: Path, views: Sequence[StoryView]) -> dict[str, Fragments]:
    """Return by card print the fragments handed over in file; remove it."""
    try:
        made = _merged(load_pickles(file))
    except LOAD_ERRORS:
        return {}  # a later build renders them again
    finally:
        file.unlink(missing_ok=True)
    return {views[i].card_print: parts for i, parts in made.items()}
