"""Files a static host reads at the site root: .nojekyll always, CNAME if configured."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..settings import site_cname


def host_files(domain: str | None) -> dict[str, str]:
    """Return {file name: text} for the site root, given the custom domain or None."""
    files = {".nojekyll": ""}  # GitHub Pages: serve the files as built, no Jekyll pass
    if domain:
        files["CNAME"] = domain + "\n"
    return files


def write_host_files(pelican: Any) -> None:
    """Write the host files into the output folder once the site is built."""
    output = Path(pelican.settings["OUTPUT_PATH"])
    for name, text in host_files(site_cname(pelican.settings)).items():
        (output / name).write_text(text, encoding="utf-8")
