from __future__ import annotations


class WiredeskError(Exception):
    """Base class of every error Wiredesk raises on purpose."""


class ExtractError(WiredeskError, ValueError):
    """A seed cannot become a story; the message is the report's reason."""

    def __init__(self, reason: str, snippet: str = "") -> None:
        """Keep the reason and up to 80 characters of the offending input."""
        super().__init__(reason)
        self.reason = reason
        self.snippet = snippet[:80]
