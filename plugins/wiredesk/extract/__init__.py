"""The pure core: seed bytes in, Story out. No Pelican, no I/O, no clock, no locale.

The package loads its steps (story.py and all it imports, a tenth of a second)
only when one of these names is first asked for: a process that needs the
gazetteer alone, such as the writer of a first build's gazetteer file, loads
that and no more.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..errors import ExtractError
    from .hold import HELD_TABLE
    from .story import EXTRACTOR_VERSION, ExtractOptions, extract_story

__all__ = [
    "EXTRACTOR_VERSION",
    "HELD_TABLE",
    "ExtractError",
    "ExtractOptions",
    "extract_story",
]
_HOMES = {"HELD_TABLE": ".hold", "ExtractError": "..errors"}  # the rest: story.py


def __getattr__(name: str) -> Any:
    """Return one of the package's names, loading its module on first use."""
    if name in __all__:
        return getattr(import_module(_HOMES.get(name, ".story"), __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
