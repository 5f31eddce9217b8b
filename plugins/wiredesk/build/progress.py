"""Progress of a long build on one line: stories read, pages written, elapsed."""

from __future__ import annotations

import sys
import time
from typing import TextIO

INTERVAL = 0.25  # seconds between redraws


class Progress:
    """Counters redrawn in place on a terminal; silent when the stream is not one."""

    def __init__(
        self, stream: TextIO | None = None, *, enabled: bool | None = None
    ) -> None:
        """Draw on stream (stdout) when it is a terminal, or as enabled says."""
        self.stream = stream or sys.stdout
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.counts: dict[str, int] = {"stories": 0, "pages": 0}
        self.started = time.perf_counter()
        self._drawn = 0.0

    def add(self, counter: str, n: int = 1) -> None:
        """Count n more of counter ("stories" or "pages") and redraw now and then."""
        self.counts[counter] = self.counts.get(counter, 0) + n
        now = time.perf_counter()
        if self.enabled and now - self._drawn >= INTERVAL:
            self._drawn = now
            self.stream.write(f"\r{self.line()}")
            self.stream.flush()

    def line(self) -> str:
        """Return the progress line: '1200 stories read, 340 pages written, 3.1 s'."""
        elapsed = time.perf_counter() - self.started
        return (
            f"{self.counts['stories']} stories read, {self.counts['pages']} pages "
            f"written, {elapsed:.1f} s"
        )

    def done(self) -> None:
        """Clear the progress line so the build's summary starts on a clean line."""
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
