"""All seeds of a build at once: duplicates, slug collisions and reports need the whole set."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ExtractError
from .extract import ExtractOptions, extract_story
from .model import Story


@dataclass(frozen=True, slots=True)
class Report:
    """A seed that is not published, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Catalog:
    """The stories of a build by absolute path, and the reports of the seeds left out."""

    stories: dict[str, Story] = field(default_factory=dict)
    reports: dict[str, Report] = field(default_factory=dict)

    def story(self, path: str | Path) -> Story:
        """Return the story read from path, or raise ExtractError with its report reason."""
        key = os.path.abspath(path)
        if key in self.reports:
            raise ExtractError(self.reports[key].reason)
        return self.stories[key]


def display_path(path: Path) -> str:
    """Return path relative to the working directory when it lies below it."""
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else Path(rel).as_posix()


def list_seeds(root: Path) -> list[Path]:
    """Return every *.txt below root (or root itself), sorted by code point."""
    if root.is_file():
        return [root]
    return sorted(root.rglob("*.txt"), key=lambda p: p.relative_to(root).as_posix())


def _read_seed(path: Path, root: Path, options: ExtractOptions) -> Story:
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        raise ExtractError("symlink leading outside the seeds folder")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise ExtractError(f"too large ({size} > {options.max_bytes} bytes)")
    return extract_story(path.read_bytes(), name=path.name, options=options)


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


def scan_seeds(roots: list[Path], options: ExtractOptions) -> Catalog:
    """Read every seed below roots; the first of duplicates (code-point order) wins."""
    catalog = Catalog()
    by_digest: dict[str, Path] = {}
    by_key: dict[str, Path] = {}
    slugs: set[str] = set()
    for root in roots:
        for path in list_seeds(root):
            abspath = os.path.abspath(path)
            try:
                story = _read_seed(path, root if root.is_dir() else root.parent, options)
                if story.digest in by_digest:
                    raise ExtractError(f"duplicate of {display_path(by_digest[story.digest])}")
                if story.key in by_key:
                    raise ExtractError(
                        f"duplicate id {story.key} (also {display_path(by_key[story.key])})"
                    )
            except (ExtractError, OSError) as e:
                reason = e.reason if isinstance(e, ExtractError) else e.strerror or str(e)
                catalog.reports[abspath] = Report(display_path(path), reason)
                continue
            by_digest[story.digest], by_key[story.key] = path, path
            story = replace(story, slug=_unique_slug(story.slug, slugs))
            catalog.stories[abspath] = story
    return catalog
