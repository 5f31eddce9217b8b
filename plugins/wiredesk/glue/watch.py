"""Seed folders in a Pelican run: never Pelican's content, always watched by `-r`."""

# ruff: noqa: PTH100 - relative paths for Pelican's settings, as it spells them

from __future__ import annotations

import os
from typing import Any

import pelican

from ..settings import seed_roots

EXCLUDES = ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES", "STATIC_EXCLUDES")


def seed_paths(settings: dict[str, Any]) -> list[str]:
    """Return the seed folders relative to PATH, as Pelican's path settings are."""
    base = os.path.abspath(settings.get("PATH") or ".")
    return [os.path.relpath(root, base) for root in seed_roots(settings)]


def _watching(settings: dict[str, Any]) -> dict[str, Any]:
    static = list(settings.get("STATIC_PATHS") or [])
    return {**settings, "STATIC_PATHS": [*static, *seed_paths(settings)]}


def _wait_for_changes(wait: Any) -> Any:
    def wait_for_changes(settings_file: str, settings: Any) -> Any:
        """Wait as Pelican does, watching the seed folders too."""
        return wait(settings_file, _watching(settings))

    wait_for_changes.wiredesk = True  # type: ignore[attr-defined]
    return wait_for_changes


def watch_seeds(instance: Any) -> None:
    """Keep seeds out of Pelican's readers; make `pelican -r` watch them."""
    settings = instance.settings
    for key in EXCLUDES:
        settings[key] = [*settings.get(key, []), *seed_paths(settings)]
    # Pelican's autoreload watches PATH, the theme, STATIC_PATHS and the settings
    # file, through this module-level name: it gains the seed folders.
    if not getattr(pelican.wait_for_changes, "wiredesk", False):
        pelican.wait_for_changes = _wait_for_changes(pelican.wait_for_changes)
