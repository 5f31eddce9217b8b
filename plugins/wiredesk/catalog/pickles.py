"""Cache-folder pickles: written atomically, read fast, errors listed once."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

from ..output.atomic import atomic_file

# What reading a damaged or foreign pickle can raise.
LOAD_ERRORS = (
    OSError,
    pickle.UnpicklingError,
    EOFError,
    ValueError,
    TypeError,
    AttributeError,
    ImportError,
)


def load_pickle(file: Path) -> object:
    """Return what file holds (raises LOAD_ERRORS, FileNotFoundError among them)."""
    gc.disable()  # many small objects and no cycles: the collector would only rescan
    try:
        with file.open("rb") as f:
            return pickle.load(f)
    finally:
        _age()
        gc.enable()


def _age() -> None:
    """Move every object the collector tracks into its oldest generation.

    What was just read lives as long as the build: left young, the next
    collections of the young generations would walk all of it, twice. Nothing
    moves while objects are frozen (a fork's pages share them).
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def dump_pickle(file: Path, value: object) -> None:
    """Write value to file atomically (a temporary file renamed over it)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(file) as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
