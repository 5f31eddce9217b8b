"""Fragments rendered once per build and reused on every page that shows them.

A story's card shows the same on the front page, its section, tags, places,
people, archives and every page of their pagination; the masthead and footer
show the same on every page. Each is rendered the first time a page asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..site.views import StoryView

CARD = "partials/story_card.html"
ENTITY_LINK = "partials/entity_link.html"


@pass_context
def story_part(context: Context, name: str, article: StoryView) -> Markup:
    """Return the partial name rendered for one story, made once per build."""
    parts = article.parts
    if parts is None:
        parts = article.parts = {}
    html = parts.get(name)
    if html is None:
        template = context.environment.get_template(name)
        html = Markup(template.render({**context.parent, "article": article}))
        parts[name] = html
    return html


@pass_context
def story_card(context: Context, article: StoryView) -> Markup:
    """Return a story's card, rendered once per build and reused on every list."""
    return story_part(context, CARD, article)


@pass_context
def story_cards(context: Context, articles: Iterable[StoryView]) -> Markup:
    """Return the cards of stories one after another: one call for a whole list."""
    return _joined([story_part(context, CARD, a) for a in articles])


def _joined(parts: list[Markup]) -> Markup:
    """Return safe fragments one after another (Markup.join would escape each again)."""
    return Markup("".join(parts))


def site_parts() -> dict[str, Callable[..., Markup]]:
    """Return site_part(name) and entity_links(names, kind), each fragment made once.

    site_part renders a partial that reads only site-wide values (the masthead);
    entity_links the links to the pages of people, places or organisations, each
    name's link made once and reused on every story that names it. Each
    environment gets its own, so a new build renders its parts afresh.
    """
    made: dict[tuple[str, ...], Markup] = {}

    def part(context: Context, key: tuple[str, ...], values: dict[str, Any]) -> Markup:
        html = made.get(key)
        if html is None:
            template = context.environment.get_template(key[0])
            html = made[key] = Markup(template.render({**context.get_all(), **values}))
        return html

    @pass_context
    def site_part(context: Context, name: str) -> Markup:
        return part(context, (name,), {})

    @pass_context
    def entity_links(context: Context, names: Iterable[str], kind: str) -> Markup:
        links = [
            part(context, (ENTITY_LINK, kind, n), {"name": n, "kind": kind})
            for n in names
        ]
        return _joined(links)

    return {"site_part": site_part, "entity_links": entity_links}


def part_globals() -> dict[str, Any]:
    """Return the template globals that hand out once-made fragments."""
    return {
        "story_card": story_card,
        "story_cards": story_cards,
        "story_part": story_part,
        **site_parts(),
    }
