"""Compiled templates kept between builds of one setup, so a rebuild parses none.

Jinja checks each kept template against its source; what else shapes the code
it compiled (the environment's options, filters, Jinja itself) is in the name
of the folder: the print of the setup (code, theme, settings) and Jinja's
version. The folders of other setups go when a new one is made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
from jinja2 import BytecodeCache, FileSystemBytecodeCache

from ..prints import fingerprint

PREFIX = "templates-"


def template_cache(folder: Path | None, setup: str) -> BytecodeCache | None:
    """Return the compiled-template cache of setup in folder (None without either)."""
    if folder is None or not setup:
        return None
    kept = folder / f"{PREFIX}{fingerprint(setup, jinja2.__version__)[:16]}"
    if not kept.is_dir():
        for other in folder.glob(f"{PREFIX}*"):
            shutil.rmtree(other, ignore_errors=True)
        kept.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(kept))
