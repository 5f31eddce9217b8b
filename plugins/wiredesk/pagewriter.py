"""Pelican's Writer, but pages whose inputs did not change are not rendered again.

The previous build's file is hard-linked into the new output instead.
"""

# ruff: noqa: PTH100, PTH103, PTH108, PTH118, PTH120 - Pelican's Writer keeps paths as strings

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pelican
from pelican.writers import Writer

from .fingerprint import Printer, files_print, template_variables
from .progress import Progress

PAGES_SLOT = "_wiredesk_pages"  # the build's PageRun, on the settings dict
Manifest = dict[
    str, tuple[str, tuple[str, ...]]
]  # first file -> (print, files written)
MISSING = object()


@dataclass(slots=True)
class PageRun:
    """What one build reuses from the previous one, and what it records for the next."""

    previous: Path | None
    manifest: Manifest
    code: str
    progress: Progress | None = None
    current: Manifest = field(default_factory=dict)
    rendered: int = 0
    linked: int = 0


def code_print(theme: Path) -> str:
    """Return the print of the templates, Wiredesk's code and Pelican's version."""
    sources = [p for p in (theme / "templates").rglob("*") if p.is_file()]
    sources += list(Path(__file__).parent.rglob("*.py"))
    return pelican.__version__ + files_print(sources)


def manifest_file(cache: Path, output: Path) -> Path:
    """Return where the page manifest of an output folder is kept."""
    name = hashlib.sha1(str(output.resolve()).encode()).hexdigest()[:12]
    return cache / f"pages-{name}.pickle"


