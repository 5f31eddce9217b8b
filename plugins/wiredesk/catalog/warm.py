"""An extraction worker forked before the seeds are looked up, for a rebuild's few.

Extracting a first seed loads the tagger, the word list and the gazetteer's
cities, about a second; the seeds a rebuild extracts are only known once every
seed has been looked up in the cache. A worker forked first loads them on the
other core meanwhile, then extracts the seeds it is handed; a build with none
to extract, or with enough to start a pool, stops it unused.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..extract import ExtractOptions
from .gazcache import gazetteer_file, load_gazetteer
from .pool import Job, Outcome, extract_file, warm_up


def _serve(conn: Connection, folder: Path, options: ExtractOptions) -> None:
    load_gazetteer(folder, write=False)
    warm_up(options)
    jobs = conn.recv()
    conn.send([extract_file(job, options) for job in jobs])


class WarmWorker:
    """A forked process with the extractor's tables loaded, for one batch of seeds."""

    def __init__(self, process: Any, conn: Connection) -> None:
        """Keep the process and the parent's end of its pipe."""
        self.process, self.conn = process, conn

    @classmethod
    def start(cls, folder: Path | None, options: ExtractOptions) -> WarmWorker | None:
        """Fork a worker when the cache folder holds a gazetteer (None otherwise).

        Without one, the build writes it first; the worker would build its own.
        """
        methods = multiprocessing.get_all_start_methods()
        if folder is None or "fork" not in methods:
            return None
        if not gazetteer_file(folder).is_file():
            return None
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs, folder, options), daemon=True
        )
        process.start()
        theirs.close()
        return cls(process, ours)

    def extract(self, jobs: list[Job]) -> list[Outcome]:
        """Return the outcome of each job, in order."""
        self.conn.send(jobs)
        try:
            return self.conn.recv()
        except EOFError as e:
            raise RuntimeError("the extraction worker died") from e

    def stop(self) -> None:
        """End the worker, done or not."""
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
