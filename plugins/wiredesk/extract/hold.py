"""Whether a story goes out or waits as a draft for what only an editor can add."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Header
from .tables import names_no_company

HELD_TABLE = (
    "held as a draft: the table names no company (a Title: header publishes it)"
)


def story_status(
    header: Header, paragraphs: Sequence[str], *, hold: bool
) -> tuple[str, list[str]]:
    """Return the story's status and the warning that says why it is held, if it is.

    A headline says whose figures a table gives; copy that lost its title line
    cannot, so with `hold` the story waits as a draft unless the header gives a
    title or a status.
    """
    if status := header.get("status"):
        return status.lower(), []
    held = hold and not header.get("title") and names_no_company(paragraphs)
    return ("draft", [HELD_TABLE]) if held else ("published", [])
