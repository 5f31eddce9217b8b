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
    return Markup("").join([story_part(context, CARD, a) for a in articles])


def site_parts() -> Callable[..., Markup]:
    """Return site_part(name): a partial that reads only site-wide values, made once.

    Each environment gets its own, so a new build renders its parts afresh.
    """
    made: dict[str, Markup] = {}

    @pass_context
    def site_part(context: Context, name: str) -> Markup:
        html = made.get(name)
        if html is None:
            template = context.environment.get_template(name)
            html = made[name] = Markup(template.render(context.get_all()))
        return html

    return site_part


def part_globals() -> dict[str, Any]:
    """Return the template globals that hand out once-made fragments."""
    return {
        "story_card": story_card,
        "story_cards": story_cards,
        "story_part": story_part,
        "site_part": site_parts(),
    }
