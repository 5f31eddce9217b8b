"""Articles Pelican could not read: reports with their reason, like bad seeds.

Pelican logs such a file and goes on; Wiredesk listens to those log records
during its run and lists each file as a report (`path: reason`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from ..catalog.catalog import Report, display_path

# Pelican's loggers and the start of what they log for a file they leave out.
SOURCES = {
    "pelican.generators": ("Could not process",),
    "pelican.contents": ("Skipping", "Unknown status"),
}


class Unread(logging.Handler):
    """Collect, while attached, the files Pelican's readers left out."""

    def __init__(self, base: str) -> None:
        """Name files relative to base, Pelican's PATH."""
        super().__init__(logging.WARNING)
        self.base = Path(base)
        self.reports: list[Report] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep a record of Pelican leaving a file out, with its reason."""
        starts = SOURCES.get(record.name, ())
        if not str(record.msg).startswith(starts):
            return
        source = record.args[0] if isinstance(record.args, tuple) else None
        if record.msg.startswith("Unknown status") and isinstance(record.args, tuple):
            source = record.args[1]
        path = getattr(source, "source_path", None) or str(source)
        error = sys.exc_info()[1]  # Pelican logs inside its except block
        reason = str(error) if error is not None else _reason(record, path)
        full = self.base / path
        self.reports.append(Report(display_path(full), reason or "unreadable"))

    def attach(self) -> None:
        """Start listening to Pelican's loggers."""
        for name in SOURCES:
            logging.getLogger(name).addHandler(self)

    def detach(self) -> None:
        """Stop listening."""
        for name in SOURCES:
            logging.getLogger(name).removeHandler(self)


def _reason(record: logging.LogRecord, path: Any) -> str:
    message = record.getMessage()
    return message.replace(f"Skipping {path}: ", "").strip()
