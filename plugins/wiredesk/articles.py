"""Stories as Pelican Articles in Pelican's context, so themes and plugins see them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from pelican.contents import Article
from pelican.urlwrappers import Author, Category, Tag
from pelican.utils import SafeDatetime

from .sitemodel import SiteModel, StoryView


def _aware(value: Any) -> SafeDatetime:
    return SafeDatetime.fromtimestamp(value.timestamp(), value.tzinfo)


class StoryArticle(Article):
    """A wire story as Pelican's Article; its HTML is made when first read."""

    def __init__(self, view: StoryView, *args: Any, **kwargs: Any) -> None:
        """Keep the story's view, then let Pelican fill in the rest."""
        self.view = view
        super().__init__(*args, **kwargs)

    @property
    def _content(self) -> str:
        return self.view.content

    @_content.setter
    def _content(self, _value: str) -> None:
        """Ignore Pelican's assignment: the body comes from the view."""


class Taxonomy:
    """Pelican's category, tag and author objects, each made once per name."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        """Keep the settings the objects' URLs come from."""
        self.settings = settings
        self.made: dict[tuple[type, str], Any] = {}

    def get(self, kind: type, name: str) -> Any:
        """Return the object of kind (Category, Tag, Author) called name."""
        key = (kind, name)
        if key not in self.made:
            self.made[key] = kind(name, self.settings)
        return self.made[key]


def story_article(
    view: StoryView, terms: Taxonomy, settings: Any, context: dict[str, Any]
) -> Article:
    """Return the Pelican Article of a wire story."""
    story = view.story
    meta: dict[str, Any] = {
        "title": story.title,
        "date": _aware(story.date),
        "modified": _aware(story.updated),
        "slug": story.slug,
        "category": terms.get(Category, story.section),
        "summary": escape(story.summary, quote=False),
        "lang": story.lang,
        "status": story.status,
        "tags": [terms.get(Tag, t) for t in story.tags],
        "story": story,
    }
    if story.agency:
        meta["author"] = terms.get(Author, story.agency)
    return StoryArticle(
        view, "", meta, settings=settings, source_path=story.key, context=context
    )


def _groups(
    articles: Iterable[Article], terms_of: Any
) -> list[tuple[Any, list[Article]]]:
    groups: dict[Any, list[Article]] = {}
    for article in articles:
        for term in terms_of(article):
            groups.setdefault(term, []).append(article)
    return sorted(groups.items())


def story_articles(
    model: SiteModel, posts: Mapping[str, Article], context: dict[str, Any]
) -> dict[str, Any]:
    """Return Pelican's context entries of every story (posts keep their Article)."""
    settings = context
    terms = Taxonomy(settings)
    made: dict[str, list[Article]] = {"published": [], "hidden": [], "draft": []}
    for view in [*model.stories, *model.unlisted]:
        article = posts.get(view.story.id) or story_article(
            view, terms, settings, context
        )
        made.setdefault(view.story.status, []).append(article)
    listed = made["published"]
    return {
        "articles": listed,
        "dates": listed,
        "hidden_articles": made["hidden"],
        "drafts": made["draft"],
        "categories": _groups(listed, lambda a: [a.category]),
        "tags": _groups(listed, lambda a: getattr(a, "tags", [])),
        "authors": _groups(listed, lambda a: getattr(a, "authors", [])),
    }
