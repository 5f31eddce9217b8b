"""One build of an output folder at a time, and no folders left by builds that died.

Beside an output folder `site/` lies its staging area `.site.staging/`: the lock file
that builds of `site/` take for their whole run, and the folders a build works in
(the full build's new site, Pagefind's page copies and bundles), each named with the
id of the process that made it. A build that dies (kill -9, power cut) leaves its
folders behind; the next build removes them, never those of a build still running.
"""

from __future__ import annotations

import fcntl
import itertools
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

AREA_SUFFIX = ".staging"
LOCK_NAME = "lock"
_SERIAL = itertools.count(1)
_HELD: dict[Path, int] = {}  # lock file -> how many times this process entered it


def staging_area(output: Path) -> Path:
    """Return the staging area of an output folder: `.NAME.staging` beside it."""
    output = Path(output).absolute()
    return output.with_name(f".{output.name}{AREA_SUFFIX}")


def area_output(folder: Path) -> Path:
    """Return the output folder that folder (in a staging area) is built for.

    A folder outside any staging area is an output folder itself.
    """
    area = Path(folder).absolute().parent
    if area.name.startswith(".") and area.name.endswith(AREA_SUFFIX):
        return area.with_name(area.name[1 : -len(AREA_SUFFIX)])
    return Path(folder)


def work_folder(output: Path, kind: str) -> Path:
    """Make and return a fresh folder named KIND-PID-N in output's staging area.

    Made with the usual permissions (umask), not a temporary folder's 0700: the full
    build's folder becomes the served site.
    """
    area = staging_area(output)
    area.mkdir(parents=True, exist_ok=True)
    while True:
        folder = area / f"{kind}-{os.getpid()}-{next(_SERIAL)}"
        try:
            folder.mkdir()
        except FileExistsError:  # left by an earlier process with this pid
            continue
        return folder


def temp_file(output: str, rel: str) -> str:
    """Return where to write output/rel before renaming it into place (same disk).

    In the staging area, so a build killed between the write and the rename leaves
    nothing in the site.
    """
    area = staging_area(area_output(Path(output)))  # a staging folder's own area
    area.mkdir(parents=True, exist_ok=True)
    return f"{area}/tmp-{os.getpid()}-{rel.replace('/', '%')}"


def _lock_file(output: Path) -> Path:
    return staging_area(output) / LOCK_NAME


def _pid_of(name: str) -> int | None:
    """Return the process id in a work folder's name (KIND-PID-…), if any."""
    digits = [part for part in name.split("-")[1:] if part.isdigit()]
    return int(digits[0]) if digits else None


def _legacy_pid(output: Path, entry: Path) -> int | None:
    """Return the pid of an older release's sibling `.NAME.staging-PID` folder."""
    prefix = f".{output.name}.staging-"
    rest = entry.name.removeprefix(prefix)
    return int(rest) if entry.name.startswith(prefix) and rest.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def hold_output_lock(output_path: Path | str) -> Iterator[None]:
    """Hold output's build lock (an flock) while the block runs.

    A second build of the same output waits, saying so once, until the first is done.
    The lock is re-entrant within one process; the system frees it when a process
    dies, so a killed build never blocks the next one.
    """
    path = _lock_file(Path(output_path))
    if path in _HELD:
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.warning(
                "another build of %s is running: waiting for it to finish",
                Path(output_path),
            )
            fcntl.flock(fd, fcntl.LOCK_EX)
        _HELD[path] = 1
        try:
            yield
        finally:
            del _HELD[path]
    finally:
        os.close(fd)


def remove_stale_staging(output_path: Path | str) -> list[Path]:
    """Remove the work folders of output's builds that no longer run; return them.

    While this process holds the lock no other build of the output runs, so every
    folder but its own is stale. Otherwise only folders whose process is gone are.
    """
    output = Path(output_path).absolute()
    area = staging_area(output)
    held = _lock_file(output) in _HELD
    entries = sorted(area.iterdir()) if area.is_dir() else []
    found = [(e, _pid_of(e.name)) for e in entries if e.name != LOCK_NAME]
    if output.parent.is_dir():  # the sibling folders of earlier releases
        siblings = output.parent.glob(f".{output.name}.staging-*")
        found += [(e, _legacy_pid(output, e)) for e in sorted(siblings)]
    stale = [
        entry
        for entry, pid in found
        if pid != os.getpid() and (held or (pid is not None and not _alive(pid)))
    ]
    for entry in stale:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    return stale
