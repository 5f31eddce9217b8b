"""Cache-folder pickles: written atomically, read fast, errors listed once."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterable
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


def dump_pickles(file: Path, values: Iterable[object]) -> None:
    """Write values to file atomically, one pickle after another.

    Each pickle has its own memo, which holds what it wrote (for a str subclass
    such as Markup, a copy of its text) only until its value is written.
    """
    file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(file) as f:
        for value in values:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)


def load_pickles(file: Path) -> list[object]:
    """Return the values dump_pickles wrote to file (raises LOAD_ERRORS).

    A file of one pickle (as dump_pickle writes) holds one value.
    """
    values = []
    gc.disable()  # see load_pickle
    try:
        with file.open("rb") as f:
            while f.peek(1):
                values.append(pickle.load(f))
    finally:
        _age()
        gc.enable()
    return values
