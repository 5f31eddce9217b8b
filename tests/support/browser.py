"""Debian's chromium driven by Playwright: one instance for the whole test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def require_tool(path: str) -> None:
    """Fail under CI=true, else skip, when a system tool the test needs is missing."""
    if shutil.which(path) or Path(path).exists():
        return
    message = f"{path} is not installed (see scripts/test)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)
