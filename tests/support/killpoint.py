"""Run a Python program that SIGKILLs its whole process group at its Nth file change.

    python killpoint.py COUNTER N -m MODULE [ARGS...]

Every change a build makes to files (open for writing, mkdir, rename, replace, link,
unlink, rmdir) first appends one byte to COUNTER, in whichever process of the build
makes it (forked helpers too); the Nth one kills the build instead of happening, as
`kill -9` or a power cut would. N = 0 never kills: COUNTER then holds how many changes
a whole run makes. The same N kills at the same change, so a failure repeats.
"""

from __future__ import annotations

import builtins
import io
import os
import runpy
import signal
import sys

WRITE_MODES = set("wax+")
CHANGES = ("mkdir", "rename", "replace", "link", "unlink", "remove", "rmdir")


def arm(counter: str, at: int) -> None:
    """Count every file change into counter; kill the process group at change at."""

    def point() -> None:
        fd = os.open(counter, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, b".")
            # this change's own number: the offset just after its byte. The file's
            # size may already count another process's change made meanwhile, and
            # then neither would see its number come up.
            seen = os.lseek(fd, 0, os.SEEK_CUR)
        finally:
            os.close(fd)
        if seen == at:
            os.killpg(0, signal.SIGKILL)

    def counted(function):
        def change(*args, **kwargs):
            point()
            return function(*args, **kwargs)

        return change

    for name in CHANGES:
        setattr(os, name, counted(getattr(os, name)))
    plain_open = io.open

    def open_(file, mode="r", *args, **kwargs):
        if WRITE_MODES & set(mode) and file != counter:
            point()
        return plain_open(file, mode, *args, **kwargs)

    builtins.open = io.open = open_


if __name__ == "__main__":
    counter_file, kill_at, module = sys.argv[1], int(sys.argv[2]), sys.argv[4]
    arm(counter_file, kill_at)
    sys.argv = [module, *sys.argv[5:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
