"""The output swap: a staging folder, unchanged files keep mtimes, atomic swap."""

# ruff: noqa: PTH116, PTH118 - a walk over every output file: plain strings

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from .lock import area_output, work_folder

RENAME_EXCHANGE = 2
AT_FDCWD = -100


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the system (glibc)."""
    gc.collect()
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    if trim is not None:
        trim(0)


def staging_dir(output: Path) -> Path:
    """Return a fresh folder to build into, in output's staging area (same disk)."""
    return work_folder(output, "build")


def staged_output(folder: Path) -> Path:
    """Return the output folder a staging folder is built for (folder if none)."""
    return area_output(folder)


def keep_mtimes(new: Path, old: Path) -> int:
    """Give files in new with the bytes of their twin in old its mtime; count them.

    Files hard-linked from old are the same file already and are not read.
    """
    kept = 0
    if not old.is_dir():
        return kept
    for folder, _dirs, files in os.walk(new):
        twin_folder = os.path.join(old, os.path.relpath(folder, new))
        for name in files:
            path, twin = os.path.join(folder, name), os.path.join(twin_folder, name)
            kept += _keep_mtime(path, twin)
    return kept


def _keep_mtime(path: str, twin: str) -> int:
    try:
        stat, twin_stat = os.stat(path), os.stat(twin)
    except OSError:
        return 0
    if os.path.samestat(stat, twin_stat):
        return 1
    if stat.st_size != twin_stat.st_size or not _same_bytes(path, twin):
        return 0
    os.utime(path, ns=(twin_stat.st_atime_ns, twin_stat.st_mtime_ns))
    return 1


def _same_bytes(a: str, b: str) -> bool:
    with open(a, "rb") as fa, open(b, "rb") as fb:  # noqa: PTH123 - plain paths, hot loop
        return fa.read() == fb.read()


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where unsupported."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE
    )
    return result == 0


def keep_retained(output: Path, staging: Path, names: Iterable[str]) -> None:
    """Give staging output's top-level entries Pelican keeps (OUTPUT_RETENTION).

    Hard links (copies where links fail): until the swap, output keeps its own.
    """
    for name in names:
        source, target = output / name, staging / name
        if not (source.exists() or source.is_symlink()) or target.exists():
            continue
        if source.is_dir() and not source.is_symlink():
            shutil.copytree(source, target, symlinks=True, copy_function=_link)
        else:
            _link(str(source), str(target))


def _link(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def swap_in(staging: Path, output: Path, retained: Iterable[str] = ()) -> None:
    """Replace output with staging; readers see the old site or the new one.

    retained: names of output's top-level entries the new site keeps (.git, ...).
    """
    if output.is_dir() and not output.is_symlink():
        keep_retained(output, staging, retained)
        if not exchange(staging, output):
            retired = work_folder(output, "old")
            output.rename(retired / output.name)
            staging.rename(output)
            staging = retired
        shutil.rmtree(staging, ignore_errors=True)
        return
    if output.exists() or output.is_symlink():
        output.unlink()
    staging.rename(output)
