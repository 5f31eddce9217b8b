"""Build helpers for the hostile-input tests: run `invoke` from a scratch folder."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tools.hostile import write_hostile_seeds

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_YEAR = 2020  # the seeds print no year: the site's default year gives one
OUTSIDE_STORY = "MOSCOW, January 5. /TASS/. A story kept outside the seeds folder.\n"


@dataclass(frozen=True)
class Site:
    """A build of seeds/ into out/, run from folder (so reports name seeds/...)."""

    folder: Path
    stdout: str

    @property
    def out(self) -> Path:
        return self.folder / "out"

    def lines(self, prefix: str) -> list[str]:
        return [line for line in self.stdout.splitlines() if line.startswith(prefix)]


def invoke(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run `invoke ARGS` from folder with the project's tasks."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=check,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )


def write_settings(folder: Path, **values: object) -> Path:
    """Write a settings file: pelicanconf with absolute paths and the given values.

    The year of the hostile seeds' expected dates is the default year unless given.
    """
    values = {"WIREDESK_DEFAULT_YEAR": HOSTILE_YEAR, **values}
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        "from pelicanconf import *  # noqa: F403",
        f"PATH = {str(ROOT / 'content')!r}",
        f"THEME = {str(ROOT / 'theme')!r}",
        *(f"{key} = {value!r}" for key, value in values.items()),
    ]
    path = folder / "settings.py"
    path.write_text("\n".join(lines) + "\n")
    return path


def default_settings(folder: Path) -> Path:
    """Write the default settings beside folder: builds write nothing else there."""
    beside = folder.with_name(folder.name + "-settings")
    beside.mkdir(exist_ok=True)
    return write_settings(beside)


def build(
    folder: Path, *args: str, settings: Path | None = None, check: bool = True
) -> Site:
    """Build folder/seeds into folder/out through `invoke build`."""
    conf = settings or default_settings(folder)
    done = invoke(
        folder,
        "build",
        "--settings",
        str(conf),
        "--seeds",
        "seeds",
        "--output",
        "out",
        *args,
        check=False,
    )
    if check and done.returncode != 0:
        raise AssertionError(done.stdout + done.stderr)
    return Site(folder, done.stdout + done.stderr)


def make_hostile_seeds(folder: Path) -> Path:
    """Write the hostile seeds, plus symlinks leading outside, into folder/seeds."""
    seeds = folder / "seeds"
    write_hostile_seeds(seeds)
    outside = folder / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.txt").write_text(OUTSIDE_STORY)
    (outside / "dir" / "inner.txt").write_text(OUTSIDE_STORY.replace("5", "6"))
    (seeds / "link-out.txt").symlink_to("../outside/secret.txt")
    (seeds / "linkdir").symlink_to("../outside/dir")
    return seeds
