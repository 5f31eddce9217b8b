"""Builds run as separate processes (to wait for, race or kill) and site snapshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.hostile import ROOT

STORY = "{city}, January {day}. /TASS/. {text}\n"


def write_stories(seeds: Path, texts: dict[str, str]) -> None:
    """Write one seed per name: a TASS story dated in January 2020 (day by order)."""
    seeds.mkdir(parents=True, exist_ok=True)
    for day, (name, text) in enumerate(sorted(texts.items()), start=1):
        story = STORY.format(city="MOSCOW", day=day, text=text)
        (seeds / f"{name}.txt").write_text(story, encoding="utf-8")


def build_command(*args: str) -> list[str]:
    """Return the command of `invoke build ARGS` with the project's tasks."""
    return [sys.executable, "-m", "invoke", "-r", str(ROOT), "build", *args]


def start_build(
    folder: Path,
    *args: str,
    seeds: str = "seeds",
    out: str = "out",
    settings: Path | None = None,
    python: list[str] | None = None,
):
    """Start `invoke build --seeds SEEDS --output OUT ARGS` in folder; return it.

    python: run this instead of the plain interpreter (e.g. with a kill point armed).
    """
    conf = str(settings or ROOT / "pelicanconf.py")
    command = build_command("--settings", conf, "--seeds", seeds, "--output", out)
    command += list(args)
    if python is not None:
        command = [*python, *command[1:]]
    return subprocess.Popen(
        command,
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
        start_new_session=True,  # its own process group: killed with its helpers
    )


def finish(process: subprocess.Popen) -> str:
    """Wait for a build started by start_build; return its output; fail if it failed."""
    out, err = process.communicate()
    assert process.returncode == 0, out + err
    return out + err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file under folder by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def clean_build(folder: Path, seeds: Path, *args: str) -> dict[str, bytes]:
    """Build seeds from scratch in folder (own cache) and return the snapshot."""
    shutil.copytree(seeds, folder / "seeds")
    finish(start_build(folder, *args))
    return snapshot(folder / "out")
