"""Pelican glue: the generator that plans the site and writes every story-made file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .reader import catalog_for
from .sitemodel import NavPage
from .siteplan import make_plan
from .sitewriter import write_all

PLAN_SLOT = "_wiredesk_plan"  # the build's holder of settings, plan and results


class SiteGenerator:
    """The get_generators class: pages, feeds and sitemaps from the stories."""

    def __init__(  # noqa: D107 - Pelican's generator signature
        self,
        context: dict[str, Any],
        settings: dict[str, Any],
        path: str,
        theme: str,
        output_path: str,
        **_: Any,
    ) -> None:
        self.context, self.settings = context, settings
        self.output_path = Path(output_path)
        self.holder: dict[str, Any] = settings.get(PLAN_SLOT) or {"settings": settings}

    def generate_context(self) -> None:
        """Plan the site; hand Pelican's own pages the sections they link."""
        nav = [NavPage(p.title, p.url) for p in self.context.get("pages", [])]
        settings = self.holder["settings"]
        plan = make_plan(catalog_for(settings), settings, nav)
        self.holder.update(plan=plan, nav=nav)
        self.context.update(categories=plan.model.categories, tags=plan.model.tags)

    def generate_output(self, _writer: Any) -> None:
        """Write every page, feed and sitemap of the plan."""
        plan, settings = self.holder["plan"], self.holder["settings"]
        progress = self.holder.get("progress")
        self.holder["others"] = write_all(plan, settings, self.output_path, progress)
