"""Atomic file writes: the one way the package replaces a file.

A file is written under a temporary name on the same disk, then renamed over
its target, so a reader sees the old bytes or the new ones, never a part.
"""

# ruff: noqa: PTH103, PTH108, PTH118, PTH120, PTH123 - hot loops over path strings

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import IO

from .lock import temp_file


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str], temp: str | None = None
) -> Iterator[IO[bytes]]:
    """Open a binary file that replaces path when the block ends without an error.

    temp: where to write first (same disk as path); default beside path.
    """
    target = os.fspath(path)
    tmp = temp or f"{target}.tmp-{os.getpid()}"
    try:
        with open(tmp, "wb") as f:
            yield f
        os.replace(tmp, target)  # noqa: PTH105 - str paths: a build writes thousands
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_new(root: str, rel: str, data: bytes) -> bool:
    """Write a file into a fresh folder (nobody reads it yet: no rename needed)."""
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return True


def write_changed(root: str, rel: str, data: bytes) -> bool:
    """Replace root/rel atomically unless it already holds these bytes."""
    path = os.path.join(root, rel)
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except OSError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    # In the staging area: a build killed before the rename leaves no litter.
    with atomic_file(path, temp_file(root, rel)) as f:
        f.write(data)
    return True