def load_manifest(file: Path | None) -> Manifest:
    """Return the saved manifest (empty when absent or unreadable)."""
    if file is None:
        return {}
    try:
        with file.open("rb") as f:
            manifest = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def save_manifest(file: Path, manifest: Manifest) -> None:
    """Write the manifest atomically."""
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(f".tmp-{os.getpid()}")
    with tmp.open("wb") as f:
        pickle.dump(manifest, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(file)


class SkippingWriter(Writer):
    """Render a page only when its print differs from the previous build's."""

    def __init__(
        self, output_path: str, settings: dict[str, Any] | None = None
    ) -> None:
        """Write into output_path; the build's PageRun comes in the settings."""
        super().__init__(output_path, settings)
        self.run: PageRun | None = (settings or {}).get(PAGES_SLOT)
        self.printer = Printer()
        self._base: tuple[dict[str, Any], dict[str, str]] | None = None
        self._read: dict[str | None, frozenset[str] | None] = {}
        self._linked: set[str] = set()
        self._opened: list[str] = []
        self._dirs: set[str] = set()
        self._reused: str | None = None

    def write_file(
        self,
        name: Any,
        template: Any,
        context: dict[str, Any],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """Write like Pelican, or link last build's files when nothing changed."""
        run = self.run
        if run is None or not name:
            super().write_file(name, template, context, *args, **kwargs)
            return
        paged = self._paged_keys(template, args, kwargs)
        if paged:
            values = {k: v for k, v in kwargs.items() if k not in paged}
            # The lists are printed page by page; where the page's other values hold
            # them too (an entity's stories), only their length counts.
            lists = [kwargs[k] for k in paged if isinstance(kwargs.get(k), list)]
            self.printer.stand_ins = {id(v): f"<list of {len(v)}>" for v in lists}
            try:
                mark = self._print(name, template, context, args, values)
            finally:
                self.printer.stand_ins = {}
            proxy = PagedTemplate(template, self, mark, paged)
            super().write_file(name, proxy, context, *args, **kwargs)
            return
        mark = self._print(name, template, context, args, kwargs)
        old = run.manifest.get(name)
        if (
            old
            and old[0] == mark
            and not kwargs.get("override_output")
            and self._link(old[1])
        ):
            run.current[name] = old
            run.linked += len(old[1])
            self._count(len(old[1]))
            return
        self._opened = []
        super().write_file(name, template, context, *args, **kwargs)
        files = tuple(os.path.relpath(p, self.output_path) for p in self._opened)
        run.current[name] = (mark, files)
        run.rendered += len(files)
        self._count(len(files))

    def _paged_keys(
        self, template: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> frozenset[str]:
        """Return the lists Pelican paginates, when pages read only their slice."""
        paginated = kwargs.get("paginated")
        if paginated is None:
            paginated = {k: kwargs[k] for k in ("articles", "dates") if k in kwargs}
        templates = self.settings.get("PAGINATED_TEMPLATES") or {}
        read = self._variables(template)
        if (
            args
            or not paginated
            or kwargs.get("template_name") not in templates
            or kwargs.get("override_output")
            or read is None
            or read & set(paginated)
        ):
            return frozenset()
        return frozenset({*paginated, "paginated"})

    def reuse(self, save_as: str, mark: str) -> bool:
        """Record a list page's print; link last build's file when it is the same."""
        assert self.run is not None
        old = self.run.manifest.get(save_as)
        self.run.current[save_as] = (mark, (save_as,))
        self._count(1)
        if old and old[0] == mark and self._link((save_as,)):
            self.run.linked += 1
            self._reused = os.path.abspath(os.path.join(self.output_path, save_as))
            return True
        self.run.rendered += 1
        return False

    def _count(self, pages: int) -> None:
        if self.run is not None and self.run.progress is not None:
            self.run.progress.add("pages", pages)

    def _site(
        self, context: dict[str, Any], template: Any, values: dict[str, Any]
    ) -> str:
        if self._base is None:
            self._base = (context, self.printer.site(context))
        base, parts = self._base
        if context is not base:
            extra = {k: v for k, v in context.items() if base.get(k, MISSING) is not v}
            parts = {**parts, **self.printer.site(extra)}
        read = self._variables(template)
        keys = [
            k
            for k in parts
            if k.isupper() or read is None or (k in read and k not in values)
        ]
        return "\n".join(f"{k}={parts[k]}" for k in sorted(keys))

    def _variables(self, template: Any) -> frozenset[str] | None:
        name = getattr(template, "name", None)
        if name not in self._read:
            env = getattr(template, "environment", None)
            self._read[name] = template_variables(env, name) if env and name else None
        return self._read[name]

    def _print(
        self,
        name: str,
        template: Any,
        context: dict[str, Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> str:
        assert self.run is not None
        values = dict(kwargs)
        read = self._variables(template)
        if "all_articles" in values:  # Pelican passes the archive to every list page
            if read is not None and "all_articles" not in read:
                del values["all_articles"]
            else:
                values["all_articles"] = self.printer.archive(values["all_articles"])
        parts = [
            self.run.code,
            self._site(context, template, kwargs),
            name,
            getattr(template, "name", ""),
            self.printer.value(list(args)),
            self.printer.value(values),
        ]
        return hashlib.sha1("\n".join(parts).encode()).hexdigest()

    def _link(self, files: tuple[str, ...]) -> bool:
        assert self.run is not None
        if self.run.previous is None:
            return False
        for rel in files:
            target = os.path.abspath(os.path.join(self.output_path, rel))
            folder = os.path.dirname(target)
            try:
                if folder not in self._dirs:
                    os.makedirs(folder, exist_ok=True)
                    self._dirs.add(folder)
                os.link(self.run.previous / rel, target)
            except OSError:
                return False
            self._written_files.add(target)
            self._linked.add(target)
        return True

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        if filename == self._reused:  # a paginated page linked from the previous build
            self._reused = None
            return open(os.devnull, "w", encoding=encoding)  # noqa: PTH123
        # A linked file is the previous site's inode: replace it, never write into it.
        if filename in self._linked:  # and not a second write of the same page
            os.unlink(filename)
            self._linked.discard(filename)
            self._written_files.discard(filename)
        self._opened.append(filename)
        return super()._open_w(filename, encoding, override=override)


class PagedTemplate:
    """A template whose pages render only when their slice of a list changed."""

    def __init__(
        self, template: Any, writer: SkippingWriter, mark: str, keys: frozenset[str]
    ) -> None:
        """Wrap template for one paginated write; mark prints the rest of the page."""
        self.template, self.writer, self.mark = template, writer, mark
        self.keys = sorted(k for k in keys if k != "paginated")
        self.name = getattr(template, "name", None)

    def render(self, localcontext: dict[str, Any]) -> str:
        """Render one page of the list, or nothing when last build's file is kept."""
        parts = [self.mark]
        for key in self.keys:
            page = localcontext[f"{key}_page"]
            # A list shows each story, not the stories linked from it (related, next).
            printer = self.writer.printer
            stories = ",".join(printer.article(a, deep=False) for a in page.object_list)
            parts.append(f"{key}:{page.number}/{page.paginator.num_pages}:{stories}")
        mark = hashlib.sha1("\n".join(parts).encode()).hexdigest()
        if self.writer.reuse(localcontext["output_file"], mark):
            return ""
        return self.template.render(localcontext)
