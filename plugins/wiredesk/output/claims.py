"""Who writes which output path: two writers of one path are an error naming both.

Pelican's writes go through SiteWriter, which records each path with its writer
in the run's claims (an object of the build, handed to the writer class made for
the run) and replaces a file atomically, only when its bytes change (a rebuild in
place keeps the mtime of what did not change).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping
from typing import Any

from pelican.writers import Writer

from ..site.plan import SitePlan
from .atomic import write_changed

Claims = dict[str, str]  # output path -> who writes it


class PathClashError(RuntimeError):
    """Two writers claim one output path."""


def _source(kwargs: Mapping[str, Any]) -> str:
    for key in ("article", "page", "draft"):
        content = kwargs.get(key)
        if content is not None and getattr(content, "source_path", None):
            return f" of {os.path.relpath(content.source_path)}"
    return ""


class _AtomicText(io.StringIO):
    """Text written to a file on close: atomically, and only when it changed."""

    def __init__(self, root: str, rel: str, encoding: str) -> None:
        super().__init__()
        self.root, self.rel, self.encoding_name = root, rel, encoding

    def close(self) -> None:
        if not self.closed:
            data = self.getvalue().encode(self.encoding_name)
            write_changed(self.root, self.rel, data)
        super().close()


class SiteWriter(Writer):
    """Pelican's writer, recording who writes each path; atomic, keeping mtimes."""

    claims: Claims  # the run's record, set on the class made for each run

    def __init__(self, output_path: str, settings: Any = None) -> None:
        """Start as Pelican's writer."""
        super().__init__(output_path, settings=settings)
        self.claimant = "Pelican"

    def write_file(
        self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any
    ) -> Any:
        """Write a page, remembering which template and source write it."""
        kind = getattr(template, "name", None) or "a page"
        self.claimant = f"Pelican ({kind}{_source(kwargs)})"
        return super().write_file(name, template, context, *args, **kwargs)

    def write_feed(
        self, elements: Any, context: Any, path: Any = None, *args: Any, **kwargs: Any
    ) -> Any:
        """Write one of Pelican's own feeds."""
        self.claimant = "Pelican (a FEED_* setting's feed)"
        return super().write_feed(elements, context, path, *args, **kwargs)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        rel = os.path.relpath(filename, self.output_path)
        if rel in self.claims and not override:
            raise PathClashError(_clash(rel, self.claims[rel], self.claimant))
        self.claims[rel] = self.claimant
        return _AtomicText(self.output_path, rel, encoding)


def writer_for(claims: Claims) -> type[SiteWriter]:
    """Return the writer class of one run, recording into claims."""
    return type("SiteWriter", (SiteWriter,), {"claims": claims})


def _clash(path: str, first: str, second: str) -> str:
    return f"two writers claim {path}: {first} and {second}"


def plan_paths(plan: SitePlan) -> Iterable[tuple[str, str]]:
    """Yield (path, who) of every file a plan writes."""
    for job in plan.pages:
        yield job.save_as, f"Wiredesk ({job.template} page)"
    for path in plan.kept:
        yield path, "Wiredesk (a page of the previous build)"
    for job in plan.feeds:
        for path in job.paths:
            yield path, "Wiredesk (feed)"


def check_claims(
    plan: SitePlan, others: Iterable[str], taken: Claims, context: Mapping[str, Any]
) -> None:
    """Raise PathClashError when Wiredesk would write a path taken already.

    taken: the paths Pelican's writer wrote; context: Pelican's, for its statics.
    """
    claims = dict(taken)
    for static in context.get("staticfiles", []):
        claims.setdefault(
            static.save_as, f"Pelican (static file {static.relative_source_path})"
        )
    mine = [
        *plan_paths(plan),
        *((p, "Wiredesk (sitemap or host file)") for p in others),
    ]
    for path, who in mine:
        if path in claims:
            raise PathClashError(_clash(path, claims[path], who))
