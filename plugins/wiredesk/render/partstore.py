"""Story fragments kept between builds of one setup, so a rebuild renders few.

A story's fragments (its card, its related-story line) show what its card print
covers, under the theme, code and settings of the build. Kept in the cache
folder under the print of that setup, they let a rebuild that renders many
list pages take every unchanged story's fragments as the last build made them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalog.pickles import LOAD_ERRORS, dump_pickle, load_pickle
from ..prints import fingerprint
from ..site.views import StoryView

Fragments = dict[str, Any]  # partial name -> its HTML (Markup) for one story
# Fewer pages than this render few fragments: reading the store would cost more.
LEND_FROM = 50


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
            kept = load_pickle(file)
        except LOAD_ERRORS:
            return cls(file)
        return cls(file, kept if isinstance(kept, dict) else {})

    def lend(self, views: Iterable[StoryView]) -> None:
        """Give each view the fragments kept for its card print."""
        kept = self.kept
        for view in views:
            found = kept.get(view.card_print)
            if found is not None:
                view.parts = {**found, **(view.parts or {})}

    def fresh(self, views: Iterable[StoryView]) -> dict[str, Fragments]:
        """Return the fragments the views hold that the store does not."""
        made = {}
        for view in views:
            parts, found = view.parts, self.kept.get(view.card_print)
            if parts and (found is None or parts.keys() - found.keys()):
                made[view.card_print] = parts
        return made

    def save(self, views: list[StoryView], made: Iterable[Mapping]) -> None:
        """Keep the fragments of the views, with those made in other processes."""
        if self.file is None:
            return
        for fragments in (self.fresh(views), *made):
            for print_, parts in fragments.items():
                self.kept[print_] = {**self.kept.get(print_, {}), **parts}
        cards = {view.card_print for view in views}
        kept = {p: parts for p, parts in self.kept.items() if p in cards}
        dump_pickle(self.file, kept)
        for other in self.file.parent.glob("parts-*.pickle"):
            if other != self.file:
                other.unlink(missing_ok=True)  # another theme, code or settings
